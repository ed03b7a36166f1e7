import {
  checkWebhookUrl,
  isInternalAddress,
  newWebhookSecret,
  WEBHOOK_EVENT_TYPES,
  webhookBody,
  webhookEventTypes,
  webhookRetryDelayMs,
} from './webhook-endpoint';
import { WebhookEventsInvalidError, WebhookUrlInvalidError } from './notifications.errors';

describe('webhook endpoints', () => {
  it('makes 32-byte base64url secrets, a new one each time', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it.each([
    ['https://hooks.example.cn/rongtong', false, 'https://hooks.example.cn/rongtong'],
    ['https://hooks.example.cn/a#frag', false, 'https://hooks.example.cn/a'],
    ['http://127.0.0.1:8080/hook', true, 'http://127.0.0.1:8080/hook'],
    ['http://localhost:3001/', true, 'http://localhost:3001/'],
  ])('accepts %s (insecure allowed: %s)', (url, allowInsecure, normalized) => {
    expect(checkWebhookUrl(url, { allowInsecure })).toBe(normalized);
  });

  it.each([
    ['not a url', true],
    ['ftp://hooks.example.cn/', true],
    ['https://user:pass@hooks.example.cn/', true],
    ['http://hooks.example.cn/', false],
    ['https://localhost/hook', false],
    ['https://127.0.0.1/hook', false],
    ['https://10.1.2.3/hook', false],
    ['https://172.20.0.1/hook', false],
    ['https://192.168.1.1/hook', false],
    ['https://169.254.169.254/latest', false],
    ['https://[::1]/hook', false],
    ['https://[fd00::1]/hook', false],
    ['https://[::ffff:127.0.0.1]/hook', false],
    ['https://2130706433/hook', false],
    ['https://0x7f.1/hook', false],
    ['https://100.100.100.200/latest', false],
    [`https://hooks.example.cn/${'a'.repeat(2000)}`, true],
  ])('refuses %s (insecure allowed: %s)', (url, allowInsecure) => {
    expect(() => checkWebhookUrl(url, { allowInsecure })).toThrow(WebhookUrlInvalidError);
  });

  it.each([
    ['127.0.0.1', true],
    ['10.20.30.40', true],
    ['100.64.1.1', true],
    ['169.254.169.254', true],
    ['172.31.255.255', true],
    ['192.168.0.10', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['::1', true],
    ['::', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:a00:1', true],
    ['[::1]', true],
    ['64:ff9b::a00:1', true],
    ['64:ff9b::10.0.0.1', true],
    ['64:ff9b::7f00:1', true],
    ['64:ff9b:1::1', true],
    ['::a00:1', true],
    ['2002:a00:1::1', true],
    ['2001:0:4136:e378::1', true],
    ['fec0::1', true],
    ['64:ff9b::808:808', false],
    ['2001:4860:4860::8888', false],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['203.119.25.1', false],
    ['2400:3200::1', false],
    ['::ffff:8.8.8.8', false],
    ['hooks.example.cn', false],
  ])('%s is internal: %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal);
  });

  it('subscribes to every deal event by default, each named type once otherwise', () => {
    expect(webhookEventTypes(undefined)).toEqual([...WEBHOOK_EVENT_TYPES]);
    expect(webhookEventTypes(['deal.created', 'deal.created', 'deal.message_posted'])).toEqual([
      'deal.created',
      'deal.message_posted',
    ]);
    expect(() => webhookEventTypes([])).toThrow(WebhookEventsInvalidError);
    expect(() => webhookEventTypes(['deal.created', 'listing.published'])).toThrow(/listing\.published/);
  });

  it('posts the event as {id, type, occurredAt, data}', () => {
    expect(
      JSON.parse(
        webhookBody({ id: 'e1', type: 'deal.created', occurredAt: '2026-01-01T00:00:00.000Z', data: { a: 1 } }),
      ),
    ).toEqual({ id: 'e1', type: 'deal.created', occurredAt: '2026-01-01T00:00:00.000Z', data: { a: 1 } });
  });

  it('doubles the retry delay after each failed attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => webhookRetryDelayMs(attempt, 50))).toEqual([50, 100, 200, 400]);
  });
});
