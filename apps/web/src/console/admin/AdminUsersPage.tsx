import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../account/session';
import { api, data } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { TONE } from '../../components/tones';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDateTime } from '../../i18n/format';
import { AdminNav, AdminOnly } from './AdminNav';
import { type AdminUser, useUsers } from './queries';

function SuspendDialog({ user, onClose }: { user: AdminUser | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const suspend = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      data(api.POST('/api/v1/users/{id}/suspend', { params: { path: { id } }, body: { reason } })),
    onSuccess: (done) => {
      message.success(t('console.admin.suspendedToast', { name: done.displayName }));
      void queryClient.invalidateQueries({ queryKey: ['console', 'users'] });
      form.resetFields();
      onClose();
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), form, t('common.requestFailed')),
  });
  return (
    <Modal
      open={user !== undefined}
      title={user ? t('console.admin.suspendTitle', { name: user.displayName }) : undefined}
      okText={t('console.admin.confirmSuspend')}
      cancelText={t('console.admin.cancel')}
      okButtonProps={{ danger: true, loading: suspend.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('console.admin.suspendIntro')}</Typography.Paragraph>
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => user && suspend.mutate({ id: user.id, reason: v.reason.trim() })}
      >
        <Form.Item
          name="reason"
          label={t('console.admin.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Find users by email or name; suspend (with a reason) or reinstate them. */
export default function AdminUsersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const users = useUsers(q, page);
  const [suspending, setSuspending] = useState<AdminUser>();
  const reinstate = useMutation({
    mutationFn: (id: string) => data(api.POST('/api/v1/users/{id}/reinstate', { params: { path: { id } } })),
    onSuccess: (done) => {
      message.success(t('console.admin.reinstatedToast', { name: done.displayName }));
      void queryClient.invalidateQueries({ queryKey: ['console', 'users'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });
  useDocumentTitle(t('console.admin.users'));
  if (!me?.isPlatformAdmin) return <AdminOnly />;

  const search = (value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value.trim()) next.set('q', value.trim());
      else next.delete('q');
      next.delete('page');
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('console.admin.users')}
        subTitle={t('console.admin.usersSubtitle')}
        breadcrumb={[{ title: t('console.admin.section') }, { title: t('console.admin.users') }]}
      />
      <AdminNav />
      <div role="search" style={{ marginBottom: 16, maxWidth: 480 }}>
        <label htmlFor="user-search" className="sr-only">
          {t('console.admin.search')}
        </label>
        <Input.Search
          id="user-search"
          key={q}
          defaultValue={q}
          placeholder={t('console.admin.searchPlaceholder')}
          enterButton={t('console.admin.search')}
          allowClear
          onSearch={search}
        />
      </div>
      <QueryState query={users}>
        {(result) => (
          <Table<AdminUser>
            rowKey="id"
            dataSource={result.items}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: result.page,
              pageSize: result.limit,
              total: result.total,
              showSizeChanger: false,
              onChange: (next) =>
                setParams((p) => {
                  const copy = new URLSearchParams(p);
                  copy.set('page', String(next));
                  return copy;
                }),
            }}
            columns={[
              {
                title: t('console.admin.displayName'),
                render: (_, u) => (
                  <Space wrap size={4}>
                    <span>{u.displayName}</span>
                    {u.isPlatformAdmin && <Tag color={TONE.purple}>{t('console.admin.platformAdmin')}</Tag>}
                    {!u.emailVerified && <Tag>{t('console.admin.emailUnverified')}</Tag>}
                  </Space>
                ),
              },
              { title: t('console.admin.email'), dataIndex: 'email' },
              {
                title: t('console.admin.lastLogin'),
                dataIndex: 'lastLoginAt',
                render: (d: string | null) => (d ? formatDateTime(d) : t('console.admin.never')),
              },
              {
                title: t('console.admin.state'),
                render: (_, u) =>
                  u.suspension ? (
                    <Tag color={TONE.red}>
                      {u.suspension.reason
                        ? t('console.admin.suspendedBecause', { reason: u.suspension.reason })
                        : t('console.admin.suspended')}
                    </Tag>
                  ) : (
                    <Tag color={TONE.green}>{t('console.admin.active')}</Tag>
                  ),
              },
              {
                title: t('console.admin.actions'),
                render: (_, u) =>
                  u.suspension ? (
                    <Popconfirm
                      title={t('console.admin.reinstateConfirm', { name: u.displayName })}
                      okText={t('console.admin.reinstate')}
                      cancelText={t('console.admin.cancel')}
                      onConfirm={() => reinstate.mutate(u.id)}
                    >
                      <Button size="small" aria-label={`${t('console.admin.reinstate')}: ${u.email}`}>
                        {t('console.admin.reinstate')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    u.id !== me.id && (
                      <Button
                        size="small"
                        danger
                        aria-label={`${t('console.admin.suspend')}: ${u.email}`}
                        onClick={() => setSuspending(u)}
                      >
                        {t('console.admin.suspend')}
                      </Button>
                    )
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <SuspendDialog user={suspending} onClose={() => setSuspending(undefined)} />
    </>
  );
}
