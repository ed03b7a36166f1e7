import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Spin } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../account/session';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitcher } from './LanguageSwitcher';

function section(pathname: string): string {
  if (pathname.startsWith('/deals')) return 'deals';
  if (pathname.startsWith('/search') || pathname.startsWith('/listings')) return 'search';
  return pathname === '/' ? 'home' : '';
}

/** The frame of every page: header with navigation, language, notifications and account; content; footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { status, me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = status === 'signedIn';
  const items = [
    { key: 'home', label: <Link to="/">{t('nav.home')}</Link> },
    { key: 'search', label: <Link to="/search">{t('nav.search')}</Link> },
    ...(signedIn ? [{ key: 'deals', label: <Link to="/deals">{t('nav.deals')}</Link> }] : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="app-logo" aria-label={t('app.home')}>
          <span aria-hidden className="app-logo-mark">
            融
          </span>
          <span className="hide-narrow">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="app-nav">
          <Menu
            mode="horizontal"
            selectedKeys={[section(location.pathname)]}
            items={items}
            style={{ borderBottom: 0 }}
          />
        </nav>
        <div className="app-header-actions">
          <LanguageSwitcher />
          {signedIn && <NotificationBell />}
          {signedIn ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'org', label: me?.memberships[0]?.organization.name, disabled: true },
                  { type: 'divider' },
                  { key: 'deals', label: t('nav.deals') },
                  { key: 'signOut', label: t('nav.signOut') },
                ],
                onClick: ({ key }) => {
                  if (key === 'signOut') void signOut().then(() => navigate('/'));
                  else void navigate(`/${key}`);
                },
              }}
            >
              <Button
                type="text"
                icon={<UserOutlined />}
                aria-label={t('nav.account', { name: me?.displayName ?? '' })}
              >
                <span className="hide-narrow">{me?.displayName}</span>
                <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          ) : (
            status === 'signedOut' && (
              <Button
                type="primary"
                onClick={() => {
                  const here = `${location.pathname}${location.search}`;
                  void navigate(here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`);
                }}
              >
                {t('nav.signIn')}
              </Button>
            )
          )}
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="app-content" tabIndex={-1}>
        <Suspense
          fallback={
            <div style={{ padding: 48, textAlign: 'center' }}>
              <Spin aria-label={t('common.loading')} />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
