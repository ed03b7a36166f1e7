import { useQuery } from '@tanstack/react-query';
import { Alert, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, data } from '../api/client';
import { isProblem } from '../api/problem';
import { AuthCard } from '../account/AuthCard';
import type { ClaimantDispute } from './api';
import { DisputeSummary } from './DisputeSummary';

/**
 * `/uscc-disputes/follow?token=…`, the link of the claimant's receipt: the dispute's status
 * and, once decided, the reviewer's reason. The token goes in a POST body, not in a URL the
 * API's logs keep.
 */
export default function FollowDisputePage() {
  const { t } = useTranslation();
  const [url] = useSearchParams();
  const token = url.get('token') ?? '';
  const dispute = useQuery({
    queryKey: ['uscc-dispute-follow', token],
    enabled: token.length > 0,
    queryFn: () => data<ClaimantDispute>(api.POST('/api/v1/uscc-disputes/follow', { body: { token } })),
  });

  return (
    <AuthCard title={t('disputes.follow.title')} width={560}>
      {!token ? (
        <Result status="warning" title={t('disputes.follow.noToken')} />
      ) : dispute.isSuccess ? (
        <>
          {url.get('confirmed') === '1' && (
            <Alert type="success" showIcon message={t('disputes.follow.confirmed')} style={{ marginBottom: 16 }} />
          )}
          <DisputeSummary dispute={dispute.data} />
        </>
      ) : dispute.isError ? (
        <Result
          status="warning"
          title={t('disputes.follow.failed')}
          subTitle={isProblem(dispute.error) ? dispute.error.detail : t('common.networkError')}
        />
      ) : (
        <div style={{ textAlign: 'center', padding: 24 }}>
          <Spin />
          <p>{t('common.loading')}</p>
        </div>
      )}
    </AuthCard>
  );
}
