import { EditOutlined, EyeOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isProblem } from '../../api/problem';
import { useMessage } from '../../components/feedback';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { ListingDetails } from '../../listings/ListingDetails';
import { CalendarFeedCard } from '../../organization/CalendarFeedCard';
import { PriceText } from '../../listings/PriceText';
import { categoryName } from '../../search/categories';
import { ListingAttachments } from './ListingAttachments';
import { ListingHistory } from './ListingHistory';
import { Qualifications } from './Qualifications';
import { useListingStep, useOwnListing, useWithdrawRevision } from './queries';
import { RevisionTag, StatusTag } from './StatusTag';
import { EDITABLE, type EquipmentDetails, type OwnListing, SUBMITTABLE } from './types';

/** One of the enterprise's listings: `/my/listings/:id`, its status, steps, files, qualifications and history. */
export default function ManageListingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const listing = useOwnListing(id);
  useDocumentTitle(listing.data?.title ?? t('myListings.title'));
  if (listing.data) return <Manage listing={listing.data} />;
  const gone = isProblem(listing.error) && listing.error.status === 404;
  // Loading, gone or failed: the page still has its one h1.
  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('myListings.title'), to: '/my/listings' }]}
        title={gone ? t('myListings.goneTitle') : t('myListings.title')}
      />
      <QueryState
        query={listing}
        notFound={
          <Result
            status="404"
            subTitle={t('myListings.goneBody')}
            extra={<LinkButton to="/my/listings">{t('myListings.backToList')}</LinkButton>}
          />
        }
      >
        {() => null}
      </QueryState>
    </>
  );
}

function Manage({ listing }: { listing: OwnListing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const step = useListingStep(listing.id);
  const editable = EDITABLE.includes(listing.status);
  const live = listing.status === 'published' || listing.status === 'suspended';
  const selfOperated =
    listing.kind === 'equipment' &&
    ((listing.details as EquipmentDetails).serviceModes ?? []).includes('self_operated');
  const run = (which: 'submit' | 'archive') =>
    step.mutate(which, {
      onSuccess: () => message.success(t(which === 'submit' ? 'myListings.submitted' : 'myListings.archived')),
      onError: (error) => message.error(isProblem(error) ? (error.detail ?? error.title) : t('common.requestFailed')),
    });

  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('myListings.title'), to: '/my/listings' }, { title: listing.title }]}
        title={listing.title}
        subTitle={
          <Space wrap size={8}>
            <StatusTag status={listing.status} />
            {listing.pendingRevision && <RevisionTag />}
            <span>{t(`kind.${listing.kind}`)}</span>
            <span>{categoryName(listing.kind, listing.category, language)}</span>
          </Space>
        }
        extra={
          <>
            {editable && (
              <LinkButton icon={<EditOutlined />} to={`/my/listings/${listing.id}/edit`}>
                {live ? t('myListings.editLive') : t('myListings.edit')}
              </LinkButton>
            )}
            {SUBMITTABLE.includes(listing.status) && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={step.isPending && step.variables === 'submit'}
                onClick={() => run('submit')}
              >
                {listing.status === 'rejected' ? t('myListings.resubmit') : t('myListings.submit')}
              </Button>
            )}
            {listing.status === 'published' && (
              <LinkButton icon={<EyeOutlined />} to={`/listings/${listing.id}`}>
                {t('myListings.viewPublic')}
              </LinkButton>
            )}
            {listing.status !== 'archived' && (
              <Popconfirm
                title={t('myListings.confirmArchive')}
                description={t('myListings.archiveBody')}
                okText={t('myListings.archive')}
                okButtonProps={{ danger: true }}
                cancelText={t('myListings.cancel')}
                onConfirm={() => run('archive')}
              >
                <Button danger icon={<InboxOutlined />} loading={step.isPending && step.variables === 'archive'}>
                  {t('myListings.archive')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <StatusNotice listing={listing} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.summary')}</h2>}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'price',
                    label: t('myListings.fields.price'),
                    children: <PriceText priceFen={listing.priceFen} unit={listing.priceUnit} />,
                  },
                  { key: 'region', label: t('myListings.fields.region'), children: listing.regionCode },
                  ...(listing.address
                    ? [{ key: 'address', label: t('myListings.fields.address'), children: listing.address }]
                    : []),
                  {
                    key: 'visibility',
                    label: t('myListings.fields.visibility'),
                    children: t(`myListings.visibility.${listing.visibility}`),
                  },
                  { key: 'version', label: t('myListings.version'), children: listing.version },
                  { key: 'updated', label: t('myListings.updatedAt'), children: formatDateTime(listing.updatedAt) },
                  ...(listing.publishedAt
                    ? [
                        {
                          key: 'published',
                          label: t('myListings.publishedAt'),
                          children: formatDate(listing.publishedAt, language),
                        },
                      ]
                    : []),
                ]}
              />
              <ListingDetails listing={listing} />
            </Card>
            <ListingAttachments listingId={listing.id} editable={editable} />
            {selfOperated && <Qualifications listingId={listing.id} />}
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {listing.kind === 'equipment' && listing.status === 'published' && (
              <CalendarFeedCard owner={{ listingId: listing.id }} />
            )}
            <ListingHistory listingId={listing.id} />
          </Space>
        </Col>
      </Row>
    </>
  );
}

/** Takes back the revision waiting for review, behind a confirmation; the live version stays. */
function WithdrawRevision({ listing }: { listing: OwnListing }) {
  const { t } = useTranslation();
  const message = useMessage();
  const withdraw = useWithdrawRevision(listing.id);
  return (
    <Popconfirm
      title={t('myListings.withdrawConfirm')}
      description={t('myListings.withdrawBody')}
      okText={t('myListings.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('myListings.cancel')}
      onConfirm={() =>
        withdraw.mutate(listing.version, {
          onSuccess: () => message.success(t('myListings.withdrawn')),
          onError: (error) =>
            message.error(isProblem(error) ? (error.detail ?? error.title) : t('common.requestFailed')),
        })
      }
    >
      <Button size="small" danger loading={withdraw.isPending}>
        {t('myListings.withdraw')}
      </Button>
    </Popconfirm>
  );
}

/** What the status means for the owner now, with the moderator's reason where there is one. */
function StatusNotice({ listing }: { listing: OwnListing }) {
  const { t } = useTranslation();
  const style = { marginBottom: 16 };
  const notices = [];
  if (listing.status === 'rejected')
    notices.push(
      <Alert
        key="rejected"
        type="error"
        showIcon
        style={style}
        title={t('myListings.notice.rejected')}
        description={
          listing.statusReason ? t('myListings.rejectedBecause', { reason: listing.statusReason }) : undefined
        }
      />,
    );
  if (listing.status === 'suspended')
    notices.push(
      <Alert
        key="suspended"
        type="warning"
        showIcon
        style={style}
        title={t('myListings.notice.suspended')}
        description={
          listing.statusReason ? t('myListings.suspendedBecause', { reason: listing.statusReason }) : undefined
        }
      />,
    );
  if (listing.status === 'draft')
    notices.push(<Alert key="draft" type="info" showIcon style={style} title={t('myListings.notice.draft')} />);
  if (listing.status === 'pending_review')
    notices.push(<Alert key="pending" type="info" showIcon style={style} title={t('myListings.notice.pending')} />);
  if (listing.status === 'archived')
    notices.push(<Alert key="archived" type="info" showIcon style={style} title={t('myListings.notice.archived')} />);
  if (listing.pendingRevision)
    notices.push(
      <Alert
        key="revision"
        type="warning"
        showIcon
        style={style}
        title={t('myListings.notice.revision', { date: formatDateTime(listing.pendingRevision.createdAt) })}
        action={<WithdrawRevision listing={listing} />}
        description={t('myListings.notice.revisionBody', {
          title:
            typeof listing.pendingRevision.content.title === 'string'
              ? listing.pendingRevision.content.title
              : listing.title,
        })}
      />,
    );
  return <>{notices}</>;
}
