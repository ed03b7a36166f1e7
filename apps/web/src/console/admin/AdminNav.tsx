import { DashboardOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { SectionNav } from '../../components/SectionNav';
import { consolePaths } from './paths';
import { openQueueBoard } from './queries';

/** Opens the BullMQ dashboard in this tab, once its pass is set. */
export function QueueBoardButton() {
  const { t } = useTranslation();
  const message = useMessage();
  const open = useMutation({
    mutationFn: openQueueBoard,
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('console.admin.queuesFailed')),
  });
  return (
    <Button icon={<DashboardOutlined />} loading={open.isPending} onClick={() => open.mutate()}>
      {t('console.admin.openQueues')}
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
