import { CalendarOutlined, CopyOutlined, DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';

/** Whose bookings a feed carries: one equipment listing's, or the whole enterprise's. */
export type FeedOwner = { listingId: string } | { organizationId: string };

type Step = 'show' | 'rotate' | 'revoke';

async function feedStep(owner: FeedOwner, step: Step): Promise<string | undefined> {
  if ('listingId' in owner) {
    const params = { path: { id: owner.listingId } };
    if (step === 'revoke') {
      await api.DELETE('/api/v1/listings/{id}/calendar-feed', { params });
      return undefined;
    }
    const feed = await data(
      step === 'show'
        ? api.GET('/api/v1/listings/{id}/calendar-feed', { params })
        : api.POST('/api/v1/listings/{id}/calendar-feed/rotate', { params }),
    );
    return feed.url;
  }
  const params = { path: { id: owner.organizationId } };
  if (step === 'revoke') {
    await api.DELETE('/api/v1/organizations/{id}/calendar-feed', { params });
    return undefined;
  }
  const feed = await data(
    step === 'show'
      ? api.GET('/api/v1/organizations/{id}/calendar-feed', { params })
      : api.POST('/api/v1/organizations/{id}/calendar-feed/rotate', { params }),
  );
  return feed.url;
}

/**
 * The secret iCalendar address of confirmed bookings, for the calendar a lab manager
 * already uses: shown on demand (asking makes one), copied, replaced when it leaked (the
 * old one stops at once) or revoked. It needs no sign-in, so it carries only times,
 * listing and counterpart names — the card says so.
 */
export function CalendarFeedCard({ owner }: { owner: FeedOwner }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [url, setUrl] = useState<string>();
  const [busy, setBusy] = useState<Step>();
  const inputId = useId();
  const headingId = useId();

  const run = async (step: Step) => {
    setBusy(step);
    try {
      const next = await feedStep(owner, step);
      setUrl(next);
      if (step === 'rotate') message.success(t('org.feed.rotated'));
      if (step === 'revoke') message.success(t('org.feed.revoked'));
    } catch {
      message.error(t('org.feed.failed'));
    } finally {
      setBusy(undefined);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      message.success(t('org.feed.copied'));
    } catch {
      // No clipboard (an insecure origin, a refusal): the field is selected for Ctrl+C instead.
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
      message.info(t('org.feed.copyByHand'));
    }
  };

  return (
    <Card
      aria-labelledby={headingId}
      title={
        <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
          <CalendarOutlined aria-hidden /> {t('org.feed.title')}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">
        {'listingId' in owner ? t('org.feed.introListing') : t('org.feed.introOrganization')}
      </Typography.Paragraph>
      {url ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <label htmlFor={inputId}>{t('org.feed.url')}</label>
          <Space.Compact style={{ width: '100%' }}>
            <Input id={inputId} readOnly value={url} onFocus={(e) => e.target.select()} />
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t('org.feed.copy')}
            </Button>
          </Space.Compact>
          <Alert type="warning" showIcon title={t('org.feed.secret')} />
          <Space wrap>
            <Popconfirm
              title={t('org.feed.rotateConfirm')}
              okText={t('org.feed.rotate')}
              cancelText={t('org.feed.cancel')}
              onConfirm={() => void run('rotate')}
            >
              <Button icon={<ReloadOutlined />} loading={busy === 'rotate'}>
                {t('org.feed.rotate')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('org.feed.revokeConfirm')}
              okText={t('org.feed.revoke')}
              okButtonProps={{ danger: true }}
              cancelText={t('org.feed.cancel')}
              onConfirm={() => void run('revoke')}
            >
              <Button danger icon={<DeleteOutlined />} loading={busy === 'revoke'}>
                {t('org.feed.revoke')}
              </Button>
            </Popconfirm>
          </Space>
        </Space>
      ) : (
        <Button icon={<CalendarOutlined />} loading={busy === 'show'} onClick={() => void run('show')}>
          {t('org.feed.show')}
        </Button>
      )}
    </Card>
  );
}
