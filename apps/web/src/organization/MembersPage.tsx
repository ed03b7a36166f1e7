import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session';
import { api, body } from '../api/client';
import { isProblem } from '../api/problem';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { TONE } from '../components/tones';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { NoOrganization, OrganizationNav } from './OrganizationNav';
import { type CreatedInvitation, type Member, useMembers, useMyOrganization } from './queries';

const ROLES = ['member', 'admin', 'owner'] as const;
type Role = (typeof ROLES)[number];
const ROLE_TONE: Record<Role, string> = { owner: TONE.purple, admin: TONE.blue, member: TONE.green };

interface InviteValues {
  email: string;
  role: Role;
}

function InviteCard({ organizationId, role }: { organizationId: string; role: Role | undefined }) {
  const { t } = useTranslation();
  const message = useMessage();
  const language = currentLanguage();
  const [form] = Form.useForm<InviteValues>();
  const [sent, setSent] = useState<CreatedInvitation['invitation'][]>([]);
  const [notVerified, setNotVerified] = useState(false);
  const invite = useMutation({
    mutationFn: (values: InviteValues) =>
      body<CreatedInvitation>(
        api.POST('/api/v1/organizations/{id}/invitations', {
          params: { path: { id: organizationId } },
          body: { email: values.email.trim(), role: values.role },
        }),
      ),
  });
  const resend = useMutation({
    mutationFn: () => api.POST('/api/v1/auth/verify-email/resend', {}),
    onSuccess: () => message.success(t('org.members.verificationSent')),
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });

  const submit = async (values: InviteValues) => {
    try {
      const created = await invite.mutateAsync(values);
      setSent((list) => [created.invitation, ...list]);
      setNotVerified(false);
      message.success(t('org.members.sent', { email: created.invitation.email }));
      form.resetFields();
    } catch (error) {
      if (isProblem(error, 'EMAIL_NOT_VERIFIED')) {
        setNotVerified(true);
        return;
      }
      showProblem(error, (m) => void message.error(m), form, t('common.requestFailed'));
    }
  };

  // Only an owner may make another owner.
  const roles = ROLES.filter((r) => r !== 'owner' || role === 'owner');

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('org.members.invite')}</h2>}>
      <Typography.Paragraph type="secondary">{t('org.members.inviteIntro')}</Typography.Paragraph>
      {notVerified && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          message={t('org.members.emailNotVerified')}
          action={
            <Button size="small" loading={resend.isPending} onClick={() => resend.mutate()}>
              {t('org.members.resendVerification')}
            </Button>
          }
        />
      )}
      <Form<InviteValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ role: 'member' }}
        onFinish={(v) => void submit(v)}
      >
        <Flex gap={12} wrap align="start">
          <Form.Item
            name="email"
            label={t('org.members.inviteEmail')}
            style={{ flex: '2 1 240px', marginBottom: 12 }}
            rules={[
              { required: true, message: t('form.required') },
              { type: 'email', message: t('form.email') },
            ]}
          >
            <Input type="email" inputMode="email" autoComplete="off" maxLength={254} />
          </Form.Item>
          <Form.Item name="role" label={t('org.members.inviteRole')} style={{ flex: '1 1 140px', marginBottom: 12 }}>
            <Select options={roles.map((r) => ({ value: r, label: t(`org.role.${r}`) }))} />
          </Form.Item>
        </Flex>
        <Button type="primary" htmlType="submit" loading={invite.isPending}>
          {t('org.members.send')}
        </Button>
      </Form>
      {sent.length > 0 && (
        <section aria-labelledby="sent-invitations" style={{ marginTop: 16 }}>
          <h3 id="sent-invitations" style={{ fontSize: 15, margin: '0 0 4px' }}>
            {t('org.members.sentTitle')}
          </h3>
          <List
            size="small"
            dataSource={sent}
            renderItem={(i) => (
              <List.Item key={i.id}>
                <Space wrap>
                  <span>{i.email}</span>
                  <Tag color={ROLE_TONE[i.role]}>{t(`org.role.${i.role}`)}</Tag>
                  <Tag color={TONE.gold}>{t('org.members.pendingTag')}</Tag>
                  <Typography.Text type="secondary">
                    {t('org.members.expires', { date: formatDate(i.expiresAt, language) })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </section>
      )}
    </Card>
  );
}

function MembersTable({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const language = currentLanguage();
  return (
    <Table<Member>
      rowKey="userId"
      dataSource={members}
      pagination={members.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      size="middle"
      columns={[
        {
          key: 'name',
          title: t('org.members.name'),
          render: (_, m) => (
            <>
              {m.displayName}
              {m.userId === me?.id && t('org.members.you')}
            </>
          ),
        },
        { key: 'email', title: t('org.members.email'), dataIndex: 'email' },
        {
          key: 'role',
          title: t('org.members.role'),
          render: (_, m) => <Tag color={ROLE_TONE[m.role]}>{t(`org.role.${m.role}`)}</Tag>,
        },
        { key: 'joined', title: t('org.members.joined'), render: (_, m) => formatDate(m.joinedAt, language) },
      ]}
    />
  );
}

export default function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.members.title'));
  const queryClient = useQueryClient();
  const { organizationId, canAdmin, role } = useMyOrganization();
  const members = useMembers(organizationId);
  return (
    <>
      <PageHeader
        title={t('org.members.title')}
        subTitle={t('org.members.subtitle')}
        extra={
          <Button
            onClick={() =>
              void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'members'] })
            }
          >
            {t('org.webhooks.refresh')}
          </Button>
        }
      />
      <OrganizationNav />
      {!organizationId ? (
        <NoOrganization />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('org.members.list')}</h2>}>
            <QueryState query={members} isEmpty={(m) => m.length === 0} empty={<p>{t('org.members.empty')}</p>}>
              {(m) => <MembersTable members={m} />}
            </QueryState>
          </Card>
          {canAdmin ? (
            <InviteCard organizationId={organizationId} role={role} />
          ) : (
            <Alert type="info" showIcon message={t('org.adminOnly')} />
          )}
        </Space>
      )}
    </>
  );
}
