import { Card, Col, Empty, Flex, Input, List, Pagination, Row, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ErrorResult } from '../components/QueryState';
import { TONE } from '../components/tones';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { FilterField } from '../search/FilterField';
import { RegionFilter } from '../search/RegionFilter';
import { useRegionName } from '../search/regions';
import { PAGE_SIZE, type SupplierFilters, useParks, useSuppliers } from './queries';
import { CERTIFICATIONS, SIZE_CLASSES, SPECIALISED_TIERS } from './types';
import { useUrlFilters } from './useUrlFilters';

const RATINGS = [3, 4, 4.5];

/** The directory's filters as the address holds them; anything unreadable is left out. */
export function readSupplierFilters(url: URLSearchParams): SupplierFilters {
  const rating = Number(url.get('minRating'));
  return {
    q: url.get('q')?.trim() || undefined,
    region: url.get('region') || undefined,
    park: url.get('park') || undefined,
    certifications: url.get('certifications')?.split(',').filter(Boolean) || undefined,
    sizeClass: SIZE_CLASSES.find((s) => s === url.get('sizeClass')),
    specialisedTier: SPECIALISED_TIERS.find((s) => s === url.get('specialisedTier')),
    minRating: url.get('minRating') && rating > 0 && rating <= 5 ? rating : undefined,
    page: Math.max(1, Number(url.get('page')) || 1),
  };
}

/** One of the directory's single-choice filters, cleared back to "any". */
function ChoiceFilter<V extends string | number>({
  id,
  label,
  ...select
}: {
  id: string;
  label: string;
  value?: V;
  options: { value: V; label: string }[];
  onChange: (value?: V) => void;
  showSearch?: { optionFilterProp: string };
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FilterField label={label} htmlFor={id}>
      <Select<V> {...select} id={id} allowClear style={{ width: '100%' }} placeholder={t('sourcing.directory.any')} />
    </FilterField>
  );
}

/** The supplier directory: verified enterprises found by what their listings say they can do. */
export default function SuppliersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDocumentTitle(t('sourcing.directory.title'));
  const { url, set } = useUrlFilters();
  const filters = readSupplierFilters(url);
  const suppliers = useSuppliers(filters);
  const parks = useParks();
  const regionName = useRegionName();
  const filtered = ['region', 'park', 'certifications', 'sizeClass', 'specialisedTier', 'minRating'].some((k) =>
    url.get(k),
  );

  return (
    <>
      <PageHeader title={t('sourcing.directory.title')} subTitle={t('sourcing.directory.subtitle')} />
      <div style={{ maxWidth: 720, marginBottom: 16 }}>
        <form role="search" aria-label={t('sourcing.directory.search')} onSubmit={(e) => e.preventDefault()}>
          <Input.Search
            aria-label={t('sourcing.directory.search')}
            enterButton={t('search.submit')}
            allowClear
            defaultValue={filters.q}
            key={filters.q ?? ''}
            placeholder={t('sourcing.directory.placeholder')}
            onSearch={(value) => set({ q: value.trim() || undefined })}
          />
        </form>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xl={6}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.directory.filters')}</h2>}>
            <form aria-label={t('sourcing.directory.filters')} onSubmit={(e) => e.preventDefault()}>
              <FilterField label={t('sourcing.directory.region')} htmlFor="supplier-region">
                <RegionFilter
                  id="supplier-region"
                  region={filters.region}
                  placeholder={t('search.anywhere')}
                  onChange={(region) => set({ region })}
                />
              </FilterField>
              <ChoiceFilter
                id="supplier-park"
                label={t('sourcing.directory.park')}
                showSearch={{ optionFilterProp: 'label' }}
                loading={parks.isPending}
                value={filters.park}
                options={(parks.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                onChange={(park) => set({ park })}
              />
              <ChoiceFilter
                id="supplier-size"
                label={t('sourcing.directory.sizeClass')}
                value={filters.sizeClass}
                options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClass.${s}`) }))}
                onChange={(sizeClass) => set({ sizeClass })}
              />
              <ChoiceFilter
                id="supplier-tier"
                label={t('sourcing.directory.tier')}
                value={filters.specialisedTier}
                options={SPECIALISED_TIERS.map((s) => ({
                  value: s,
                  label: t('sourcing.directory.tierAtLeast', { tier: t(`badge.${s}`) }),
                }))}
                onChange={(specialisedTier) => set({ specialisedTier })}
              />
              <ChoiceFilter
                id="supplier-rating"
                label={t('sourcing.directory.minRating')}
                value={filters.minRating}
                options={RATINGS.map((r) => ({
                  value: r,
                  label: t('sourcing.directory.ratingAtLeast', { rating: r }),
                }))}
                onChange={(minRating) => set({ minRating: minRating ? String(minRating) : undefined })}
              />
              <FilterField label={t('sourcing.directory.certifications')} htmlFor="supplier-certs">
                <Select
                  id="supplier-certs"
                  mode="multiple"
                  allowClear
                  style={{ width: '100%' }}
                  value={filters.certifications ?? []}
                  placeholder={t('sourcing.directory.any')}
                  options={CERTIFICATIONS.map((c) => ({ value: c, label: c }))}
                  onChange={(values: string[]) => set({ certifications: values.join(',') || undefined })}
                />
              </FilterField>
            </form>
            {filtered && (
              <Typography.Link
                onClick={() =>
                  set({
                    region: undefined,
                    park: undefined,
                    certifications: undefined,
                    sizeClass: undefined,
                    specialisedTier: undefined,
                    minRating: undefined,
                  })
                }
              >
                {t('sourcing.directory.clear')}
              </Typography.Link>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <Typography.Paragraph role="status">
            {suppliers.data ? t('sourcing.directory.total', { count: suppliers.data.total }) : t('common.loading')}
          </Typography.Paragraph>
          {suppliers.isError ? (
            <ErrorResult error={suppliers.error} onRetry={() => void suppliers.refetch()} />
          ) : suppliers.data && suppliers.data.items.length === 0 ? (
            <Empty description={t('sourcing.directory.empty')} />
          ) : (
            <section aria-label={t('sourcing.directory.results')}>
              <List
                loading={suppliers.isPending}
                dataSource={suppliers.data?.items ?? []}
                renderItem={(s) => (
                  <List.Item key={s.organizationId}>
                    <article style={{ width: '100%' }} aria-label={s.name}>
                      <Flex justify="space-between" wrap gap={8}>
                        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                          {s.name}
                          {language === 'en' && s.nameEn && (
                            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
                              {' '}
                              ({s.nameEn})
                            </Typography.Text>
                          )}
                        </Typography.Title>
                        <Space wrap size={[4, 4]}>
                          {s.specialisedTier && <Tag color={TONE.purple}>{t(`badge.${s.specialisedTier}`)}</Tag>}
                          {s.sizeClass && <Tag>{t(`sizeClass.${s.sizeClass}`)}</Tag>}
                        </Space>
                      </Flex>
                      <Typography.Text type="secondary">
                        {[
                          regionName(s.regionCode, language),
                          s.averageRating !== null
                            ? t('sourcing.directory.rating', {
                                rating: s.averageRating.toFixed(1),
                                count: s.ratingCount,
                              })
                            : t('sourcing.directory.noRating'),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Typography.Text>
                      {s.description && (
                        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '6px 0 0' }}>
                          {s.description}
                        </Typography.Paragraph>
                      )}
                      {(s.categories.length > 0 || s.processes.length > 0) && (
                        <Typography.Paragraph style={{ margin: '6px 0 0' }}>
                          <Typography.Text type="secondary">
                            {t('common.labelled', { label: t('sourcing.directory.capabilities') })}
                          </Typography.Text>
                          {[...s.categories, ...s.processes.slice(0, 10)].join(t('common.listSeparator'))}
                        </Typography.Paragraph>
                      )}
                      {s.certifications.length > 0 && (
                        <Space wrap size={[4, 4]} style={{ marginTop: 4 }}>
                          {s.certifications.map((c) => (
                            <Tag key={c}>{c}</Tag>
                          ))}
                        </Space>
                      )}
                      {s.listings.length > 0 && (
                        <div style={{ marginTop: 6 }}>
                          <Typography.Text type="secondary">
                            {t('common.labelled', { label: t('sourcing.directory.listings') })}
                          </Typography.Text>
                          <Space wrap size={[12, 0]}>
                            {s.listings.map((l) => (
                              <Link key={l.id} to={`/listings/${l.id}`}>
                                {l.title}
                              </Link>
                            ))}
                          </Space>
                        </div>
                      )}
                    </article>
                  </List.Item>
                )}
              />
              {suppliers.data && suppliers.data.total > PAGE_SIZE && (
                <Pagination
                  align="center"
                  current={suppliers.data.page}
                  pageSize={PAGE_SIZE}
                  total={suppliers.data.total}
                  showSizeChanger={false}
                  onChange={(page) => set({ page: String(page) })}
                />
              )}
            </section>
          )}
        </Col>
      </Row>
    </>
  );
}
