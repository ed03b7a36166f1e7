import { corpusBody, publishListing, verifiedProvider, type ProviderWorld } from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The supplier directory kept in step by the worker (issue 19): the API and the worker in
 * one process, events through the outbox to the search-index queue. An enterprise is
 * listed once verified, found by its profile as it edits it, by what a listing says once
 * the listing is published, and no longer by it once the listing is archived.
 */
let app: TestApp;
let api: Api;
let world: ProviderWorld;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '供应商名录园区');
}, 90_000);

afterAll(async () => {
  await app?.close();
});

async function found(q: string, organizationId: string) {
  const response = await api.call('GET', `suppliers?q=${encodeURIComponent(q)}`);
  return response.body.items?.find((s: { organizationId: string }) => s.organizationId === organizationId);
}

it('lists a verified enterprise by its profile, then by its listings, as the worker hears the events', async () => {
  const id = world.provider.organizationId;
  // organization.verified: listed, by its name, without a listing.
  const name = `测试企业${world.provider.uscc.slice(8, 14)}有限公司`;
  const named = await eventually(() => found(name, id), { what: 'the verified enterprise listed' });
  expect(named).toMatchObject({ listingCount: 0, parkIds: [world.parkId] });

  // organization.profile_changed: found by what its description says.
  const edited = await api.call('PATCH', `organizations/${id}`, {
    token: world.provider.accessToken,
    body: { description: '专注超声波焊接与热铆工艺，服务小家电客户。', nameEn: 'Sonicweld Components' },
  });
  expect(edited.status).toBe(200);
  await eventually(() => found('超声波焊接', id), { what: 'the enterprise found by its description' });
  expect(await found('Sonicweld', id)).toMatchObject({ nameEn: 'Sonicweld Components' });

  // listing.published: found by the listing's process, with the listing shown.
  expect(await found('五轴', id)).toBeUndefined();
  const listingId = await publishListing(api, world, corpusBody('C001'));
  const byListing = await eventually(() => found('五轴', id), { what: 'the enterprise found by its listing' });
  expect(byListing).toMatchObject({
    listingCount: 1,
    listings: [expect.objectContaining({ id: listingId })],
    certifications: expect.arrayContaining(['ISO 13485']),
  });

  // listing.unpublished (archived): what it said is no longer said.
  const archived = await api.call('POST', `listings/${listingId}/archive`, { token: world.provider.accessToken });
  expect(archived.status).toBeLessThan(300);
  await eventually(async () => (await found('五轴', id)) === undefined, { what: 'the archived listing forgotten' });
  expect(await found('超声波焊接', id)).toMatchObject({ listingCount: 0 });
}, 60_000);
