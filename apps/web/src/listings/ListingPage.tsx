import { EnvironmentOutlined, FileOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Image, List, Rate, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
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
import { regionName } from '../search/regions';
import { ListingDetails } from './ListingDetails';
import { PriceText } from './PriceText';
import { ProviderCard } from './ProviderCard';
import { attachmentUrl, useAttachments, useListing, useListingReviews } from './queries';
import type { Listing } from './types';
import { KIND_TONE, TONE } from '../components/tones';

// Each kind's panel (calendar, periods, licence terms) loads with the page of that kind only.
const EquipmentBooking = lazy(() => import('./EquipmentBooking').then((m) => ({ default: m.EquipmentBooking })));
const CapacityReservation = lazy(() =>
  import('./CapacityReservation').then((m) => ({ default: m.CapacityReservation })),
);
const LicenceRequest = lazy(() => import('./LicenceRequest').then((m) => ({ default: m.LicenceRequest })));

function Gone() {
  const { t } = useTranslation();
  useDocumentTitle(t('listing.goneTitle'));
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('listing.goneTitle')}</h1>}
      subTitle={t('listing.goneBody')}
      extra={
        <LinkButton type="primary" to="/search">
          {t('listing.backToSearch')}
        </LinkButton>
      }
    />
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
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('listing.photos')}</h2>}>
          <Image.PreviewGroup>
            <Flex gap={8} wrap>
              {photos.map((p) => (
                <Image
                  key={p.id}
                  width={160}
                  height={120}
                  style={{ objectFit: 'cover' }}
                  src={attachmentUrl(listing.id, p.id)}
                  alt={p.fileName}
                />
              ))}
            </Flex>
          </Image.PreviewGroup>
        </Card>
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('listing.documents')}</h2>}>
        <QueryState
          query={attachments}
          loading={<Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
        >
          {() =>
            documents.length === 0 ? (
              <Typography.Text type="secondary">{t('listing.noDocuments')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={documents}
                renderItem={(d) => (
                  <List.Item>
                    <a href={attachmentUrl(listing.id, d.id)} download>
                      <FileOutlined aria-hidden /> {d.fileName}
                    </a>
                  </List.Item>
                )}
              />
            )
          }
        </QueryState>
      </Card>
    </>
  );
}

function ReviewsCard({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reviews = useListingReviews(listingId);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reviews.title')}</h2>}>
      <QueryState
        query={reviews}
        isEmpty={(r) => r.count === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reviews.none')} />}
      >
        {(r) => (
          <>
            <Typography.Paragraph>
              {t('reviews.average', { rating: (r.averageRating ?? 0).toFixed(1), count: r.count })}
            </Typography.Paragraph>
            <List
              dataSource={r.items}
              renderItem={(item) => (
                <List.Item>
                  <ListEntry
                    title={
                      <Rate
                        disabled
                        value={item.rating}
                        style={{ fontSize: 14 }}
                        aria-label={t('reviews.stars', { rating: item.rating })}
                      />
                    }
                    description={`${item.text ?? ''} · ${formatDate(item.createdAt, language)}`}
                  />
                </List.Item>
              )}
            />
          </>
        )}
      </QueryState>
    </Card>
  );
}

function ListingView({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const [url] = useSearchParams();
  const language = currentLanguage();
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
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('listing.about')}</h2>}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{description}</Typography.Paragraph>
              <Flex gap={4} wrap style={{ marginBottom: 16 }}>
                {listing.tags.map((tag) => (
                  <Tag key={tag}>{tag}</Tag>
                ))}
              </Flex>
              <ListingDetails listing={listing} />
            </Card>
            <Media listing={listing} />
            <ReviewsCard listingId={listing.id} />
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Suspense
              fallback={
                <Card>
                  <Skeleton active />
                </Card>
              }
            >
              {listing.status === 'published' && listing.kind === 'equipment' && <EquipmentBooking listing={listing} />}
              {listing.status === 'published' && listing.kind === 'capacity' && (
                <CapacityReservation listing={listing} prefill={prefill} />
              )}
              {listing.status === 'published' && listing.kind === 'ip' && <LicenceRequest listing={listing} />}
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
