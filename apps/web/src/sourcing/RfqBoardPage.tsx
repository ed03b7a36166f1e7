import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { CATEGORIES } from '../search/categories';
import { FilterField } from '../search/FilterField';
import { RegionFilter } from '../search/RegionFilter';
import { NewRfqButton, RfqListing } from './RfqListing';
import { RFQ_STATUSES, type RfqStatus } from './types';
import { useUrlFilters } from './useUrlFilters';

/** The RFQ board: the requests for quotation the caller's enterprise may quote, with filters. */
export default function RfqBoardPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDocumentTitle(t('sourcing.board.title'));
  const { url, set, page } = useUrlFilters();
  const status = RFQ_STATUSES.find((s) => s === url.get('status'));
  const category = url.get('category') ?? undefined;
  const region = url.get('region') ?? undefined;
  const q = url.get('q') ?? undefined;
  return (
    <>
      <PageHeader
        title={t('sourcing.board.title')}
        subTitle={t('sourcing.board.subtitle')}
        extra={
          <>
            <LinkButton to="/my/rfqs">{t('sourcing.board.mine')}</LinkButton>
            <NewRfqButton />
          </>
        }
      />
      <RfqListing
        query={{ role: 'supplier', status, category, region, q, page }}
        empty={t('sourcing.board.empty')}
        filters={
          <form role="search" aria-label={t('sourcing.board.search')} onSubmit={(e) => e.preventDefault()}>
            <Row gutter={[16, 0]}>
              <Col xs={24} md={8}>
                <FilterField label={t('sourcing.board.search')} htmlFor="rfq-q">
                  <Input.Search
                    id="rfq-q"
                    allowClear
                    defaultValue={q}
                    placeholder={t('sourcing.board.searchPlaceholder')}
                    onSearch={(value) => set({ q: value.trim() || undefined })}
                  />
                </FilterField>
              </Col>
              <Col xs={24} sm={8} md={6}>
                <FilterField label={t('sourcing.fields.category')} htmlFor="rfq-category">
                  <Select
                    id="rfq-category"
                    allowClear
                    showSearch
                    style={{ width: '100%' }}
                    value={category}
                    placeholder={t('search.any')}
                    options={CATEGORIES.capacity.map((c) => ({ value: c.zh, label: language === 'en' ? c.en : c.zh }))}
                    onChange={(value?: string) => set({ category: value })}
                  />
                </FilterField>
              </Col>
              <Col xs={24} sm={8} md={5}>
                <FilterField label={t('sourcing.fields.deliveryRegion')} htmlFor="rfq-region">
                  <RegionFilter
                    id="rfq-region"
                    region={region}
                    placeholder={t('search.anywhere')}
                    onChange={(code) => set({ region: code })}
                  />
                </FilterField>
              </Col>
              <Col xs={24} sm={8} md={5}>
                <FilterField label={t('sourcing.board.status')} htmlFor="rfq-status">
                  <Select
                    id="rfq-status"
                    allowClear
                    style={{ width: '100%' }}
                    value={status}
                    placeholder={t('sourcing.status.open')}
                    options={RFQ_STATUSES.filter((s) => s !== 'draft').map((s) => ({
                      value: s,
                      label: t(`sourcing.status.${s}`),
                    }))}
                    onChange={(value?: RfqStatus) => set({ status: value })}
                  />
                </FilterField>
              </Col>
            </Row>
          </form>
        }
      />
    </>
  );
}
