import { useMutation } from '@tanstack/react-query';
import { Alert, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, data } from '../api/client';
import { isProblem } from '../api/problem';
import { AuthCard } from '../account/AuthCard';
import { LinkButton } from '../components/LinkButton';
import type { ConfirmedDispute } from './api';

/**
 * `/uscc-disputes/confirm?token=…`, the link of the confirmation email: confirms the
 * dispute once (the token is single use, so even StrictMode's second effect does not
 * send it again), then moves on to the follow page with the token the answer carries.
 * A late, spent or unknown link is explained, with a way to file again where that helps.
 */
export default function ConfirmDisputePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [url] = useSearchParams();
  const token = url.get('token') ?? '';
  const confirm = useMutation({
    mutationFn: () => data<ConfirmedDispute>(api.POST('/api/v1/uscc-disputes/confirm', { body: { token } })),
    onSuccess: (dispute) =>
      void navigate(`/uscc-disputes/follow?token=${encodeURIComponent(dispute.followToken)}&confirmed=1`, {
        replace: true,
      }),
  });
  const sent = useRef(false);
  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      confirm.mutate();
    }
  }, [token, confirm]);

  const fileAgain =
    isProblem(confirm.error, 'USCC_DISPUTE_CONFIRMATION_EXPIRED') || isProblem(confirm.error, 'USCC_DISPUTE_NOT_FOUND');

  return (
    <AuthCard title={t('disputes.confirm.title')} width={560}>
      {!token ? (
        <Result status="warning" title={t('disputes.confirm.noToken')} />
      ) : confirm.isError ? (
        <Result
          status="warning"
          title={t('disputes.confirm.failed')}
          subTitle={isProblem(confirm.error) ? confirm.error.detail : t('common.networkError')}
          extra={
            fileAgain ? (
              <LinkButton type="primary" to="/uscc-disputes/new">
                {t('disputes.confirm.fileAgain')}
              </LinkButton>
            ) : undefined
          }
        />
      ) : confirm.isSuccess ? (
        <Alert type="success" showIcon message={t('disputes.follow.confirmed')} />
      ) : (
        <div style={{ textAlign: 'center', padding: 24 }}>
          <Spin />
          <p>{t('disputes.confirm.checking')}</p>
        </div>
      )}
    </AuthCard>
  );
}
