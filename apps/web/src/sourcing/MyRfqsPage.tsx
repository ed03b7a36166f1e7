import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { NewRfqButton, RfqListing } from './RfqListing';
import { RFQ_STATUSES, type RfqStatus } from './types';
import { useUrlFilters } from './useUrlFilters';

/** The buyer's own RFQs, every status, newest first. */
export default function MyRfqsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sourcing.mine.title'));
  const { url, set, page } = useUrlFilters();
  const status = RFQ_STATUSES.find((s) => s === url.get('status'));
  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('sourcing.board.title'), to: '/rfqs' }, { title: t('sourcing.mine.title') }]}
        title={t('sourcing.mine.title')}
        subTitle={t('sourcing.mine.subtitle')}
        extra={<NewRfqButton />}
      />
      <RfqListing
        query={{ role: 'buyer', status, page }}
        empty={t('sourcing.mine.empty')}
        filters={
          <Select
            aria-label={t('sourcing.board.status')}
            allowClear
            placeholder={t('deals.allStates')}
            style={{ width: 180, marginBottom: 12 }}
            value={status}
            onChange={(s?: RfqStatus) => set({ status: s })}
            options={RFQ_STATUSES.map((s) => ({ value: s, label: t(`sourcing.status.${s}`) }))}
          />
        }
      />
    </>
  );
}
