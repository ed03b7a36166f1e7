import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * What a page that failed to render shows instead of a blank screen. A chunk that no
 * longer exists (the app was deployed again while this tab was open) asks for a reload.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const stale =
    error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Result
      status={stale ? 'info' : 'error'}
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{stale ? t('error.newVersion') : t('error.title')}</h1>}
      subTitle={stale ? t('error.newVersionBody') : t('error.body')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      }
    />
  );
}
