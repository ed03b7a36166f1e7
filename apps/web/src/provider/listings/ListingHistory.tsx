import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useListingAudit } from './queries';

const ACTIONS = [
  'create',
  'edit',
  'revise',
  'submit',
  'approve',
  'reject',
  'approve_revision',
  'reject_revision',
  'suspend',
  'reinstate',
  'archive',
  'report',
  'attach',
  'detach',
] as const;

/** The listing's audit trail, newest first, with the moderators' reasons. */
export function ListingHistory({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const audit = useListingAudit(listingId);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.history.title')}</h2>}>
      <QueryState
        query={audit}
        isEmpty={(a) => a.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />}
      >
        {(entries) => (
          <Timeline
            items={[...entries].reverse().map((e) => {
              const known = ACTIONS.find((a) => a === e.action);
              return {
                key: e.id,
                color: e.action.startsWith('reject') || e.action === 'suspend' ? 'red' : 'blue',
                content: (
                  <>
                    <Typography.Text strong>{known ? t(`myListings.history.${known}`) : e.action}</Typography.Text>
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                      {formatDateTime(e.createdAt)}
                    </Typography.Text>
                    {e.reason && (
                      <Typography.Paragraph style={{ margin: '2px 0 0' }}>
                        {t('myListings.history.reason', { reason: e.reason })}
                      </Typography.Paragraph>
                    )}
                  </>
                ),
              };
            })}
          />
        )}
      </QueryState>
    </Card>
  );
}
