import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, List, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
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
import {
  type CreatedInvitation,
  type Invitation,
  type Member,
  useInvitations,
  useMembers,
  useMyOrganization,
} from './queries';

const ROLES = ['member', 'admin', 'owner'] as const;
type Role = (typeof ROLES)[number];
const ROLE_TONE: Record<Role, string> = { owner: TONE.purple, admin: TONE.blue, member: TONE.green };
const RANK: Record<Role, number> = { member: 0, admin: 1, owner: 2 };
const STATUS_TONE: Record<Invitation['status'], string> = {
  pending: TONE.gold,
  accepted: TONE.green,
  expired: TONE.orange,
  revoked: TONE.red,
};

interface InviteValues {
  email: string;
  role: Role;
}

function InviteCard({ organizationId, role }: { organizationId: string; role: Role | undefined }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
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
      void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'invitations'] });
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

/** A member's role, as a select for those allowed to change it, and their removal behind a confirmation. */
function useMemberActions(organizationId: string) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const { me } = useSession();
  const done = (userId: string, text: string) => {
    message.success(text);
    void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'members'] });
    // One's own role changed: the pages' permissions follow.
    if (userId === me?.id) void queryClient.invalidateQueries({ queryKey: ['me'] });
  };
  const fail = (error: unknown) =>
    showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed'));
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      body<Member>(
        api.PATCH('/api/v1/organizations/{id}/members/{userId}', {
          params: { path: { id: organizationId, userId } },
          body: { role },
        }),
      ),
    onSuccess: (m) =>
      done(m.userId, t('org.members.roleChanged', { name: m.displayName, role: t(`org.role.${m.role}`) })),
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: async (m: Member) => {
      // A refusal is thrown by the client's middleware as an ApiProblem.
      await api.DELETE('/api/v1/organizations/{id}/members/{userId}', {
        params: { path: { id: organizationId, userId: m.userId } },
      });
      return m;
    },
    onSuccess: (m) => done(m.userId, t('org.members.removed', { name: m.displayName })),
    onError: fail,
  });
  return { changeRole, remove };
}

function MembersTable({
  organizationId,
  members,
  myRole,
}: {
  organizationId: string;
  members: Member[];
  myRole: Role | undefined;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const language = currentLanguage();
  const { changeRole, remove } = useMemberActions(organizationId);
  const manages = myRole === 'owner' || myRole === 'admin';
  // Nobody gives a role above their own, nor touches someone above them.
  const mayChange = (m: Member) => myRole !== undefined && manages && RANK[m.role] <= RANK[myRole];
  const assignable = ROLES.filter((r) => myRole && RANK[r] <= RANK[myRole]);
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
          render: (_, m) =>
            mayChange(m) ? (
              <Select<Role>
                value={m.role}
                style={{ minWidth: 110 }}
                aria-label={t('org.members.roleOf', { name: m.displayName })}
                disabled={changeRole.isPending && changeRole.variables?.userId === m.userId}
                options={assignable.map((r) => ({ value: r, label: t(`org.role.${r}`) }))}
                onChange={(role) => changeRole.mutate({ userId: m.userId, role })}
              />
            ) : (
              <Tag color={ROLE_TONE[m.role]}>{t(`org.role.${m.role}`)}</Tag>
            ),
        },
        { key: 'joined', title: t('org.members.joined'), render: (_, m) => formatDate(m.joinedAt, language) },
        ...(manages
          ? [
              {
                key: 'actions',
                title: t('org.members.actions'),
                render: (_: unknown, m: Member) =>
                  mayChange(m) && (
                    <Popconfirm
                      title={
                        m.userId === me?.id
                          ? t('org.members.leaveConfirm')
                          : t('org.members.removeConfirm', { name: m.displayName })
                      }
                      okText={t('common.confirm')}
                      cancelText={t('common.back')}
                      onConfirm={() => remove.mutate(m)}
                    >
                      <Button
                        danger
                        size="small"
                        autoInsertSpace={false}
                        loading={remove.isPending && remove.variables?.userId === m.userId}
                        aria-label={t('org.members.removeOf', { name: m.displayName })}
                      >
                        {t('org.members.remove')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The organization's invitations, what became of each and who sent it; a pending one can be revoked. */
function InvitationsCard({ organizationId, myRole }: { organizationId: string; myRole: Role | undefined }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const [page, setPage] = useState(1);
  const invitations = useInvitations(organizationId, page);
  const revoke = useMutation({
    mutationFn: async (i: Invitation) => {
      await api.DELETE('/api/v1/organizations/{id}/invitations/{invitationId}', {
        params: { path: { id: organizationId, invitationId: i.id } },
      });
      return i;
    },
    onSuccess: (i) => message.success(t('org.members.revoked', { email: i.email })),
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'invitations'] }),
  });
  return (
    <Card>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" style={{ fontSize: 16, margin: '0 0 12px' }}>
          {t('org.members.invitations')}
        </h2>
        <QueryState query={invitations} isEmpty={(p) => p.total === 0} empty={<p>{t('org.members.noInvitations')}</p>}>
          {(p) => (
            <Table<Invitation>
              rowKey="id"
              dataSource={p.items}
              scroll={{ x: 'max-content' }}
              size="middle"
              pagination={
                p.total > p.limit
                  ? { current: p.page, pageSize: p.limit, total: p.total, onChange: setPage, showSizeChanger: false }
                  : false
              }
              columns={[
                { key: 'email', title: t('org.members.email'), dataIndex: 'email' },
                {
                  key: 'role',
                  title: t('org.members.role'),
                  render: (_, i) => <Tag color={ROLE_TONE[i.role]}>{t(`org.role.${i.role}`)}</Tag>,
                },
                {
                  key: 'status',
                  title: t('org.members.invitationStatus'),
                  render: (_, i) => (
                    <Tag color={STATUS_TONE[i.status]}>{t(`org.members.invitationState.${i.status}`)}</Tag>
                  ),
                },
                {
                  key: 'by',
                  title: t('org.members.invitedBy'),
                  render: (_, i) => i.invitedBy?.displayName ?? t('org.members.unknownInviter'),
                },
                {
                  key: 'sent',
                  title: t('org.members.sentAt'),
                  render: (_, i) => formatDate(i.createdAt, language),
                },
                {
                  key: 'until',
                  title: t('org.members.validUntil'),
                  render: (_, i) => formatDate(i.expiresAt, language),
                },
                {
                  key: 'actions',
                  title: t('org.members.actions'),
                  render: (_, i) =>
                    i.status === 'pending' &&
                    (i.role !== 'owner' || myRole === 'owner') && (
                      <Popconfirm
                        title={t('org.members.revokeConfirm', { email: i.email })}
                        okText={t('common.confirm')}
                        cancelText={t('common.back')}
                        onConfirm={() => revoke.mutate(i)}
                      >
                        <Button
                          danger
                          size="small"
                          autoInsertSpace={false}
                          loading={revoke.isPending && revoke.variables?.id === i.id}
                          aria-label={t('org.members.revokeOf', { email: i.email })}
                        >
                          {t('org.members.revoke')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          )}
        </QueryState>
      </section>
    </Card>
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
          <Button onClick={() => void queryClient.invalidateQueries({ queryKey: ['organization', organizationId] })}>
            {t('org.webhooks.refresh')}
          </Button>
        }
      />
      <OrganizationNav />
      {!organizationId ? (
        <NoOrganization />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <section aria-labelledby="members-heading">
              <h2 id="members-heading" style={{ fontSize: 16, margin: '0 0 12px' }}>
                {t('org.members.list')}
              </h2>
              <QueryState query={members} isEmpty={(m) => m.length === 0} empty={<p>{t('org.members.empty')}</p>}>
                {(m) => <MembersTable organizationId={organizationId} members={m} myRole={role} />}
              </QueryState>
            </section>
          </Card>
          {canAdmin ? (
            <>
              <InviteCard organizationId={organizationId} role={role} />
              <InvitationsCard organizationId={organizationId} myRole={role} />
            </>
          ) : (
            <Alert type="info" showIcon message={t('org.adminOnly')} />
          )}
        </Space>
      )}
    </>
  );
}
