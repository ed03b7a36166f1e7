import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, body } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { LinkButton } from '../../components/LinkButton';
import { QueryState } from '../../components/QueryState';
import { Paragraph, Text } from '../../components/Text';
import { KIND_TONE, TONE } from '../../components/tones';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ListingDetails } from '../../listings/ListingDetails';
import { PriceText } from '../../listings/PriceText';
import type { Listing } from '../../listings/types';
import { auditActionName } from './auditAction';
import { type FieldChange, listingDiff, showValue } from './listingDiff';
import { OperatorPage } from './OperatorPage';
import { ReasonDialog } from './ReasonDialog';
import { type ListingAuditEntry, type ModerationListing, useListingAudit, useModeratedListing } from './queries';

type Action = 'approve' | 'reject' | 'suspend' | 'reinstate';

/** One listing under moderation: as the public will see it, what its pending edit changes, its reports; the decision. */
export default function ModerationListingPage() {
  const { t } = useTranslation();
  const { listingId = '' } = useParams();
  const listing = useModeratedListing(listingId);
  return (
    <OperatorPage title={t('console.operator.moderation.title')} subTitle={listing.data?.title ?? ''}>
      {(parkId) => (
        <>
          <LinkButton to={`/console/parks/${parkId}/moderation`} style={{ marginBottom: 16 }}>
            {t('console.operator.moderation.back')}
          </LinkButton>
          <QueryState query={listing}>{(data) => <Review listing={data} parkId={parkId} />}</QueryState>
        </>
      )}
    </OperatorPage>
  );
}

function Review({ listing, parkId }: { listing: ModerationListing; parkId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const audit = useListingAudit(listing.id);
  const [asking, setAsking] = useState<'reject' | 'suspend' | undefined>();
  const revision = listing.pendingRevision ?? null;
  const live = listing.status === 'published' || listing.status === 'suspended';
  const ifMatch = { 'If-Match': `"${listing.version}"` };

  const act = useMutation({
    mutationFn: ({ action, reason }: { action: Action; reason?: string }) => {
      const id = { id: listing.id };
      switch (action) {
        case 'approve':
          return body(api.POST('/api/v1/listings/{id}/approve', { params: { path: id, header: ifMatch } }));
        case 'reject':
          return body(
            api.POST('/api/v1/listings/{id}/reject', {
              params: { path: id, header: ifMatch },
              body: { reason: reason ?? '' },
            }),
          );
        case 'suspend':
          return body(
            api.POST('/api/v1/listings/{id}/suspend', { params: { path: id }, body: { reason: reason ?? '' } }),
          );
        case 'reinstate':
          return body(api.POST('/api/v1/listings/{id}/reinstate', { params: { path: id } }));
      }
    },
    onSuccess: (_, { action }) => {
      message.success(t(`console.operator.moderation.done.${action}`));
      setAsking(undefined);
      void queryClient.invalidateQueries({ queryKey: ['console'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });

  const canDecide = listing.status === 'pending_review' || (live && revision !== null);
  const preview: Listing = { ...(listing as unknown as Listing), ...((revision?.content ?? {}) as Partial<Listing>) };
  const reports = (audit.data ?? []).filter((e) => e.action === 'report');

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <Text>
          {t('console.operator.moderation.statusLabel', {
            status: t(`console.operator.moderation.statuses.${listing.status}`),
          })}
        </Text>
        {canDecide && (
          <>
            <Button type="primary" loading={act.isPending} onClick={() => act.mutate({ action: 'approve' })}>
              {revision && live
                ? t('console.operator.moderation.approveRevision')
                : t('console.operator.moderation.approve')}
            </Button>
            <Button danger onClick={() => setAsking('reject')}>
              {revision && live
                ? t('console.operator.moderation.rejectRevision')
                : t('console.operator.moderation.reject')}
            </Button>
          </>
        )}
        {listing.status === 'published' && (
          <Button danger onClick={() => setAsking('suspend')}>
            {t('console.operator.moderation.suspend')}
          </Button>
        )}
        {listing.status === 'suspended' && (
          <Button loading={act.isPending} onClick={() => act.mutate({ action: 'reinstate' })}>
            {t('console.operator.moderation.reinstate')}
          </Button>
        )}
        {live && (
          <LinkButton type="link" to={`/listings/${listing.id}`}>
            {t('console.operator.moderation.openPublic')}
          </LinkButton>
        )}
      </Flex>

      {revision && live && <Difference listing={listing} content={revision.content} />}

      <Card
        title={
          <h2 style={{ fontSize: 16, margin: 0 }}>
            {revision && live
              ? t('console.operator.moderation.asPublicAfter')
              : t('console.operator.moderation.asPublic')}
          </h2>
        }
      >
        <PublicPreview listing={preview} />
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('console.operator.moderation.reports')}</h2>}>
        <QueryState
          query={audit}
          isEmpty={() => reports.length === 0}
          empty={<p>{t('console.operator.moderation.noReports')}</p>}
        >
          {() => (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {reports.map((r) => (
                <li key={r.id}>
                  {t('console.operator.moderation.reportLine', {
                    date: formatDateTime(r.createdAt),
                    reason: r.reason ?? '',
                  })}
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('console.operator.moderation.history')}</h2>}>
        <QueryState query={audit}>{(entries) => <History entries={entries} />}</QueryState>
      </Card>

      <ReasonDialog
        open={asking !== undefined}
        title={
          asking === 'suspend'
            ? t('console.operator.moderation.suspend')
            : revision && live
              ? t('console.operator.moderation.rejectRevision')
              : t('console.operator.moderation.reject')
        }
        kind={asking === 'suspend' ? 'suspend' : 'reject'}
        parkId={parkId}
        busy={act.isPending}
        onCancel={() => setAsking(undefined)}
        onConfirm={(reason) => asking && act.mutate({ action: asking, reason })}
      />
    </Flex>
  );
}

function Difference({ listing, content }: { listing: ModerationListing; content: Record<string, unknown> }) {
  const { t } = useTranslation();
  const changes = listingDiff(listing, content);
  const fieldName = (change: FieldChange) =>
    change.inDetails
      ? t('console.operator.moderation.detailsField', { key: change.field })
      : t(`console.operator.moderation.fields.${change.field as 'title'}`);
  const cell = (value: unknown) =>
    showValue(value) || <Text type="secondary">{t('console.operator.moderation.empty_value')}</Text>;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('console.operator.moderation.diff')}</h2>}>
      {changes.length === 0 ? (
        <p>{t('console.operator.moderation.noDiff')}</p>
      ) : (
        <>
          <p>{t('console.operator.moderation.diffIntro')}</p>
          <Table<FieldChange>
            rowKey={(c) => `${c.inDetails ? 'details.' : ''}${c.field}`}
            dataSource={changes}
            pagination={false}
            columns={[
              {
                key: 'field',
                title: t('console.operator.moderation.field'),
                render: (_, c) => fieldName(c),
                width: '20%',
              },
              {
                key: 'before',
                title: t('console.operator.moderation.before'),
                render: (_, c) => (
                  <del style={{ background: '#fff1f0', textDecorationColor: TONE.red }}>{cell(c.before)}</del>
                ),
              },
              {
                key: 'after',
                title: t('console.operator.moderation.after'),
                render: (_, c) => <ins style={{ background: '#f6ffed', textDecoration: 'none' }}>{cell(c.after)}</ins>,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function PublicPreview({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const title = language === 'en' && listing.titleEn ? listing.titleEn : listing.title;
  const description = language === 'en' && listing.descriptionEn ? listing.descriptionEn : listing.description;
  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Tag color={KIND_TONE[listing.kind]}>{t(`kind.${listing.kind}`)}</Tag>
        <Text strong style={{ fontSize: 18 }}>
          {title}
        </Text>
      </Space>
      <PriceText priceFen={listing.priceFen} unit={listing.priceUnit} strong />
      <Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{description}</Paragraph>
      {listing.tags.length > 0 && (
        <Space size={4} wrap>
          {listing.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      )}
      <ListingDetails listing={listing} />
    </Flex>
  );
}

function History({ entries }: { entries: ListingAuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {[...entries].reverse().map((e) => (
        <li key={e.id}>
          {formatDateTime(e.createdAt)} · {auditActionName(t, e.action)}
          {e.reason ? ` · ${e.reason}` : ''}
        </li>
      ))}
    </ul>
  );
}
