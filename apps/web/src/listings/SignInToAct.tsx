import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function SignInToAct({ text }: { text: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Alert
      style={{ marginTop: 16 }}
      type="info"
      showIcon
      message={text}
      action={<Link to={`/sign-in?next=${next}`}>{t('nav.signIn')}</Link>}
    />
  );
}
