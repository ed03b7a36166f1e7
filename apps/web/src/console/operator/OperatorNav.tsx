import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Links between a park's console pages, under each page's header. */
export function OperatorNav({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const base = `/console/parks/${parkId}`;
  const links = [
    { to: `${base}/verifications`, label: t('console.operator.verifications.title') },
    { to: `${base}/moderation`, label: t('console.operator.moderation.title') },
    { to: `${base}/rfqs`, label: t('console.operator.rfqs.title') },
    { to: `${base}/memberships`, label: t('console.operator.memberships.title') },
    { to: `${base}/audit`, label: t('console.operator.audit.title') },
    { to: `${base}/reasons`, label: t('console.operator.reasons.title') },
    { to: `${base}/analytics`, label: t('console.operator.analytics') },
  ];
  return (
    <nav aria-label={t('console.operator.nav')} style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink
              to={l.to}
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
