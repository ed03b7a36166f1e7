import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Flex, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, body } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { QueryState } from '../../components/QueryState';
import { Text } from '../../components/Text';
import { TONE } from '../../components/tones';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { RfqAuditTimeline } from '../../sourcing/RfqHistory';
import { RfqStatusTag } from '../../sourcing/RfqStatusTag';
import { OperatorPage } from './OperatorPage';
import { isParkRfqFilter, PARK_RFQ_FILTERS, type ParkRfq, type ParkRfqFilter, useParkRfqs } from './queries';
import { ReasonDialog } from './ReasonDialog';

/** What an operator may take down: an RFQ still in draft or open for quotes, not already taken down. */
const removable = (rfq: ParkRfq) => !rfq.takenDown && (rfq.status === 'open' || rfq.status === 'draft');

/** The longest search the API takes (ParkRfqsQueryDto.q). */
const MAX_QUERY = 100;

/**
 * The RFQs the park's enterprises posted, found by words of their title or description and
 * filtered by status (or taken down), all kept in the URL to share or come back to; "take
 * down" (with a reason) on live ones, "reinstate" (with a reason) on taken-down ones.
 */
export default function RfqsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: ParkRfqFilter = isParkRfqFilter(status) ? status : 'all';
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const change = (key: 'status' | 'q' | 'page', value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  return (
    <OperatorPage title={t('console.operator.rfqs.title')} subTitle={t('console.operator.rfqs.subtitle')}>
      {(parkId) => (
        <>
          <Flex role="search" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
            <Flex align="center" gap={8}>
              <label htmlFor="rfq-search">{t('console.operator.rfqs.search')}</label>
              <Input.Search
                id="rfq-search"
                key={q}
                defaultValue={q}
                allowClear
                maxLength={MAX_QUERY}
                placeholder={t('console.operator.rfqs.searchPlaceholder')}
                style={{ width: 280 }}
                onSearch={(value) => change('q', value.trim() || undefined)}
              />
            </Flex>
            <Flex align="center" gap={8}>
              <label htmlFor="rfq-filter">{t('console.operator.rfqs.filter')}</label>
              <Select
                id="rfq-filter"
                style={{ minWidth: 200 }}
                value={filter}
                onChange={(value) => change('status', value === 'all' ? undefined : value)}
                options={PARK_RFQ_FILTERS.map((f) => ({ value: f, label: t(`console.operator.rfqs.filters.${f}`) }))}
              />
            </Flex>
          </Flex>
          <RfqList
            parkId={parkId}
            filter={filter}
            q={q}
            page={page}
            onPage={(next) => change('page', next > 1 ? String(next) : undefined)}
          />
        </>
      )}
    </OperatorPage>
  );
}

type Moderation = { action: 'take-down' | 'reinstate'; rfq: ParkRfq };

function RfqList({
  parkId,
  filter,
  q,
  page,
  onPage,
}: {
  parkId: string;
  filter: ParkRfqFilter;
  q: string;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const query = useParkRfqs(parkId, filter, q, page);
  const [target, setTarget] = useState<Moderation | undefined>();
  const [history, setHistory] = useState<ParkRfq | undefined>();
  const moderate = useMutation({
    mutationFn: ({ action, id, reason }: { action: Moderation['action']; id: string; reason: string }) => {
      const request = { params: { path: { id } }, body: { reason } };
      return body<ParkRfq>(
        action === 'take-down'
          ? api.POST('/api/v1/rfqs/{id}/take-down', request)
          : api.POST('/api/v1/rfqs/{id}/reinstate', request),
      );
    },
    onSuccess: (rfq, { action }) => {
      setTarget(undefined);
      message.success(
        t(action === 'take-down' ? 'console.operator.rfqs.takenDownNote' : 'console.operator.rfqs.reinstatedNote', {
          title: rfq.title,
        }),
      );
      // Show the new status at once, then read the list again.
      void queryClient.invalidateQueries({ queryKey: ['rfqs', 'one', rfq.id, 'audit'] });
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
        title={t(
          target?.action === 'reinstate'
            ? 'console.operator.rfqs.reinstateTitle'
            : 'console.operator.rfqs.takeDownTitle',
          { title: target?.rfq.title ?? '' },
        )}
        kind={target?.action === 'reinstate' ? undefined : 'suspend'}
        parkId={parkId}
        busy={moderate.isPending}
        onCancel={() => setTarget(undefined)}
        onConfirm={(reason) => target && moderate.mutate({ action: target.action, id: target.rfq.id, reason })}
      />
      <Drawer
        open={history !== undefined}
        title={t('sourcing.audit.drawerTitle', { title: history?.title ?? '' })}
        size="large"
        destroyOnHidden
        onClose={() => setHistory(undefined)}
      >
        {history && <RfqAuditTimeline rfqId={history.id} />}
      </Drawer>
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
                render: (_, rfq) => (
                  <Space size={8} wrap>
                    {removable(rfq) ? (
                      <Button
                        danger
                        size="small"
                        aria-label={t('console.operator.rfqs.takeDownOne', { title: rfq.title })}
                        onClick={() => setTarget({ action: 'take-down', rfq })}
                      >
                        {t('console.operator.rfqs.takeDown')}
                      </Button>
                    ) : rfq.takenDown ? (
                      <Button
                        size="small"
                        aria-label={t('console.operator.rfqs.reinstateOne', { title: rfq.title })}
                        onClick={() => setTarget({ action: 'reinstate', rfq })}
                      >
                        {t('console.operator.rfqs.reinstate')}
                      </Button>
                    ) : null}
                    <Button
                      size="small"
                      type="link"
                      aria-label={t('sourcing.audit.openOne', { title: rfq.title })}
                      onClick={() => setHistory(rfq)}
                    >
                      {t('sourcing.audit.open')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
