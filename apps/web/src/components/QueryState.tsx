import { WarningFilled } from '@ant-design/icons';
import { Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, NetworkError } from '../api/problem';

interface Props<T> {
  query: { data: T | undefined; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  /** Whether the loaded data counts as empty (shows `empty`). */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** What a 404 means here (e.g. "this listing is gone"). */
  notFound?: ReactNode;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error, empty and loaded states of one request, the same everywhere. */
export function QueryState<T>({ query, isEmpty, empty, notFound, loading, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <>{loading ?? <Skeleton active paragraph={{ rows: 4 }} />}</>;
  if (query.isError) {
    if (notFound && isProblem(query.error) && query.error.status === 404) return <>{notFound}</>;
    return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  }
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty ?? <Empty description={t('common.empty')} />}</>;
  return <>{children(data)}</>;
}

export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const subTitle =
    error instanceof NetworkError
      ? t('common.networkError')
      : isProblem(error)
        ? (error.detail ?? error.title)
        : undefined;
  // Plain markup in Result's look: Result itself carries its 403/404/500 illustrations to every page.
  return (
    <div className="state-message" role="alert">
      <WarningFilled aria-hidden className="state-icon" />
      <div className="state-title">{t('common.loadFailed')}</div>
      {subTitle && <div className="state-subtitle">{subTitle}</div>}
      {onRetry && (
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
