import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I';
const body = '{"id":"e1","type":"deal.created","data":{"listingTitle":"扫描电镜"}}';
const timestamp = 1_764_195_000;
const now = timestamp * 1000;

describe('webhook signatures', () => {
  it('signs `${timestamp}.${body}` with HMAC-SHA256 of the secret, in hex', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
    expect(signWebhook(secret, timestamp, body)).toBe(`sha256=${expected}`);
  });

  it('verifies its own signature, with the timestamp as a header string or a number', () => {
    const signature = signWebhook(secret, timestamp, body);
    expect(verifyWebhookSignature(secret, String(timestamp), body, signature, { now })).toBe(true);
    expect(verifyWebhookSignature(secret, timestamp, body, signature, { now: now + 299_000 })).toBe(true);
  });

  interface Delivery {
    secret: string;
    timestamp: string;
    body: string;
    signature: string;
    now: number;
  }
  const genuine: Delivery = {
    secret,
    timestamp: String(timestamp),
    body,
    signature: signWebhook(secret, timestamp, body),
    now,
  };

  it.each<[string, Partial<Delivery>]>([
    ['another secret', { secret: 'other' }],
    ['a changed body', { body: body.replace('e1', 'e2') }],
    ['another timestamp', { timestamp: String(timestamp + 1) }],
    ['a garbage timestamp', { timestamp: '17x' }],
    ['a stale timestamp', { now: now + 301_000 }],
    ['a truncated signature', { signature: genuine.signature.slice(0, -1) }],
    ['no scheme', { signature: genuine.signature.slice('sha256='.length) }],
    ['an empty signature', { signature: '' }],
  ])('refuses %s', (_, change) => {
    const d = { ...genuine, ...change };
    expect(verifyWebhookSignature(d.secret, d.timestamp, d.body, d.signature, { now: d.now })).toBe(false);
  });
});
