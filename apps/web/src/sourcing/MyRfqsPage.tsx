import { PlusOutlined } from '@ant-design/icons';
import { Card, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useUrlFilters } from './RfqBoardPage';
import { useRfqs } from './queries';
import { RfqList } from './RfqList';
import { RFQ_STATUSES, type RfqStatus } from './types';

/** The buyer's own RFQs, every status, newest first. */
export default function MyRfqsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sourcing.mine.title'));
  const { url, set, page } = useUrlFilters();
  const status = RFQ_STATUSES.find((s) => s === url.get('status'));
  const rfqs = useRfqs({ role: 'buyer', status, page });
  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('sourcing.board.title'), to: '/rfqs' }, { title: t('sourcing.mine.title') }]}
        title={t('sourcing.mine.title')}
        subTitle={t('sourcing.mine.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/rfqs/new">
            {t('sourcing.form.title')}
          </LinkButton>
        }
      />
      <Card>
        <Select
          aria-label={t('sourcing.board.status')}
          allowClear
          placeholder={t('deals.allStates')}
          style={{ width: 180, marginBottom: 12 }}
          value={status}
          onChange={(s?: RfqStatus) => set({ status: s })}
          options={RFQ_STATUSES.map((s) => ({ value: s, label: t(`sourcing.status.${s}`) }))}
        />
        <QueryState
          query={rfqs}
          isEmpty={(d) => d.items.length === 0}
          empty={<Typography.Paragraph type="secondary">{t('sourcing.mine.empty')}</Typography.Paragraph>}
        >
          {(d) => (
            <RfqList
              items={d.items}
              page={d.page}
              total={d.total}
              limit={d.limit}
              showBuyer={false}
              onPage={(p) => set({ page: String(p) })}
            />
          )}
        </QueryState>
      </Card>
    </>
  );
}
