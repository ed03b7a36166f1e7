import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, body } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { QueryState } from '../../components/QueryState';
import { Text } from '../../components/Text';
import { TONE } from '../../components/tones';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { RfqStatusTag } from '../../sourcing/RfqStatusTag';
import { OperatorPage } from './OperatorPage';
import { PARK_RFQ_FILTERS, type ParkRfq, type ParkRfqFilter, useParkRfqs } from './queries';
import { ReasonDialog } from './ReasonDialog';

/** What an operator may take down: an RFQ still in draft or open for quotes, not already taken down. */
const removable = (rfq: ParkRfq) => !rfq.takenDown && (rfq.status === 'open' || rfq.status === 'draft');

/** The RFQs the park's enterprises posted, with a status filter and "take down" (with a reason) on live ones. */
export default function RfqsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ParkRfqFilter>('all');
  const [page, setPage] = useState(1);
  return (
    <OperatorPage title={t('console.operator.rfqs.title')} subTitle={t('console.operator.rfqs.subtitle')}>
      {(parkId) => (
        <>
          <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
            <label htmlFor="rfq-filter">{t('console.operator.rfqs.filter')}</label>
            <Select
              id="rfq-filter"
              style={{ minWidth: 200 }}
              value={filter}
              onChange={(value) => {
                setFilter(value);
                setPage(1);
              }}
              options={PARK_RFQ_FILTERS.map((f) => ({ value: f, label: t(`console.operator.rfqs.filters.${f}`) }))}
            />
          </Flex>
          <RfqList parkId={parkId} filter={filter} page={page} onPage={setPage} />
        </>
      )}
    </OperatorPage>
  );
}

function RfqList({
  parkId,
  filter,
  page,
  onPage,
}: {
  parkId: string;
  filter: ParkRfqFilter;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const query = useParkRfqs(parkId, filter, page);
  const [target, setTarget] = useState<ParkRfq | undefined>();
  const takeDown = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      body<ParkRfq>(api.POST('/api/v1/rfqs/{id}/take-down', { params: { path: { id } }, body: { reason } })),
    onSuccess: (rfq) => {
      setTarget(undefined);
      message.success(t('console.operator.rfqs.takenDownNote', { title: rfq.title }));
      // Show the new status at once, then read the list again.
      queryClient.setQueriesData<{ items: ParkRfq[] }>({ queryKey: ['console', parkId, 'rfqs'] }, (data) =>
        data ? { ...data, items: data.items.map((r) => (r.id === rfq.id ? { ...r, ...rfq } : r)) } : data,
      );
      void queryClient.invalidateQueries({ queryKey: ['console', parkId, 'rfqs'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });

  return (
    <>
      <ReasonDialog
        open={target !== undefined}
        title={t('console.operator.rfqs.takeDownTitle', { title: target?.title ?? '' })}
        kind="suspend"
        parkId={parkId}
        busy={takeDown.isPending}
        onCancel={() => setTarget(undefined)}
        onConfirm={(reason) => target && takeDown.mutate({ id: target.id, reason })}
      />
      <QueryState
        query={query}
        isEmpty={(data) => data.items.length === 0}
        empty={<p>{t('console.operator.rfqs.empty')}</p>}
      >
        {(data) => (
          <Table<ParkRfq>
            rowKey="id"
            dataSource={data.items}
            pagination={
              data.total > data.limit
                ? {
                    current: data.page,
                    pageSize: data.limit,
                    total: data.total,
                    onChange: onPage,
                    showSizeChanger: false,
                  }
                : false
            }
            columns={[
              {
                key: 'title',
                title: t('console.operator.rfqs.columns.title'),
                render: (_, rfq) => (
                  <Space orientation="vertical" size={2}>
                    <Link to={`/rfqs/${rfq.id}`}>{rfq.title}</Link>
                    {rfq.takenDown && rfq.takenDownReason && (
                      <Text type="secondary">
                        {t('console.operator.rfqs.takenDownReason', { reason: rfq.takenDownReason })}
                      </Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'buyer',
                title: t('console.operator.rfqs.columns.buyer'),
                render: (_, rfq) => rfq.organizationName ?? rfq.organizationId,
              },
              {
                key: 'status',
                title: t('console.operator.rfqs.columns.status'),
                render: (_, rfq) =>
                  rfq.takenDown ? (
                    <Tag color={TONE.red}>{t('console.operator.rfqs.filters.taken_down')}</Tag>
                  ) : (
                    <RfqStatusTag status={rfq.status} />
                  ),
              },
              {
                key: 'deadline',
                title: t('console.operator.rfqs.columns.deadline'),
                render: (_, rfq) => formatDate(rfq.quoteDeadline, language),
              },
              {
                key: 'visibility',
                title: t('console.operator.rfqs.columns.visibility'),
                render: (_, rfq) => t(`sourcing.visibility.${rfq.visibility}`),
              },
              {
                key: 'actions',
                title: t('console.operator.memberships.actions'),
                render: (_, rfq) =>
                  removable(rfq) ? (
                    <Button
                      danger
                      size="small"
                      aria-label={t('console.operator.rfqs.takeDownOne', { title: rfq.title })}
                      onClick={() => setTarget(rfq)}
                    >
                      {t('console.operator.rfqs.takeDown')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
