import { useTranslation } from 'react-i18next';
import { SectionNav } from '../components/SectionNav';

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
  return <SectionNav label={t('org.nav.section')} links={links} />;
}

/** The page for someone whose account is in no enterprise. */
export function NoOrganization() {
  const { t } = useTranslation();
  return <p>{t('org.noOrganization')}</p>;
}
