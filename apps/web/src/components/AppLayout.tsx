import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../account/session';
import { withStrings } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

// Signed-in parts of the header come later, so a visitor's first load stays small.
const NotificationBell = lazy(() => import('../notifications/NotificationBell'));
// The account menu links the organization and provider listing pages by their areas' names.
const AccountMenu = lazy(() => withStrings(import('./AccountMenu'), 'org', 'myListings'));

/** The frame of every page: header with navigation, language, notifications and account; content; footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { status } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = status === 'signedIn';
  // Below 768 px the strip gives way to a menu button (CSS decides which shows, so the server's first paint agrees).
  const [menuOpen, setMenuOpen] = useState(false);
  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/search', label: t('nav.search'), end: false },
    { to: '/suppliers', label: t('nav.suppliers'), end: false },
    ...(signedIn
      ? [
          { to: '/deals', label: t('nav.deals'), end: false },
          { to: '/demands', label: t('nav.demands'), end: false },
          // The board (suppliers quote there; buyers post and follow their RFQs from it).
          { to: '/rfqs', label: t('nav.rfqs'), end: false },
        ]
      : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="app-logo">
          <span aria-hidden className="app-logo-mark">
            融
          </span>
          <span className="sr-only-narrow">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="app-nav">
          {links.map((l) => (
            <NavLink key={l.to} to={l.to} end={l.end} className="app-nav-link">
              {l.label}
            </NavLink>
          ))}
        </nav>
        <Button
          className="app-nav-menu"
          type="text"
          icon={<MenuOutlined />}
          aria-label={t('nav.menu')}
          aria-expanded={menuOpen}
          aria-controls="app-nav-drawer"
          onClick={() => setMenuOpen(true)}
        />
        <Drawer
          id="app-nav-drawer"
          placement="left"
          size={280}
          title={t('app.name')}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <nav aria-label={t('nav.main')} className="app-nav-drawer">
            {links.map((l) => (
              <NavLink
                key={l.to}
                to={l.to}
                end={l.end}
                className="app-nav-drawer-link"
                onClick={() => setMenuOpen(false)}
              >
                {l.label}
              </NavLink>
            ))}
          </nav>
        </Drawer>
        <div className="app-header-actions">
          <LanguageSwitcher />
          {signedIn ? (
            <Suspense fallback={null}>
              <NotificationBell />
              <AccountMenu />
            </Suspense>
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
              <Spin />
              <span className="sr-only">{t('common.loading')}</span>
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
