import { chinaDay } from '@rongtong/kernel';
import { DataSource } from 'typeorm';
import { listingBody, loadCorpus } from './corpus';
import type { Api, Enterprise, Session } from './fixtures';
import type { TestApp } from './test-app';

/** A verified provider in a park, with the park's operator to approve its listings. */
export interface ProviderWorld {
  provider: Enterprise;
  parkId: string;
  operator: Session;
}

export async function verifiedProvider(
  api: Api,
  adminToken: string,
  parkName = '交易测试园区',
): Promise<ProviderWorld> {
  const provider = await api.registerEnterprise();
  const park = await api.createPark(adminToken, `${parkName}${provider.uscc.slice(10, 14)}`);
  await api.call('POST', `parks/${park.parkId}/memberships`, {
    token: provider.accessToken,
    body: { organizationId: provider.organizationId },
  });
  await api.call('POST', `parks/${park.parkId}/memberships/${provider.organizationId}/approve`, {
    token: park.operator.accessToken,
  });
  const verified = await api.call('POST', `organizations/${provider.organizationId}/verify`, {
    token: park.operator.accessToken,
  });
  if (verified.status !== 200) throw new Error(`verify failed: ${verified.status} ${JSON.stringify(verified.body)}`);
  return { provider, parkId: park.parkId, operator: park.operator };
}

/** Creates, submits and approves a listing: returns its id. */
export async function publishListing(api: Api, world: ProviderWorld, body: Record<string, unknown>): Promise<string> {
  const created = await api.call('POST', 'listings', { token: world.provider.accessToken, body });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  await api.call('POST', `listings/${created.body.id}/submit`, { token: world.provider.accessToken });
  const approved = await api.call('POST', `listings/${created.body.id}/approve`, {
    token: world.operator.accessToken,
  });
  if (approved.body?.status !== 'published') throw new Error(`approve failed: ${JSON.stringify(approved.body)}`);
  return created.body.id;
}

const corpus = loadCorpus();

/** A corpus listing's body by ref (E001: an SEM, C001: 5-axis capacity …), with overrides. */
export function corpusBody(ref: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const listing = corpus.find((l) => l.ref === ref);
  if (!listing) throw new Error(`no corpus listing ${ref}`);
  return listingBody(listing, extra);
}

/** An equipment body (the corpus SEM) with its details' booking rules set. */
export function equipmentBody(booking: Record<string, unknown> = {}, details: Record<string, unknown> = {}) {
  const base = corpusBody('E001');
  return { ...base, details: { ...(base.details as object), ...details, booking } };
}

/**
 * `HH:MM` on the given weekday (1 Monday … 7 Sunday) in China time, at least `minDaysAhead`
 * days from now, as ISO 8601 with +08:00: the `weeksLater`-th such day (0 the first) that
 * China's calendar leaves ordinary, so a booking test run in the week of a holiday (or of
 * a make-up working Saturday) books the week after instead of being refused for it.
 */
export function chinaTime(weekday: number, time: string, minDaysAhead = 3, weeksLater = 0): string {
  const china = new Date(Date.now() + 8 * 3_600_000);
  const day = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() + minDaysAhead));
  const isoWeekday = ((day.getUTCDay() + 6) % 7) + 1;
  day.setUTCDate(day.getUTCDate() + ((weekday - isoWeekday + 7) % 7));
  for (let ordinary = 0; ; day.setUTCDate(day.getUTCDate() + 7)) {
    if (chinaDay(day.toISOString().slice(0, 10)) !== undefined) continue;
    if (ordinary++ === weeksLater) break;
  }
  return `${day.toISOString().slice(0, 10)}T${time}:00+08:00`;
}

/** A connection to the test app's own database, for asserting on rows and moving time back. */
export async function testDb(app: TestApp): Promise<DataSource> {
  const ds = new DataSource({ type: 'postgres', url: app.databaseUrl });
  await ds.initialize();
  return ds;
}

/** The notification types a user received about one deal, sorted. */
export async function dealNotifications(api: Api, token: string, dealId: string): Promise<string[]> {
  const response = await api.call('GET', 'notifications?limit=100', { token });
  return (response.body.items as { type: string; data: { dealId?: string } }[])
    .filter((n) => n.data?.dealId === dealId)
    .map((n) => n.type)
    .sort();
}
