import { DashboardOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { SectionNav } from '../../components/SectionNav';
import { consolePaths } from './paths';
import { openQueueBoard, QUEUE_BOARD_PATH } from './queries';

/** Opens the BullMQ dashboard in a new tab, once its pass is set; the app stays where it was. */
export function QueueBoardButton() {
  const { t } = useTranslation();
  const message = useMessage();
  const open = useMutation({
    mutationFn: openQueueBoard,
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('console.admin.queuesFailed')),
  });
  return (
    <Button
      icon={<DashboardOutlined aria-hidden />}
      href={QUEUE_BOARD_PATH}
      target="_blank"
      rel="noopener"
      loading={open.isPending}
      onClick={(event) => {
        event.preventDefault();
        // Opened now, inside the click; it goes to the dashboard once the pass is set.
        const tab = globalThis.open('', '_blank');
        if (tab) tab.opener = null;
        open.mutate(tab);
      }}
    >
      {t('console.admin.openQueues')}
      <span className="sr-only">{t('common.opensInNewTab')}</span>
    </Button>
  );
}

/** Links between the platform admin's pages, under each page's header. */
export function AdminNav() {
  const { t } = useTranslation();
  const links = [
    { to: consolePaths.adminParks, label: t('console.admin.parks') },
    { to: consolePaths.adminUsers, label: t('console.admin.users') },
    { to: consolePaths.adminAnalytics, label: t('console.admin.platform') },
  ];
  return <SectionNav label={t('console.admin.nav')} links={links} extra={<QueueBoardButton />} />;
}

/** What a page for platform admins shows anyone else (the API would refuse them anyway). */
export function AdminOnly() {
  const { t } = useTranslation();
  return <p role="alert">{t('console.forbidden')}</p>;
}
