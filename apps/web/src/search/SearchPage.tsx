import { FilterOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Flex, Grid, Pagination, Row, Select, Skeleton } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { changeSearch, readSearchParams, writeSearchParams } from './params';
import { PAGE_SIZE, useSearch } from './queries';
import { SearchBox } from './SearchBox';
import { SearchFilters } from './SearchFilters';
import { SearchResultItem } from './SearchResultItem';
import type { SearchParams } from './types';
import { Panel } from '../components/Panel';
import { Text, Title } from '../components/Text';

// The filters' drawer serves narrow screens only, and only once its button is pressed.
const Drawer = lazy(() => import('antd/es/drawer'));

const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;

export default function SearchPage() {
  const { t } = useTranslation();
  const [url, setUrl] = useSearchParams();
  const params = useMemo(() => readSearchParams(url), [url]);
  const search = useSearch(params);
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  useDocumentTitle(params.q ? t('search.titleFor', { q: params.q }) : t('search.title'));

  // Each change is a new history entry, so Back returns to the previous search.
  const update = (change: Partial<SearchParams>) => setUrl(writeSearchParams(changeSearch(params, change)));
  const filters = <SearchFilters params={params} facets={search.data?.facets} onChange={update} />;

  return (
    <>
      <Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {params.q ? t('search.titleFor', { q: params.q }) : t('search.title')}
      </Title>
      <div style={{ maxWidth: 720, marginBottom: 16 }}>
        <SearchBox initial={params.q ?? ''} size="middle" onSearch={(q) => update({ q: q || undefined })} />
      </div>
      <Row gutter={[16, 16]}>
        {wide && (
          <Col lg={7} xl={6}>
            <Panel size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('search.filters')}</h2>}>
              {filters}
            </Panel>
          </Col>
        )}
        <Col xs={24} lg={17} xl={18}>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <Text role="status">
              {search.data ? t('search.total', { count: search.data.total }) : t('common.loading')}
            </Text>
            <Flex gap={8} align="center">
              {!wide && (
                <Button
                  icon={<FilterOutlined />}
                  onClick={() => {
                    setDrawerUsed(true);
                    setFiltersOpen(true);
                  }}
                >
                  {t('search.filters')}
                </Button>
              )}
              <Select
                aria-label={t('search.sort')}
                value={params.sort ?? 'relevance'}
                style={{ width: 150 }}
                options={SORTS.map((s) => ({ value: s, label: t(`search.sorts.${s}`) }))}
                onChange={(sort: string) => update({ sort: sort === 'relevance' ? undefined : sort })}
              />
            </Flex>
          </Flex>
          {search.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : search.isError ? (
            <ErrorResult error={search.error} onRetry={() => void search.refetch()} />
          ) : search.data.hits.length === 0 ? (
            <Empty description={t('search.noResults')}>
              {search.data.suggestions?.length ? (
                <Flex wrap gap={8} justify="center" align="center" style={{ marginBottom: 12 }}>
                  <Text>{t('search.suggestionsLabel')}</Text>
                  {search.data.suggestions.map((s) => (
                    <Button key={s} type="link" onClick={() => update({ q: s })}>
                      {s}
                    </Button>
                  ))}
                </Flex>
              ) : null}
              {Object.keys(params).length > 1 && (
                <Button onClick={() => setUrl(writeSearchParams({ q: params.q }))}>{t('search.clear')}</Button>
              )}
            </Empty>
          ) : (
            <>
              {search.isPlaceholderData && <p className="search-refreshing">{t('common.loading')}</p>}
              {search.data.relaxed && (
                <p className="search-relaxed" role="note">
                  {t('search.relaxed', {
                    dropped: search.data.relaxed.dropped.join(' '),
                    kept: search.data.relaxed.kept.join(' '),
                  })}
                </p>
              )}
              <section aria-label={t('search.results')}>
                {search.data.hits.map((hit) => (
                  <SearchResultItem key={hit.id} hit={hit} />
                ))}
              </section>
              <Pagination
                align="center"
                current={search.data.page}
                pageSize={PAGE_SIZE}
                total={search.data.total}
                showSizeChanger={false}
                onChange={(page) => {
                  update({ page });
                  window.scrollTo({ top: 0 });
                }}
              />
            </>
          )}
        </Col>
      </Row>
      {!wide && drawerUsed && (
        <Suspense fallback={null}>
          <Drawer
            title={t('search.filters')}
            placement="bottom"
            height="85%"
            open={filtersOpen}
            onClose={() => setFiltersOpen(false)}
          >
            {filters}
          </Drawer>
        </Suspense>
      )}
    </>
  );
}
