import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TONE } from '../components/tones';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n';
import type { ClaimantDispute, DisputeStatus } from './api';

const STATUS_TONE: Record<DisputeStatus, string> = {
  unconfirmed: TONE.gold,
  expired: TONE.red,
  open: TONE.blue,
  upheld: TONE.green,
  dismissed: TONE.orange,
};

/** What the claimant reads of their dispute: its code, status in words, and the decision with its reason. */
export function DisputeSummary({ dispute }: { dispute: ClaimantDispute }) {
  const { t } = useTranslation();
  const explain =
    dispute.status === 'upheld' && dispute.claimed
      ? t('disputes.follow.explain.upheldClaimed')
      : t(`disputes.follow.explain.${dispute.status}`);
  return (
    <>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('disputes.follow.status')}>
          <Tag color={STATUS_TONE[dispute.status]} data-testid="dispute-status">
            {t(`disputes.follow.statusText.${dispute.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.follow.uscc')}>{dispute.uscc}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.follow.claimant')}>{dispute.claimantOrganizationName}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.follow.filedAt')}>{formatDateTime(dispute.createdAt)}</Descriptions.Item>
        {dispute.decidedAt && (
          <Descriptions.Item label={t('disputes.follow.decidedAt')}>
            {formatDateTime(dispute.decidedAt)}
          </Descriptions.Item>
        )}
        {dispute.decisionReason && (
          <Descriptions.Item label={t('disputes.follow.reason')}>{dispute.decisionReason}</Descriptions.Item>
        )}
        {dispute.status === 'upheld' && !dispute.claimed && dispute.claimExpiresAt && (
          <Descriptions.Item label={t('disputes.follow.claimUntil')}>
            {formatDate(dispute.claimExpiresAt, currentLanguage())}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Alert type={dispute.status === 'expired' ? 'warning' : 'info'} showIcon message={explain} />
    </>
  );
}
