import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../account/session';

/** The signed-in user's menu (loaded only once someone is signed in). */
export default function AccountMenu() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'org', label: me?.memberships[0]?.organization.name, disabled: true },
          { type: 'divider' },
          { key: 'deals', label: t('nav.deals') },
          { key: 'demands', label: t('nav.demands') },
          { key: 'my/rfqs', label: t('nav.myRfqs') },
          { key: 'organization', label: t('org.nav.profile') },
          { key: 'organization/members', label: t('org.nav.members') },
          { key: 'organization/webhooks', label: t('org.nav.webhooks') },
          { key: 'organization/calendar', label: t('org.nav.calendar') },
          { key: 'matched-demands', label: t('org.nav.matched') },
          { key: 'my/listings', label: t('myListings.nav') },
          // The console: a park's figures for its operators, the platform's pages for admins.
          ...(me?.operatedParkIds?.[0]
            ? [
                { key: 'console/park', label: t('nav.operatorConsole') },
                { key: `console/parks/${me.operatedParkIds[0]}/analytics`, label: t('nav.parkConsole') },
              ]
            : []),
          ...(me?.isPlatformAdmin ? [{ key: 'console/admin/parks', label: t('nav.adminConsole') }] : []),
          { key: 'signOut', label: t('nav.signOut') },
        ],
        onClick: ({ key }) => {
          if (key === 'signOut') void signOut().then(() => navigate('/'));
          else void navigate(`/${key}`);
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={t('nav.account', { name: me?.displayName ?? '' })}>
        <span className="hide-narrow">{me?.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
