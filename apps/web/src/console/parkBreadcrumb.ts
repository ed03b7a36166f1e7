import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session';
import { consolePaths } from './admin/paths';

/**
 * The breadcrumb of every page about one park, operator's or analytics: 控制台 › the park › the page.
 * 控制台 leads to the viewer's console home (the admin's parks, the operator's park), the park to its queues.
 */
export function useParkBreadcrumb(parkId: string, parkName: string | undefined, title: string) {
  const { t } = useTranslation();
  const { me } = useSession();
  const operates = me?.operatedParkIds?.includes(parkId) ?? false;
  const home = me?.isPlatformAdmin ? consolePaths.adminParks : operates ? '/console/park' : undefined;
  const inside = (me?.isPlatformAdmin ?? false) || operates;
  return [
    { title: t('console.title'), to: home },
    ...(parkName ? [{ title: parkName, to: inside ? consolePaths.parkQueues(parkId) : undefined }] : []),
    { title },
  ];
}
