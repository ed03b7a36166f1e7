import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { TONE } from '../components/tones';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { formatDateTime } from '../i18n/format';
import { NoOrganization, OrganizationNav } from './OrganizationNav';
import {
  type CreatedWebhook,
  type Webhook,
  type WebhookDelivery,
  useDeliveries,
  useMyOrganization,
  useWebhooks,
} from './queries';
import {
  eventKey,
  eventsOf,
  groupState,
  normalizeEvents,
  toggleGroup,
  WEBHOOK_EVENTS,
  WEBHOOK_GROUPS,
  type WebhookEvent,
} from './webhookEvents';

const STATUS_TONE: Record<string, string> = { succeeded: TONE.green, failed: TONE.red, pending: TONE.gold };
const DELIVERY_LIMITS = [50, 100, 200];

/** The event checkboxes, by group, each group with a checkbox for all of it. */
function EventChoice({
  value = [],
  onChange,
  id,
}: {
  value?: WebhookEvent[];
  onChange?: (v: WebhookEvent[]) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      {WEBHOOK_GROUPS.map((group) => {
        const state = groupState(group, value);
        return (
          <fieldset key={group} style={{ border: 0, margin: '0 0 8px', padding: 0, minWidth: 0 }}>
            <legend className="sr-only">{t(`org.webhooks.group.${group}`)}</legend>
            <Checkbox
              checked={state === 'all'}
              indeterminate={state === 'some'}
              onChange={() => onChange?.(toggleGroup(group, value))}
              style={{ fontWeight: 600 }}
            >
              {t(`org.webhooks.group.${group}`)}
            </Checkbox>
            <Flex wrap gap={4} style={{ paddingInlineStart: 24 }}>
              {eventsOf(group).map((event) => (
                <Checkbox
                  key={event}
                  checked={value.includes(event)}
                  onChange={(e) =>
                    onChange?.(normalizeEvents(e.target.checked ? [...value, event] : value.filter((v) => v !== event)))
                  }
                >
                  {t(`org.webhooks.event.${eventKey(event)}`)}{' '}
                  <Typography.Text type="secondary">{event}</Typography.Text>
                </Checkbox>
              ))}
            </Flex>
          </fieldset>
        );
      })}
    </div>
  );
}

interface CreateValues {
  url: string;
  events: WebhookEvent[];
}

function CreateWebhookCard({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateValues>();
  const [secret, setSecret] = useState<CreatedWebhook>();
  const create = useMutation({
    mutationFn: (v: CreateValues) =>
      body<CreatedWebhook>(
        api.POST('/api/v1/organizations/{id}/webhooks', {
          params: { path: { id: organizationId } },
          body: { url: v.url.trim(), events: normalizeEvents(v.events) },
        }),
      ),
  });
  const submit = async (v: CreateValues) => {
    try {
      const created = await create.mutateAsync(v);
      void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'webhooks'] });
      form.resetFields();
      message.success(t('org.webhooks.created'));
      setSecret(created);
    } catch (error) {
      showProblem(error, (m) => void message.error(m), form, t('common.requestFailed'));
    }
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('org.webhooks.add')}</h2>}>
      <Form<CreateValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ events: WEBHOOK_EVENTS }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="url"
          label={t('org.webhooks.url')}
          extra={t('org.webhooks.urlHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input inputMode="url" maxLength={2000} placeholder="https://erp.example.cn/hooks/rongtong" />
        </Form.Item>
        <Form.Item
          name="events"
          label={t('org.webhooks.events')}
          rules={[{ type: 'array', min: 1, message: t('org.webhooks.eventsRequired') }]}
        >
          <EventChoice />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('org.webhooks.create')}
        </Button>
      </Form>
      <Modal
        open={secret !== undefined}
        title={t('org.webhooks.secretTitle')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setSecret(undefined)}>
            {t('org.webhooks.secretDone')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('org.webhooks.secretHint')}</Typography.Paragraph>
        <Typography.Paragraph>{secret?.url}</Typography.Paragraph>
        <Typography.Paragraph code copyable={{ text: secret?.secret }} style={{ wordBreak: 'break-all' }}>
          {secret?.secret}
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}

function Deliveries({ organizationId, webhook }: { organizationId: string; webhook: Webhook }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const limit = DELIVERY_LIMITS[step];
  const deliveries = useDeliveries(organizationId, webhook.id, limit);
  const headingId = `deliveries-${webhook.id}`;
  return (
    <section aria-labelledby={headingId} style={{ width: '100%', marginTop: 8 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h4 id={headingId} style={{ fontSize: 14, margin: 0 }}>
          {t('org.webhooks.deliveries')}
        </h4>
        <Button size="small" onClick={() => void deliveries.refetch()} loading={deliveries.isFetching}>
          {t('org.webhooks.refresh')}
        </Button>
      </Flex>
      <QueryState
        query={deliveries}
        isEmpty={(d) => d.length === 0}
        empty={<Typography.Paragraph type="secondary">{t('org.webhooks.noDeliveries')}</Typography.Paragraph>}
      >
        {(d) => (
          <>
            <Table<WebhookDelivery>
              rowKey="id"
              size="small"
              dataSource={d}
              scroll={{ x: 'max-content' }}
              pagination={d.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              aria-label={t('org.webhooks.deliveriesOf', { url: webhook.url })}
              columns={[
                {
                  key: 'time',
                  title: t('org.webhooks.col.time'),
                  render: (_, x) => formatDateTime(x.lastAttemptAt ?? x.occurredAt),
                },
                { key: 'event', title: t('org.webhooks.col.event'), dataIndex: 'eventType' },
                {
                  key: 'status',
                  title: t('org.webhooks.col.status'),
                  render: (_, x) => (
                    <Tag color={STATUS_TONE[x.status] ?? TONE.blue}>
                      {['pending', 'succeeded', 'failed'].includes(x.status)
                        ? t(`org.webhooks.status.${x.status as 'pending' | 'succeeded' | 'failed'}`)
                        : x.status}
                    </Tag>
                  ),
                },
                { key: 'attempts', title: t('org.webhooks.col.attempts'), dataIndex: 'attempts' },
                {
                  key: 'result',
                  title: t('org.webhooks.col.result'),
                  render: (_, x) => (
                    <>
                      {x.lastError ?? (x.lastStatusCode !== null ? `HTTP ${x.lastStatusCode}` : '—')}
                      {x.nextAttemptAt && x.status !== 'succeeded' && (
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                          {t('org.webhooks.nextAttempt', { when: formatDateTime(x.nextAttemptAt) })}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
              ]}
            />
            {d.length >= limit && step < DELIVERY_LIMITS.length - 1 && (
              <Button style={{ marginTop: 8 }} onClick={() => setStep(step + 1)} loading={deliveries.isFetching}>
                {t('org.webhooks.loadMore')}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function WebhookItem({
  organizationId,
  webhook,
  canAdmin,
}: {
  organizationId: string;
  webhook: Webhook;
  canAdmin: boolean;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      api.DELETE('/api/v1/organizations/{id}/webhooks/{webhookId}', {
        params: { path: { id: organizationId, webhookId: webhook.id } },
      }),
    onSuccess: () => {
      message.success(t('org.webhooks.removed'));
      void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'webhooks'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });
  const toggle = useMutation({
    mutationFn: (active: boolean) =>
      body<Webhook>(
        api.PATCH('/api/v1/organizations/{id}/webhooks/{webhookId}', {
          params: { path: { id: organizationId, webhookId: webhook.id } },
          body: { active },
        }),
      ),
    onSuccess: (updated) => {
      message.success(updated.active ? t('org.webhooks.enabled') : t('org.webhooks.disabled'));
      void queryClient.invalidateQueries({ queryKey: ['organization', organizationId, 'webhooks'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });
  return (
    <List.Item key={webhook.id}>
      <article style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <div style={{ minWidth: 0 }}>
            <h3 style={{ fontSize: 15, margin: 0, wordBreak: 'break-all' }}>{webhook.url}</h3>
            <Space wrap size={[8, 4]} style={{ marginTop: 4 }}>
              <Tag color={webhook.active ? TONE.green : TONE.gold}>
                {webhook.active ? t('org.webhooks.active') : t('org.webhooks.inactive')}
              </Tag>
              <Typography.Text type="secondary">
                {t('org.webhooks.createdAt', { when: formatDateTime(webhook.createdAt) })}
              </Typography.Text>
            </Space>
            <Flex wrap gap={4} style={{ marginTop: 4 }} aria-label={t('org.webhooks.events')} role="list">
              {webhook.events.map((e) => (
                <Tag key={e} role="listitem">
                  {(WEBHOOK_EVENTS as string[]).includes(e)
                    ? t(`org.webhooks.event.${eventKey(e as WebhookEvent)}`)
                    : e}
                </Tag>
              ))}
            </Flex>
          </div>
          <Space wrap>
            <Button aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t('org.webhooks.hideDeliveries') : t('org.webhooks.showDeliveries')}
            </Button>
            {canAdmin && (
              <Switch
                checked={webhook.active}
                loading={toggle.isPending}
                onChange={(active) => toggle.mutate(active)}
                aria-label={t('org.webhooks.activeOf', { url: webhook.url })}
              />
            )}
            {canAdmin && (
              <Popconfirm
                title={t('org.webhooks.removeConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.back')}
                onConfirm={() => remove.mutate()}
              >
                <Button
                  danger
                  loading={remove.isPending}
                  // The visible word starts the accessible name, so no space may be put inside it (WCAG 2.5.3).
                  autoInsertSpace={false}
                  aria-label={t('org.webhooks.removeOf', { url: webhook.url })}
                >
                  {t('org.webhooks.remove')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Flex>
        {open && <Deliveries organizationId={organizationId} webhook={webhook} />}
      </article>
    </List.Item>
  );
}

export default function WebhooksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.webhooks.title'));
  const { organizationId, canAdmin } = useMyOrganization();
  const webhooks = useWebhooks(organizationId);
  return (
    <>
      <PageHeader title={t('org.webhooks.title')} subTitle={t('org.webhooks.subtitle')} />
      <OrganizationNav />
      {!organizationId ? (
        <NoOrganization />
      ) : !canAdmin ? (
        <Alert type="info" showIcon message={t('org.adminOnly')} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('org.webhooks.list')}</h2>}>
            <QueryState
              query={webhooks}
              isEmpty={(w) => w.length === 0}
              empty={<Typography.Paragraph type="secondary">{t('org.webhooks.empty')}</Typography.Paragraph>}
            >
              {(w) => (
                <List
                  dataSource={w}
                  renderItem={(webhook) => (
                    <WebhookItem
                      key={webhook.id}
                      organizationId={organizationId}
                      webhook={webhook}
                      canAdmin={canAdmin}
                    />
                  )}
                />
              )}
            </QueryState>
          </Card>
          <CreateWebhookCard organizationId={organizationId} />
        </Space>
      )}
    </>
  );
}
