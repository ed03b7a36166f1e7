import { EnvironmentOutlined, FileOutlined } from '@ant-design/icons';
import { Col, Flex, Row, Skeleton, Space, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LinkButton } from '../components/LinkButton';
import { ListEntry } from '../components/ListEntry';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { categoryName } from '../search/categories';
import { useRegionName } from '../search/regions';
import { ListingDetails } from './ListingDetails';
import { PriceText } from './PriceText';
import { ProviderCard } from './ProviderCard';
import { Stars } from './Stars';
import { attachmentUrl, useAttachments, useListing, useListingReviews } from './queries';
import type { Listing } from './types';
import { KIND_TONE, TONE } from '../components/tones';
import { Panel } from '../components/Panel';
import { Paragraph, Text } from '../components/Text';

// Each kind's panel (calendar, periods, licence terms) loads with the page of that kind only.
const EquipmentBooking = lazy(() => import('./EquipmentBooking').then((m) => ({ default: m.EquipmentBooking })));
const CapacityReservation = lazy(() =>
  import('./CapacityReservation').then((m) => ({ default: m.CapacityReservation })),
);
const LicencePanel = lazy(() => import('./LicencePanel').then((m) => ({ default: m.LicencePanel })));
// Ant Design's Image (with its preview) only when there are photos to show.
const PhotoGallery = lazy(() => import('./PhotoGallery'));

function Gone() {
  const { t } = useTranslation();
  useDocumentTitle(t('listing.goneTitle'));
  return (
    <div className="state-message">
      <h1 className="state-title" style={{ fontSize: 24, margin: '0 0 8px' }}>
        {t('listing.goneTitle')}
      </h1>
      <div className="state-subtitle">{t('listing.goneBody')}</div>
      <LinkButton type="primary" to="/search">
        {t('listing.backToSearch')}
      </LinkButton>
    </div>
  );
}

function Media({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const attachments = useAttachments(listing.id);
  const photos = attachments.data?.filter((a) => a.kind === 'photo') ?? [];
  const documents = attachments.data?.filter((a) => a.kind !== 'photo') ?? [];
  return (
    <>
      {photos.length > 0 && (
        <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('listing.photos')}</h2>}>
          <Suspense fallback={<Skeleton.Image active />}>
            <PhotoGallery listingId={listing.id} photos={photos} />
          </Suspense>
        </Panel>
      )}
      <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('listing.documents')}</h2>}>
        <QueryState query={attachments} loading={<Text type="secondary">{t('common.loading')}</Text>}>
          {() =>
            documents.length === 0 ? (
              <Text type="secondary">{t('listing.noDocuments')}</Text>
            ) : (
              <ul className="plain-list">
                {documents.map((d) => (
                  <li key={d.id}>
                    <a href={attachmentUrl(listing.id, d.id)} download>
                      <FileOutlined aria-hidden /> {d.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Panel>
    </>
  );
}

function ReviewsCard({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reviews = useListingReviews(listingId);
  return (
    <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reviews.title')}</h2>}>
      <QueryState
        query={reviews}
        isEmpty={(r) => r.count === 0}
        empty={<Text type="secondary">{t('reviews.none')}</Text>}
      >
        {(r) => (
          <>
            <Paragraph>{t('reviews.average', { rating: (r.averageRating ?? 0).toFixed(1), count: r.count })}</Paragraph>
            <ul className="plain-list">
              {r.items.map((item) => (
                <li key={item.id}>
                  <ListEntry
                    title={<Stars value={item.rating} label={t('reviews.stars', { rating: item.rating })} />}
                    description={`${item.text ?? ''} · ${formatDate(item.createdAt, language)}`}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </Panel>
  );
}

function ListingView({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const [url] = useSearchParams();
  const language = currentLanguage();
  const regionName = useRegionName();
  const title = language === 'en' && listing.titleEn ? listing.titleEn : listing.title;
  const description = language === 'en' && listing.descriptionEn ? listing.descriptionEn : listing.description;
  const place = regionName(listing.regionCode, language);
  useDocumentTitle(title);
  const prefill =
    url.get('quantity') && url.get('from') && url.get('to')
      ? { quantity: Number(url.get('quantity')), from: url.get('from') ?? undefined, to: url.get('to') ?? undefined }
      : undefined;
  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: t('nav.home'), to: '/' },
          { title: t(`kind.${listing.kind}`), to: `/search?kind=${listing.kind}` },
          { title },
        ]}
        title={title}
        subTitle={
          <Space wrap size={[12, 4]}>
            <Tag color={KIND_TONE[listing.kind]}>{t(`kind.${listing.kind}`)}</Tag>
            <span>{categoryName(listing.kind, listing.category, language)}</span>
            {place && (
              <span>
                <EnvironmentOutlined aria-hidden /> {place}
              </span>
            )}
            <PriceText priceFen={listing.priceFen} unit={listing.priceUnit} strong />
          </Space>
        }
      />
      {listing.status !== 'published' && (
        <Tag color={TONE.orange} style={{ marginBottom: 12 }}>
          {t(`listingStatus.${listing.status}`)}
        </Tag>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('listing.about')}</h2>}>
              <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{description}</Paragraph>
              <Flex gap={4} wrap style={{ marginBottom: 16 }}>
                {listing.tags.map((tag) => (
                  <Tag key={tag}>{tag}</Tag>
                ))}
              </Flex>
              <ListingDetails listing={listing} />
            </Panel>
            <Media listing={listing} />
            <ReviewsCard listingId={listing.id} />
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Suspense
              fallback={
                <Panel>
                  <Skeleton active />
                </Panel>
              }
            >
              {listing.status === 'published' && listing.kind === 'equipment' && <EquipmentBooking listing={listing} />}
              {listing.status === 'published' && listing.kind === 'capacity' && (
                <CapacityReservation listing={listing} prefill={prefill} />
              )}
              {listing.status === 'published' && listing.kind === 'ip' && <LicencePanel listing={listing} />}
            </Suspense>
            <ProviderCard organizationId={listing.ownerOrganizationId} />
          </Space>
        </Col>
      </Row>
    </>
  );
}

export default function ListingPage() {
  const { id = '' } = useParams();
  const listing = useListing(id);
  return (
    <QueryState query={listing} notFound={<Gone />}>
      {(l) => <ListingView listing={l} />}
    </QueryState>
  );
}
