import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../account/session';
import { ErrorResult } from './QueryState';

/** Pages for signed-in users: others go to sign-in and come back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, error, retry } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (status === 'unknown')
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin tip={t('common.loading')}>
          <div style={{ minHeight: 60 }} />
        </Spin>
      </div>
    );
  // The server could not renew the session just now (429, 5xx, offline): still signed in, so
  // the page's usual error and a retry rather than the sign-in page.
  if (status === 'unavailable') return <ErrorResult error={error} onRetry={retry} />;
  if (status === 'signedOut') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
