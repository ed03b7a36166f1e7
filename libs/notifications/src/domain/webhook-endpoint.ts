import { randomBytes } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { DEAL_EVENT_TYPES } from './deal-event';
import { MATCH_EVENT_TYPES } from './match-event';
import { WebhookEventsInvalidError, WebhookUrlInvalidError } from './notifications.errors';

/** What an endpoint may subscribe to; with no choice given, all of it. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [...DEAL_EVENT_TYPES, ...MATCH_EVENT_TYPES];

/** Fan-out per event stays bounded, and a forgotten script cannot pile endpoints up. */
export const MAX_WEBHOOKS_PER_ORGANIZATION = 10;

/** Attempts per delivery (BullMQ retries with exponential backoff between them). */
export const WEBHOOK_MAX_ATTEMPTS = 6;

/** 32 random bytes, base64url: shown to the organization once, then only used to sign. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * An endpoint's URL, normalized. HTTPS always; plain HTTP and loopback or private
 * addresses only outside production (`allowInsecure`), so tests and local receivers work
 * while production never posts in clear text or at its own network by literal address.
 * With `allowedPorts` (production: 443 and 8443), no other port, so that webhooks cannot
 * be used to probe the ports of public hosts.
 */
export function checkWebhookUrl(
  raw: string,
  { allowInsecure, allowedPorts }: { allowInsecure: boolean; allowedPorts?: readonly number[] },
): string {
  if (raw.length > 2000) throw new WebhookUrlInvalidError('must be at most 2000 characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlInvalidError('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) {
    throw new WebhookUrlInvalidError(allowInsecure ? 'must use https or http' : 'must use https');
  }
  if (url.username || url.password) throw new WebhookUrlInvalidError('must not contain credentials');
  if (!allowInsecure && isInternalHost(url.hostname)) {
    throw new WebhookUrlInvalidError('must not point at a loopback, private or link-local address');
  }
  const port = webhookPortProblem(url, allowedPorts);
  if (port) throw new WebhookUrlInvalidError(port);
  url.hash = '';
  return url.toString();
}

/** Why the URL's port is not allowed (`must use port 443 or 8443`), or undefined when it is. */
export function webhookPortProblem(url: URL, allowedPorts?: readonly number[]): string | undefined {
  if (!allowedPorts) return undefined;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return allowedPorts.includes(port) ? undefined : `must use port ${allowedPorts.join(' or ')}`;
}

/**
 * Addresses a webhook must never reach: this host, private and shared networks, link-local
 * (cloud metadata services live there), multicast and reserved ranges, in IPv4 and IPv6.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  // Tunnels to any IPv4 address (Teredo, 6to4) and the local-use NAT64 prefix.
  ['2001::', 32],
  ['2002::', 16],
  ['64:ff9b:1::', 48],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

/** IPv6 addresses whose last 32 bits are an IPv4 address: NAT64 (RFC 6052) and IPv4-compatible. */
const EMBEDS_IPV4 = new BlockList();
EMBEDS_IPV4.addSubnet('64:ff9b::', 96, 'ipv6');
EMBEDS_IPV4.addSubnet('::', 96, 'ipv6');

/** The IPv4 address in the last 32 bits of an IPv6 address (given valid). */
function lastIpv4(ipv6: string): string {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ipv6);
  if (dotted) return dotted[1];
  const groups = ipv6.split(':');
  const low = parseInt(groups.at(-1) || '0', 16);
  const high = ipv6.endsWith('::') || groups.length < 2 ? 0 : parseInt(groups.at(-2) || '0', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether an IP address (v4 or v6, IPv4-mapped included) is internal; false for anything not an address. */
export function isInternalAddress(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '').toLowerCase();
  const version = isIP(host);
  if (version === 4) return INTERNAL.check(host, 'ipv4');
  if (version !== 6) return false;
  // BlockList matches IPv4-mapped IPv6 (`::ffff:127.0.0.1`, `::ffff:7f00:1`) against the IPv4 rules.
  if (INTERNAL.check(host, 'ipv6')) return true;
  return EMBEDS_IPV4.check(host, 'ipv6') && INTERNAL.check(lastIpv4(host), 'ipv4');
}

function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isInternalAddress(host);
}

/** The event types an endpoint subscribes to: all deal and match events by default, each once. */
export function webhookEventTypes(requested: readonly string[] | undefined): string[] {
  if (requested === undefined) return [...WEBHOOK_EVENT_TYPES];
  if (requested.length === 0) throw new WebhookEventsInvalidError('must name at least one event', WEBHOOK_EVENT_TYPES);
  const unknown = requested.filter((type) => !WEBHOOK_EVENT_TYPES.includes(type));
  if (unknown.length > 0) {
    throw new WebhookEventsInvalidError(`include unknown types (${unknown.join(', ')})`, WEBHOOK_EVENT_TYPES);
  }
  return [...new Set(requested)];
}

/** What each delivery POSTs: the event as it was committed. */
export function webhookBody(event: { id: string; type: string; occurredAt: string; data: object }): string {
  return JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, data: event.data });
}

/** The wait before retry `attempt + 1`, as BullMQ's exponential backoff computes it. */
export function webhookRetryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}
