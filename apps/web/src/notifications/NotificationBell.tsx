import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, body } from '../api/client';
import { formatDateTime } from '../i18n/format';

interface Notification {
  id: string;
  type: string;
  title: string;
  body: string;
  data: { dealId?: string; demandId?: string; listingId?: string } | null;
  readAt: string | null;
  createdAt: string;
}

interface Page {
  items: Notification[];
  total: number;
  unread: number;
}

function target(n: Notification): string | undefined {
  if (n.data?.dealId) return `/deals/${n.data.dealId}`;
  if (n.data?.demandId) return `/demands/${n.data.demandId}`;
  if (n.data?.listingId) return `/listings/${n.data.listingId}`;
  return undefined;
}

/** The bell in the header: unread count, the latest notifications, mark read. */
export default function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: ['notifications'],
    queryFn: () => body<Page>(api.GET('/api/v1/notifications', { params: { query: { limit: 8 } } })),
    refetchInterval: 60_000,
  });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({
    mutationFn: (id: string) => api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }),
    onSuccess: invalidate,
  });
  const readAll = useMutation({
    mutationFn: () => api.POST('/api/v1/notifications/read-all', {}),
    onSuccess: invalidate,
  });
  const unread = query.data?.unread ?? 0;

  const content = (
    <div style={{ width: 'min(340px, 86vw)' }}>
      {query.isError ? (
        <Typography.Text type="danger">{t('common.loadFailed')}</Typography.Text>
      ) : (
        <List
          loading={query.isPending}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
          renderItem={(n) => (
            <List.Item style={{ paddingInline: 4 }}>
              <Button
                type="link"
                style={{ height: 'auto', padding: 0, textAlign: 'start', whiteSpace: 'normal' }}
                onClick={() => {
                  if (!n.readAt) read.mutate(n.id);
                  const to = target(n);
                  setOpen(false);
                  if (to) void navigate(to);
                }}
              >
                <span>
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {n.body} · {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </span>
              </Button>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          {t('notifications.title')}
          <Button size="small" type="link" disabled={unread === 0} onClick={() => readAll.mutate()}>
            {t('notifications.readAll')}
          </Button>
        </span>
      }
      content={content}
    >
      <Button type="text" aria-label={t('notifications.bell', { count: unread })}>
        <Badge count={unread} size="small" aria-hidden>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
