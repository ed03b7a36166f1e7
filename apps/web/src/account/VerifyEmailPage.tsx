import { useMutation } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { isProblem } from '../api/problem';
import { LinkButton } from '../components/LinkButton';
import { AuthCard } from './AuthCard';

export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [url] = useSearchParams();
  const token = url.get('token') ?? '';
  const verify = useMutation({ mutationFn: () => api.POST('/api/v1/auth/verify-email', { body: { token } as never }) });
  const sent = useRef(false);
  useEffect(() => {
    // The link is spent on first use: send it once, even under StrictMode's double effects.
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate();
    }
  }, [token, verify]);

  return (
    <AuthCard title={t('verify.title')}>
      {!token ? (
        <Result status="warning" title={t('verify.noToken')} />
      ) : verify.isSuccess ? (
        <Result
          status="success"
          title={t('verify.done')}
          extra={
            <LinkButton type="primary" to="/">
              {t('nav.home')}
            </LinkButton>
          }
        />
      ) : verify.isError ? (
        <Result
          status="warning"
          title={t('verify.failed')}
          subTitle={isProblem(verify.error) ? verify.error.detail : t('common.networkError')}
        />
      ) : (
        <div style={{ textAlign: 'center', padding: 24 }}>
          <Spin />
          <p>{t('verify.checking')}</p>
        </div>
      )}
    </AuthCard>
  );
}
