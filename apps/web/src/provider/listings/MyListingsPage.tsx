import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Empty, List, Select, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../account/session';
import { ListEntry } from '../../components/ListEntry';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { PriceText } from '../../listings/PriceText';
import { KINDS } from '../../listings/types';
import { categoryName } from '../../search/categories';
import { useMyListings } from './queries';
import { RevisionTag, StatusTag } from './StatusTag';
import { type ListingKind, type OwnListing, STATUSES } from './types';

const PAGE_SIZE = 10;

/** The enterprise's listings in every status: `/my/listings?status=rejected&kind=equipment&page=2`. */
export default function MyListingsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDocumentTitle(t('myListings.title'));
  const navigate = useNavigate();
  const { organizationId } = useSession();
  const listings = useMyListings(organizationId);
  const [url, setUrl] = useSearchParams();
  const status = STATUSES.find((s) => s === url.get('status'));
  const kind = KINDS.find((k) => k === url.get('kind'));
  const page = Math.max(1, Number(url.get('page')) || 1);
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(url);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in change)) next.delete('page');
    setUrl(next);
  };
  const ofKind = (listings.data ?? []).filter((l) => !kind || l.kind === kind);
  const count = (s?: string) => ofKind.filter((l) => !s || l.status === s).length;

  return (
    <>
      <PageHeader
        title={t('myListings.title')}
        subTitle={t('myListings.subtitle')}
        extra={
          <Dropdown
            trigger={['click']}
            menu={{
              items: KINDS.map((k) => ({ key: k, label: t(`myListings.newKind.${k}`) })),
              onClick: ({ key }) => void navigate(`/my/listings/new?kind=${key}`),
            }}
          >
            <Button type="primary" icon={<PlusOutlined />}>
              {t('myListings.new')} <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
        }
      />
      {!organizationId ? (
        <Alert type="info" showIcon title={t('myListings.noEnterprise')} />
      ) : (
        <Card>
          <Tabs
            activeKey={status ?? 'all'}
            onChange={(key) => set({ status: key === 'all' ? undefined : key })}
            items={[undefined, ...STATUSES].map((s) => ({
              key: s ?? 'all',
              label: `${s ? t(`listingStatus.${s}`) : t('myListings.all')}${listings.data ? ` (${count(s)})` : ''}`,
            }))}
          />
          <Space style={{ marginBottom: 12 }} wrap>
            <Select
              aria-label={t('myListings.kind')}
              allowClear
              placeholder={t('myListings.allKinds')}
              style={{ width: 160 }}
              value={kind}
              onChange={(k?: ListingKind) => set({ kind: k })}
              options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          </Space>
          <QueryState
            query={listings}
            isEmpty={() => ofKind.filter((l) => !status || l.status === status).length === 0}
            empty={
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={status || kind ? t('myListings.emptyFiltered') : t('myListings.empty')}
              />
            }
          >
            {() => {
              const shown = ofKind.filter((l) => !status || l.status === status);
              return (
                <List
                  itemLayout="vertical"
                  dataSource={shown}
                  pagination={
                    shown.length > PAGE_SIZE
                      ? {
                          current: page,
                          pageSize: PAGE_SIZE,
                          total: shown.length,
                          align: 'center',
                          onChange: (p) => set({ page: String(p) }),
                        }
                      : false
                  }
                  renderItem={(listing) => <Row listing={listing} language={language} />}
                />
              );
            }}
          </QueryState>
        </Card>
      )}
    </>
  );
}

function Row({ listing, language }: { listing: OwnListing; language: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const title = language === 'en' && listing.titleEn ? listing.titleEn : listing.title;
  return (
    <List.Item
      key={listing.id}
      extra={
        <Space orientation="vertical" align="end" size={4}>
          <StatusTag status={listing.status} />
          {listing.pendingRevision && <RevisionTag />}
        </Space>
      }
    >
      <ListEntry
        heading={2}
        title={<Link to={`/my/listings/${listing.id}`}>{title}</Link>}
        description={
          <>
            <Space wrap size={[12, 0]}>
              <span>{t(`kind.${listing.kind}`)}</span>
              <span>{categoryName(listing.kind, listing.category, language)}</span>
              <PriceText priceFen={listing.priceFen} unit={listing.priceUnit} />
              <span>{t('myListings.updated', { date: formatDate(listing.updatedAt, language) })}</span>
            </Space>
            {(listing.status === 'rejected' || listing.status === 'suspended') && listing.statusReason && (
              <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
                {t(listing.status === 'rejected' ? 'myListings.rejectedBecause' : 'myListings.suspendedBecause', {
                  reason: listing.statusReason,
                })}
              </Typography.Paragraph>
            )}
          </>
        }
      />
    </List.Item>
  );
}
