import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a receiver knows a webhook came from us. Each delivery carries
 *
 *   X-Rongtong-Timestamp: <unix seconds>
 *   X-Rongtong-Signature: sha256=<hex of HMAC-SHA256(secret, `${timestamp}.${rawBody}`)>
 *
 * where `secret` is the endpoint's secret exactly as shown at creation (its UTF-8 bytes
 * are the key) and `rawBody` the request body byte for byte. Signing the timestamp lets a
 * receiver refuse replays: reject a timestamp far from its own clock (we allow 5 minutes).
 */
export const WEBHOOK_SIGNATURE_SCHEME = 'sha256';
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `${WEBHOOK_SIGNATURE_SCHEME}=${mac}`;
}

/**
 * Checks a delivery's signature in constant time, and that its timestamp is within
 * `toleranceSeconds` of `now` (milliseconds since the epoch).
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | number,
  body: string,
  signature: string,
  { toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS, now = Date.now() }: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  const seconds = typeof timestamp === 'number' ? timestamp : /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!Number.isSafeInteger(seconds)) return false;
  if (Math.abs(now / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, seconds, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
