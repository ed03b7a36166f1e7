import { Button, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { Text } from '../../components/Text';
import { formatDateTime } from '../../i18n/format';
import { auditActionName } from './auditAction';
import { OperatorPage } from './OperatorPage';
import { AUDIT_ACTIONS, type AuditAction, type AuditQuery, type ParkAuditEntry, useParkAudit } from './queries';

/** The park's audit trail: who did what to which listing, when and why; searched and filtered. */
export default function AuditPage() {
  const { t } = useTranslation();
  return (
    <OperatorPage title={t('console.operator.audit.title')} subTitle={t('console.operator.audit.subtitle')}>
      {(parkId) => <AuditTrail parkId={parkId} />}
    </OperatorPage>
  );
}

function AuditTrail({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<AuditQuery>({ page: 1 });
  const [actorName, setActorName] = useState<string>();
  const trail = useParkAudit(parkId, query);
  const set = (patch: Partial<AuditQuery>) => setQuery((q) => ({ ...q, ...patch, page: patch.page ?? 1 }));

  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(v: { q?: string }) => set({ q: v.q?.trim() || undefined })}
      >
        <Form.Item name="q" label={t('console.operator.audit.search')}>
          <Input.Search
            allowClear
            placeholder={t('console.operator.audit.searchPlaceholder')}
            onSearch={(value) => set({ q: value.trim() || undefined })}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Form.Item label={t('console.operator.audit.action')} htmlFor="audit-action">
          <Select<AuditAction | ''>
            id="audit-action"
            style={{ minWidth: 160 }}
            value={query.action ?? ''}
            onChange={(action) => set({ action: action || undefined })}
            options={[
              { value: '', label: t('console.operator.audit.anyAction') },
              ...AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionName(t, a) })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t('console.operator.audit.from')} htmlFor="audit-from">
          <DatePicker
            id="audit-from"
            onChange={(day: Dayjs | null) => set({ from: day ? day.startOf('day').toISOString() : undefined })}
          />
        </Form.Item>
        <Form.Item label={t('console.operator.audit.to')} htmlFor="audit-to">
          <DatePicker
            id="audit-to"
            onChange={(day: Dayjs | null) =>
              set({ to: day ? day.add(1, 'day').startOf('day').toISOString() : undefined })
            }
          />
        </Form.Item>
        {query.actor && (
          <Form.Item>
            <Tag
              closable
              closeIcon={<span aria-label={t('console.operator.audit.clearActor')}>×</span>}
              onClose={() => {
                setActorName(undefined);
                set({ actor: undefined });
              }}
            >
              {t('console.operator.audit.actorFilter', { name: actorName ?? '' })}
            </Tag>
          </Form.Item>
        )}
      </Form>
      <QueryState
        query={trail}
        isEmpty={(data) => data.items.length === 0}
        empty={<p>{t('console.operator.audit.empty')}</p>}
      >
        {(data) => (
          <Table<ParkAuditEntry>
            rowKey="id"
            dataSource={data.items}
            scroll={{ x: 'max-content' }}
            caption={<Text type="secondary">{t('console.operator.audit.total', { count: data.total })}</Text>}
            pagination={{
              current: data.page,
              pageSize: data.limit,
              total: data.total,
              showSizeChanger: false,
              onChange: (page) => set({ page }),
            }}
            columns={[
              { key: 'time', title: t('console.operator.audit.time'), render: (_, e) => formatDateTime(e.createdAt) },
              {
                key: 'actor',
                title: t('console.operator.audit.actor'),
                render: (_, e) =>
                  e.actorUserId ? (
                    <Button
                      type="link"
                      style={{ padding: 0 }}
                      aria-label={t('console.operator.audit.actorFilter', { name: e.actorName ?? '' })}
                      onClick={() => {
                        setActorName(e.actorName ?? '');
                        set({ actor: e.actorUserId ?? undefined });
                      }}
                    >
                      {e.actorName ?? '—'}
                    </Button>
                  ) : (
                    t('console.operator.audit.system')
                  ),
              },
              {
                key: 'action',
                title: t('console.operator.audit.action'),
                render: (_, e) => auditActionName(t, e.action),
              },
              {
                key: 'object',
                title: t('console.operator.audit.object'),
                render: (_, e) => (
                  <Link to={`/console/parks/${parkId}/moderation/${e.listingId}`}>{e.listingTitle}</Link>
                ),
              },
              { key: 'reason', title: t('console.operator.audit.reason'), render: (_, e) => e.reason ?? '' },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
