import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { QueryState } from '../../components/QueryState';
import { Text } from '../../components/Text';
import { TONE } from '../../components/tones';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { OperatorPage } from './OperatorPage';
import { ReasonDialog } from './ReasonDialog';
import { type ParkMembership, useParkMemberships } from './queries';

type Status = ParkMembership['status'];
const STATUSES: Status[] = ['pending', 'approved', 'rejected'];
const STATUS_TONE: Record<Status, string> = { pending: TONE.gold, approved: TONE.green, rejected: TONE.red };

/** Enterprises asking to join the park, and its members: approve, or refuse with a reason. */
export default function MembershipsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('pending');
  return (
    <OperatorPage title={t('console.operator.memberships.title')} subTitle={t('console.operator.memberships.subtitle')}>
      {(parkId) => (
        <>
          <Flex align="center" gap={8} style={{ marginBottom: 16 }} wrap>
            <span id="membership-status">{t('console.operator.memberships.status')}</span>
            <Segmented
              aria-labelledby="membership-status"
              value={status}
              onChange={setStatus}
              options={STATUSES.map((s) => ({ value: s, label: t(`console.operator.memberships.statuses.${s}`) }))}
            />
          </Flex>
          <MembershipTable parkId={parkId} status={status} />
        </>
      )}
    </OperatorPage>
  );
}

function MembershipTable({ parkId, status }: { parkId: string; status: Status }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const query = useParkMemberships(parkId, status);
  const [refusing, setRefusing] = useState<ParkMembership | undefined>();
  const decide = useMutation({
    mutationFn: ({ membership, reason }: { membership: ParkMembership; reason?: string }) => {
      const path = { id: parkId, organizationId: membership.organizationId };
      return reason === undefined
        ? body(api.POST('/api/v1/parks/{id}/memberships/{organizationId}/approve', { params: { path } }))
        : body(
            api.POST('/api/v1/parks/{id}/memberships/{organizationId}/reject', { params: { path }, body: { reason } }),
          );
    },
    onSuccess: (_, { membership, reason }) => {
      message.success(
        t(reason === undefined ? 'console.operator.memberships.approved' : 'console.operator.memberships.rejected', {
          name: membership.organizationName,
        }),
      );
      setRefusing(undefined);
      void queryClient.invalidateQueries({ queryKey: ['console', parkId] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });

  return (
    <QueryState
      query={query}
      isEmpty={(data) => data.length === 0}
      empty={<p>{t('console.operator.memberships.empty')}</p>}
    >
      {(memberships) => (
        <>
          <Table<ParkMembership>
            rowKey="organizationId"
            dataSource={memberships}
            pagination={memberships.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              {
                key: 'enterprise',
                title: t('console.operator.memberships.enterprise'),
                render: (_, m) => (
                  <Space orientation="vertical" size={2}>
                    <Text strong>{m.organizationName}</Text>
                    {m.reason && (
                      <Text type="secondary">
                        {t('console.operator.memberships.reasonShown', { reason: m.reason })}
                      </Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'status',
                title: t('console.operator.memberships.status'),
                render: (_, m) => (
                  <Tag color={STATUS_TONE[m.status]}>{t(`console.operator.memberships.statuses.${m.status}`)}</Tag>
                ),
              },
              {
                key: 'requested',
                title: t('console.operator.memberships.requested'),
                render: (_, m) => formatDate(m.requestedAt, language),
              },
              {
                key: 'decided',
                title: t('console.operator.memberships.decided'),
                render: (_, m) => (m.decidedAt ? formatDate(m.decidedAt, language) : '—'),
              },
              {
                key: 'actions',
                title: t('console.operator.memberships.actions'),
                render: (_, m) =>
                  m.status === 'pending' ? (
                    <Space>
                      <Button
                        type="primary"
                        size="small"
                        aria-label={`${t('console.operator.memberships.approve')} ${m.organizationName}`}
                        loading={decide.isPending && decide.variables?.membership.organizationId === m.organizationId}
                        onClick={() => decide.mutate({ membership: m })}
                      >
                        {t('console.operator.memberships.approve')}
                      </Button>
                      <Button
                        danger
                        size="small"
                        aria-label={`${t('console.operator.memberships.reject')} ${m.organizationName}`}
                        onClick={() => setRefusing(m)}
                      >
                        {t('console.operator.memberships.reject')}
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
          <ReasonDialog
            open={refusing !== undefined}
            title={`${t('console.operator.memberships.reject')} · ${refusing?.organizationName ?? ''}`}
            kind="membership"
            parkId={parkId}
            busy={decide.isPending}
            onCancel={() => setRefusing(undefined)}
            onConfirm={(reason) => refusing && decide.mutate({ membership: refusing, reason })}
          />
        </>
      )}
    </QueryState>
  );
}
