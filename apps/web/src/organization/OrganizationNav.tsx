import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Links between the enterprise's pages, under each page's header. */
export function OrganizationNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/organization', label: t('org.nav.profile') },
    { to: '/organization/members', label: t('org.nav.members') },
    { to: '/organization/webhooks', label: t('org.nav.webhooks') },
    { to: '/organization/calendar', label: t('org.nav.calendar') },
    { to: '/matched-demands', label: t('org.nav.matched') },
  ];
  return (
    <nav aria-label={t('org.nav.section')} style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink
              to={l.to}
              end
              style={({ isActive }) => ({
                display: 'inline-block',
                padding: '4px 12px',
                borderRadius: 16,
                border: `1px solid ${isActive ? '#0958d9' : '#d9d9d9'}`,
                background: isActive ? '#0958d9' : '#fff',
                color: isActive ? '#fff' : 'rgba(0, 0, 0, 0.88)',
              })}
            >
              {l.label}
            </NavLink>
          </li>
        ))}
      </Flex>
    </nav>
  );
}

/** The page for someone whose account is in no enterprise. */
export function NoOrganization() {
  const { t } = useTranslation();
  return <p>{t('org.noOrganization')}</p>;
}
