import { Collapse, Empty, Pagination, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../i18n/format';
import type { sourcingZh } from './i18n';
import { AUDIT_PAGE_SIZE, useRfqAudit } from './queries';
import type { RfqAuditEntry } from './types';

const ACTIONS = ['edit', 'take_down', 'reinstate'] as const;

/** The RFQ fields an edit may name, by the label of the RFQ form (sourcing.fields.*). */
const FIELD_LABELS: Record<string, keyof typeof sourcingZh.fields> = {
  title: 'title',
  description: 'description',
  category: 'category',
  process: 'process',
  materials: 'materials',
  quantity: 'quantity',
  unit: 'unit',
  deliveryDate: 'deliveryDate',
  deliveryRegionCode: 'deliveryRegion',
  certifications: 'certifications',
  targetUnitPriceFen: 'targetPrice',
  showTarget: 'showTarget',
  quoteDeadline: 'quoteDeadline',
  visibility: 'visibility',
  ndaText: 'ndaText',
};

function Entry({ entry }: { entry: RfqAuditEntry }) {
  const { t } = useTranslation();
  const known = ACTIONS.find((a) => a === entry.action);
  const fieldName = (field: string) => {
    const label = FIELD_LABELS[field];
    return label ? t(`sourcing.fields.${label}`) : field;
  };
  const line = (text: string) => <Typography.Paragraph style={{ margin: '2px 0 0' }}>{text}</Typography.Paragraph>;
  return (
    <>
      <Typography.Text strong>{known ? t(`sourcing.audit.action.${known}`) : entry.action}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {formatDateTime(entry.createdAt)}
        {entry.version !== null && ` · ${t('sourcing.audit.version', { version: entry.version })}`}
      </Typography.Text>
      {entry.actorName && line(t('sourcing.audit.by', { name: entry.actorName }))}
      {entry.reason && line(t('sourcing.audit.reason', { reason: entry.reason }))}
      {entry.changedFields.length > 0 &&
        line(t('sourcing.audit.changed', { fields: entry.changedFields.map(fieldName).join('、') }))}
      {entry.action === 'edit' &&
        line(
          entry.notifiedOrganizations.length > 0
            ? t('sourcing.audit.notified', {
                names: entry.notifiedOrganizations.map((o) => o.name ?? o.id).join('、'),
              })
            : t('sourcing.audit.notifiedNone'),
        )}
    </>
  );
}

/** The RFQ's audit trail, newest first and paged: take-downs, reinstatements, the buyer's edits. */
export function RfqAuditTimeline({ rfqId }: { rfqId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const audit = useRfqAudit(rfqId, page);
  return (
    <QueryState
      query={audit}
      isEmpty={(a) => a.total === 0}
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sourcing.audit.empty')} />}
    >
      {(a) => (
        <>
          <Timeline
            items={a.items.map((entry) => ({
              key: entry.id,
              color: entry.action === 'take_down' ? 'red' : entry.action === 'reinstate' ? 'green' : 'blue',
              content: <Entry entry={entry} />,
            }))}
          />
          {a.total > AUDIT_PAGE_SIZE && (
            <Pagination
              size="small"
              current={a.page}
              pageSize={a.limit}
              total={a.total}
              showSizeChanger={false}
              onChange={setPage}
            />
          )}
        </>
      )}
    </QueryState>
  );
}

/** The RFQ's history, collapsed until asked for (read only then). */
export function RfqHistory({ rfqId }: { rfqId: string }) {
  const { t } = useTranslation();
  return (
    <Collapse
      destroyOnHidden
      items={[
        {
          key: 'history',
          label: t('sourcing.audit.title'),
          children: <RfqAuditTimeline rfqId={rfqId} />,
        },
      ]}
    />
  );
}
