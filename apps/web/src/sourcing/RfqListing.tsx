import { PlusOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/LinkButton';
import { QueryState } from '../components/QueryState';
import { type BoardFilters, useRfqs } from './queries';
import { RfqList } from './RfqList';
import { useUrlFilters } from './useUrlFilters';

/** The header's button to a new RFQ. */
export function NewRfqButton() {
  const { t } = useTranslation();
  return (
    <LinkButton type="primary" icon={<PlusOutlined />} to="/rfqs/new">
      {t('sourcing.form.title')}
    </LinkButton>
  );
}

/**
 * The RFQs `query` finds (the board's or the buyer's own) under the page's `filters`,
 * paged through the address; `empty` when there are none. Only the board names each
 * RFQ's buyer: the buyer's own are all theirs.
 */
export function RfqListing({ query, filters, empty }: { query: BoardFilters; filters: ReactNode; empty: string }) {
  const { set } = useUrlFilters();
  const rfqs = useRfqs(query);
  return (
    <Card>
      {filters}
      <QueryState
        query={rfqs}
        isEmpty={(d) => d.items.length === 0}
        empty={<Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>}
      >
        {(d) => (
          <RfqList
            items={d.items}
            page={d.page}
            total={d.total}
            limit={d.limit}
            showBuyer={query.role === 'supplier'}
            onPage={(p) => set({ page: String(p) })}
          />
        )}
      </QueryState>
    </Card>
  );
}
