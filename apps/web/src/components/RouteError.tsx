import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * What a page that failed to render shows instead of a blank screen. A chunk that no
 * longer exists (the app was deployed again while this tab was open) asks for a reload.
 * Plain markup rather than Ant Design's Result, whose illustrations would weigh on every
 * first load for a page nobody should see.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const stale =
    error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <div role="alert" className="route-error">
      <h1>{stale ? t('error.newVersion') : t('error.title')}</h1>
      <p>{stale ? t('error.newVersionBody') : t('error.body')}</p>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </Button>
    </div>
  );
}
