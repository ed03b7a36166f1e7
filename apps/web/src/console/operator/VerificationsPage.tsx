import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Pagination, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { QueryState } from '../../components/QueryState';
import { Text } from '../../components/Text';
import { TONE } from '../../components/tones';
import { currentLanguage } from '../../i18n';
import { formatBytes, formatDate, formatMoney } from '../../i18n/format';
import { downloadVerificationDocument } from '../../organization/verificationDocuments';
import { OperatorPage } from './OperatorPage';
import { ReasonDialog } from './ReasonDialog';
import { useVerifications, type VerificationItem, type VerificationState } from './queries';

const STATES: VerificationState[] = ['pending', 'unverified', 'verified', 'rejected', 'all'];
type Decision = 'verify' | 'reject' | 'verifyBadge' | 'rejectBadge';

/** A park's enterprises awaiting verification (or a badge review), each with what its credit code says. */
export default function VerificationsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<VerificationState>('pending');
  const [page, setPage] = useState(1);
  return (
    <OperatorPage
      title={t('console.operator.verifications.title')}
      subTitle={t('console.operator.verifications.subtitle')}
    >
      {(parkId) => (
        <>
          <Flex align="center" gap={8} style={{ marginBottom: 16 }} wrap>
            <span id="verification-state">{t('console.operator.verifications.state')}</span>
            <Segmented
              aria-labelledby="verification-state"
              value={state}
              onChange={(value) => {
                setState(value);
                setPage(1);
              }}
              options={STATES.map((s) => ({ value: s, label: t(`console.operator.verifications.states.${s}`) }))}
            />
          </Flex>
          <VerificationList parkId={parkId} state={state} page={page} onPage={setPage} />
        </>
      )}
    </OperatorPage>
  );
}

function VerificationList({
  parkId,
  state,
  page,
  onPage,
}: {
  parkId: string;
  state: VerificationState;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const query = useVerifications(parkId, state, page);
  return (
    <QueryState
      query={query}
      isEmpty={(data) => data.items.length === 0}
      empty={<p>{t('console.operator.verifications.empty')}</p>}
    >
      {(data) => (
        <>
          <Flex vertical gap={16} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {data.items.map((item) => (
              <li key={item.organizationId}>
                <VerificationCard item={item} parkId={parkId} />
              </li>
            ))}
          </Flex>
          {data.total > data.limit && (
            <Pagination
              style={{ marginTop: 16 }}
              current={data.page}
              pageSize={data.limit}
              total={data.total}
              onChange={onPage}
              showSizeChanger={false}
            />
          )}
        </>
      )}
    </QueryState>
  );
}

function VerificationCard({ item, parkId }: { item: VerificationItem; parkId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'reject' | 'rejectBadge' | undefined>();
  const path = { params: { path: { id: item.organizationId } } };
  const decide = useMutation({
    mutationFn: ({ decision, reason }: { decision: Decision; reason?: string }) => {
      switch (decision) {
        case 'verify':
          return body(api.POST('/api/v1/organizations/{id}/verify', path));
        case 'reject':
          return body(
            api.POST('/api/v1/organizations/{id}/reject-verification', { ...path, body: { reason: reason ?? '' } }),
          );
        case 'verifyBadge':
          return body(api.POST('/api/v1/organizations/{id}/badge/verify', path));
        case 'rejectBadge':
          return body(api.POST('/api/v1/organizations/{id}/badge/reject', { ...path, body: { reason: reason ?? '' } }));
      }
    },
    onSuccess: (_, { decision }) => {
      const done = {
        verify: 'verified',
        reject: 'rejected',
        verifyBadge: 'badgeVerified',
        rejectBadge: 'badgeRejected',
      } as const;
      message.success(t(`console.operator.verifications.${done[decision]}`, { name: item.name }));
      setAsking(undefined);
      void queryClient.invalidateQueries({ queryKey: ['console', parkId, 'verifications'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });

  const code = item.creditCode;
  const size = item.size;
  const badge = item.badge;
  const headingId = `verification-${item.organizationId}`;
  const notGiven = t('console.operator.verifications.notGiven');
  return (
    <section aria-labelledby={headingId}>
      <Card
        title={
          <Space wrap>
            <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
              {language === 'en' && item.nameEn ? item.nameEn : item.name}
            </h2>
            <Tag
              color={
                item.verificationState === 'verified'
                  ? TONE.green
                  : item.verificationState === 'rejected'
                    ? TONE.red
                    : TONE.gold
              }
            >
              {t(`console.operator.verifications.states.${item.verificationState}`)}
            </Tag>
            <Tag>{t(`console.operator.verifications.membership.${item.membershipStatus}`)}</Tag>
          </Space>
        }
        extra={
          <Text type="secondary">
            {t('console.operator.verifications.requested', { date: formatDate(item.requestedAt, language) })}
          </Text>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('console.operator.verifications.creditCode')}>
            <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
              {item.uscc ?? notGiven}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('console.operator.verifications.region')}>
            {code
              ? code.region.length > 0
                ? code.region.map((r) => (language === 'en' ? r.nameEn : r.name)).join(language === 'en' ? ', ' : ' ')
                : t('console.operator.verifications.regionUnknown', { code: code.regionCode })
              : notGiven}
          </Descriptions.Item>
          <Descriptions.Item label={t('console.operator.verifications.authority')}>
            {code
              ? `${t(`console.operator.verifications.authorities.${code.registrationAuthority}`)} (${code.registrationAuthorityCode})`
              : notGiven}
          </Descriptions.Item>
          <Descriptions.Item label={t('console.operator.verifications.entityType')}>
            {code
              ? `${t(`console.operator.verifications.entityTypes.${code.entityType}`)} (${code.entityTypeCode})`
              : notGiven}
          </Descriptions.Item>
          <Descriptions.Item label={t('console.operator.verifications.size')} span={2}>
            {size.sizeClass ? (
              <>
                <Text strong>{t(`console.operator.verifications.sizes.${size.sizeClass}`)}</Text>
                <br />
                <Text type="secondary">
                  {t('console.operator.verifications.derivation', {
                    sector: t(`console.operator.verifications.sectors.${size.sector ?? 'other'}`),
                    employees: size.employees ?? notGiven,
                    revenue: size.annualRevenueFen === null ? notGiven : formatMoney(size.annualRevenueFen),
                  })}
                  {size.industryDivision || size.industrySection
                    ? ` · ${t('console.operator.verifications.industry', { code: size.industryDivision ?? size.industrySection })}`
                    : ''}
                </Text>
              </>
            ) : (
              t('console.operator.verifications.sizeUnknown')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('console.operator.verifications.badge')} span={2}>
            {badge ? (
              <>
                {t('console.operator.verifications.badgeLine', {
                  tier: t(`console.operator.verifications.tiers.${badge.tier}`),
                  authority: badge.issuingAuthority,
                  number: badge.certificateNumber,
                  expires: formatDate(badge.expiresOn, language),
                })}{' '}
                <Tag
                  color={badge.status === 'verified' ? TONE.green : badge.status === 'rejected' ? TONE.red : TONE.gold}
                >
                  {t(`console.operator.verifications.badgeStatus.${badge.status}`)}
                </Tag>
                <BadgeCertificates
                  item={item}
                  deciding={item.membershipStatus === 'approved' && badge.status === 'pending'}
                />
              </>
            ) : (
              t('console.operator.verifications.noBadge')
            )}
          </Descriptions.Item>
          {item.contact && (item.contact.name || item.contact.phone || item.contact.email) && (
            <Descriptions.Item label={t('console.operator.verifications.contact')} span={2}>
              {[item.contact.name, item.contact.phone, item.contact.email].filter(Boolean).join(' · ')}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('console.operator.verifications.documents')} span={2}>
            <DocumentLinks item={item} />
          </Descriptions.Item>
        </Descriptions>
        {item.verificationReason && (
          <p style={{ marginTop: 12 }}>
            {t('console.operator.verifications.lastReason', { reason: item.verificationReason })}
          </p>
        )}
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          {item.membershipStatus === 'approved' && item.verificationState !== 'verified' && (
            <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate({ decision: 'verify' })}>
              {t('console.operator.verifications.verify')}
            </Button>
          )}
          {item.membershipStatus === 'approved' && item.verificationState !== 'rejected' && (
            <Button danger onClick={() => setAsking('reject')}>
              {t('console.operator.verifications.reject')}
            </Button>
          )}
          {item.membershipStatus === 'approved' && badge?.status === 'pending' && (
            <>
              <Button onClick={() => decide.mutate({ decision: 'verifyBadge' })}>
                {t('console.operator.verifications.verifyBadge')}
              </Button>
              <Button danger onClick={() => setAsking('rejectBadge')}>
                {t('console.operator.verifications.rejectBadge')}
              </Button>
            </>
          )}
        </Flex>
        <ReasonDialog
          open={asking !== undefined}
          title={`${t(`console.operator.verifications.${asking ?? 'reject'}`)} · ${item.name}`}
          kind={asking === 'rejectBadge' ? 'badge' : 'verification'}
          parkId={parkId}
          busy={decide.isPending}
          onCancel={() => setAsking(undefined)}
          onConfirm={(reason) => asking && decide.mutate({ decision: asking, reason })}
        />
      </Card>
    </section>
  );
}

/**
 * The enterprise's 专精特新 certificates next to its badge claim, with the same download
 * list as its documents; while the claim awaits a decision, a plain notice when none was
 * uploaded (the badge may still be decided on the certificate number alone).
 */
function BadgeCertificates({ item, deciding }: { item: VerificationItem; deciding: boolean }) {
  const { t } = useTranslation();
  const certificates = item.documents.filter((d) => d.kind === 'srdi_certificate');
  if (certificates.length > 0) {
    return (
      <div style={{ marginTop: 8 }}>
        <DocumentLinks
          item={item}
          documents={certificates}
          label={t('console.operator.verifications.badgeCertificates', { name: item.name })}
        />
      </div>
    );
  }
  if (!deciding) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 8 }}
      title={t('console.operator.verifications.badgeNoCertificate')}
    />
  );
}

/** The documents the enterprise gave (or some of them), each downloaded with the session; "none" only when there are none. */
function DocumentLinks({
  item,
  documents = item.documents,
  label,
}: {
  item: VerificationItem;
  documents?: VerificationItem['documents'];
  label?: string;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const [downloading, setDownloading] = useState<string>();
  if (documents.length === 0) return <>{t('console.operator.verifications.documentsNone')}</>;
  const download = async (document: VerificationItem['documents'][number]) => {
    setDownloading(document.id);
    try {
      await downloadVerificationDocument(item.organizationId, document);
    } catch (error) {
      showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed'));
    } finally {
      setDownloading(undefined);
    }
  };
  return (
    <ul
      aria-label={label ?? t('console.operator.verifications.documentsList', { name: item.name })}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {documents.map((document) => (
        <li key={document.id}>
          <Space wrap size={4}>
            <Tag>{t(`console.operator.verifications.documentKinds.${document.kind}`)}</Tag>
            <Button
              type="link"
              icon={<DownloadOutlined />}
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              loading={downloading === document.id}
              aria-label={t('console.operator.verifications.downloadDocument', { name: document.fileName })}
              onClick={() => void download(document)}
            >
              {document.fileName}
            </Button>
            <Text type="secondary">
              {formatBytes(document.sizeBytes)} · {formatDate(document.uploadedAt, currentLanguage())}
            </Text>
          </Space>
        </li>
      ))}
    </ul>
  );
}
