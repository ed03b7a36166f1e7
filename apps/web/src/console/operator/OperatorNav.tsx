import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../components/SectionNav';

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
  return <SectionNav label={t('console.operator.nav')} links={links} end={false} />;
}
