import { DashboardOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
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
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <nav aria-label={t('console.admin.nav')}>
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
      <QueueBoardButton />
    </Flex>
  );
}

/** What a page for platform admins shows anyone else (the API would refuse them anyway). */
export function AdminOnly() {
  const { t } = useTranslation();
  return <p role="alert">{t('console.forbidden')}</p>;
}
