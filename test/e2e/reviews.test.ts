import { RevealLapsedReviewsUseCase } from '@rongtong/deals';
import type { DataSource } from 'typeorm';
import {
  corpusBody,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm, tinyPdf } from '../support/uploads';

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let sme: Enterprise;
let smeColleague: Session;
let outsider: Enterprise;
let sem: string;
let otherListing: string;

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '评价测试园区');
  sme = await api.registerEnterprise();
  smeColleague = await api.addMember(sme.organizationId, sme.accessToken, 'member');
  outsider = await api.registerEnterprise();
  const body = equipmentBody({}, { serviceModes: ['sample_testing'], requiresTraining: false });
  sem = await publishListing(api, world, body);
  otherListing = await publishListing(api, world, body);
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
}, 30_000);

const provider = () => world.provider.accessToken;

async function ok(response: Promise<{ status: number; body: any }>, status = 200) {
  const { status: got, body } = await response;
  if (got !== status) throw new Error(`expected ${status}, got ${got}: ${JSON.stringify(body)}`);
  return body;
}

/** A sample test on `listingId` taken through its steps to `until` with the real endpoints. */
async function sampleTest(
  listingId = sem,
  until: 'requested' | 'report_delivered' | 'completed' = 'completed',
): Promise<string> {
  const deal = await ok(
    api.call('POST', 'bookings', {
      token: sme.accessToken,
      body: { listingId, serviceMode: 'sample_testing', samples: 1, testItems: ['形貌观察'] },
    }),
    201,
  );
  if (until === 'requested') return deal.id;
  await ok(api.call('POST', `deals/${deal.id}/accept`, { token: provider() }));
  await ok(api.call('POST', `deals/${deal.id}/receive-samples`, { token: provider() }));
  const form = multipartForm([{ name: 'file', filename: '报告.pdf', content: tinyPdf() }]);
  await ok(
    api.call('POST', `deals/${deal.id}/report`, { token: provider(), body: form.body, headers: form.headers }),
    201,
  );
  if (until === 'report_delivered') return deal.id;
  await ok(api.call('POST', `deals/${deal.id}/complete`, { token: sme.accessToken }));
  return deal.id;
}

const review = (dealId: string, body: unknown, token = sme.accessToken) =>
  api.call('POST', `deals/${dealId}/reviews`, { token, body });
const dealReviews = (dealId: string, token: string) => api.call('GET', `deals/${dealId}/reviews`, { token });
const revealedEvents = async (dealId: string) =>
  Number(
    (
      await db.query(`SELECT count(*) AS n FROM outbox WHERE type = 'deal.review_revealed' AND aggregate_id = $1`, [
        dealId,
      ])
    )[0].n,
  );
const listingReviews = (listingId: string, query = '') => api.call('GET', `listings/${listingId}/reviews${query}`);

describe('reviews of a deal', () => {
  let deal: string;

  it('are not taken before the deal is completed (409 REVIEW_NOT_ALLOWED)', async () => {
    for (const until of ['requested', 'report_delivered'] as const) {
      const open = await sampleTest(sem, until);
      for (const token of [sme.accessToken, provider()]) {
        const refused = await review(open, { rating: 5 }, token);
        expect(refused.status).toBe(409);
        expect(refused.body.code).toBe('REVIEW_NOT_ALLOWED');
      }
    }
  });

  it('are blind: the requester writes first, and only the requester sees it', async () => {
    deal = await sampleTest();
    const written = await review(deal, { rating: 4, body: '  报告专业，交付准时。  ' });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({
      dealId: deal,
      authorSide: 'requester',
      authorUserId: sme.userId,
      authorOrganizationId: sme.organizationId,
      subjectOrganizationId: world.provider.organizationId,
      listingId: sem,
      rating: 4,
      body: '报告专业，交付准时。',
      revealed: false,
    });

    const own = await dealReviews(deal, smeColleague.accessToken);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ revealed: false, items: [{ id: written.body.id }] });
    expect(new Date(own.body.revealsAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect((await dealReviews(deal, provider())).body.items).toEqual([]);
    expect((await listingReviews(sem)).body).toMatchObject({ count: 0, averageRating: null, items: [] });
    expect(await revealedEvents(deal)).toBe(0);
  });

  it('are refused to a member of both parties, who could rate their own enterprise (issue 15, row 8)', async () => {
    const closed = await sampleTest();
    const email = uniqueEmail('both-sides');
    await api.addMember(world.provider.organizationId, provider(), 'member', email);
    await api.addMember(sme.organizationId, sme.accessToken, 'member', email);
    const both = await api.login(email);
    const refused = await review(closed, { rating: 5, body: '非常好' }, both.accessToken);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('SELF_DEALING');
  });

  it('are one per side: a colleague of the same side gets 409 REVIEW_EXISTS', async () => {
    const again = await review(deal, { rating: 1 }, smeColleague.accessToken);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REVIEW_EXISTS');
  });

  it('are revealed to both, and announced once, when the second side writes', async () => {
    const written = await review(deal, { rating: 5, body: '样品包装规范' }, provider());
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({
      authorSide: 'provider',
      subjectOrganizationId: sme.organizationId,
      revealed: true,
    });
    for (const token of [sme.accessToken, provider()]) {
      const both = await dealReviews(deal, token);
      expect(both.body.revealed).toBe(true);
      expect(both.body.items.map((r: { authorSide: string }) => r.authorSide)).toEqual(['requester', 'provider']);
    }
    expect(await revealedEvents(deal)).toBe(1);
    expect((await review(deal, { rating: 2 }, provider())).body.code).toBe('REVIEW_EXISTS');
    expect(await revealedEvents(deal)).toBe(1);

    // Public: what the requester said of the provider, never who said it.
    const publicList = await listingReviews(sem);
    expect(publicList.status).toBe(200);
    expect(publicList.body).toEqual({
      averageRating: 4,
      count: 1,
      total: 1,
      page: 1,
      limit: 20,
      items: [
        {
          id: expect.any(String),
          listingId: sem,
          listingTitle: expect.any(String),
          dealKind: 'sample_test',
          rating: 4,
          body: '报告专业，交付准时。',
          createdAt: expect.any(String),
        },
      ],
    });
    const smeStanding = await api.call('GET', `organizations/${sme.organizationId}/reviews`);
    expect(smeStanding.body).toMatchObject({ count: 0, items: [], asRequester: { averageRating: 5, count: 1 } });
  });

  it('is a 404 for anyone but the parties; 401 without a session', async () => {
    for (const token of [outsider.accessToken, world.operator.accessToken]) {
      expect((await review(deal, { rating: 3 }, token)).status).toBe(404);
      expect((await dealReviews(deal, token)).status).toBe(404);
    }
    expect((await api.call('GET', `deals/${deal}/reviews`)).status).toBe(401);
  });

  it.each<[string, unknown]>([
    ['a rating of 0', { rating: 0 }],
    ['a rating of 6', { rating: 6 }],
    ['a fractional rating', { rating: 3.5 }],
    ['a rating as text', { rating: '5' }],
    ['no rating', { body: '很好' }],
    ['a body over 2000 characters', { rating: 5, body: '好'.repeat(2001) }],
    ['an unknown field', { rating: 5, stars: 5 }],
  ])('refuses %s (400)', async (_what, body) => {
    const refused = await review(deal, body, smeColleague.accessToken);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('a lone review', () => {
  it('stays hidden for 14 days after the deal closed, then shows', async () => {
    const deal = await sampleTest(otherListing);
    const lone = await ok(review(deal, { rating: 2, body: '报告延迟两天' }), 201);
    expect(lone.revealed).toBe(false);

    await db.query(`UPDATE deals SET closed_at = now() - interval '13 days 23 hours' WHERE id = $1`, [deal]);
    expect((await listingReviews(otherListing)).body.count).toBe(0);
    expect((await dealReviews(deal, provider())).body.items).toEqual([]);
    const sweep = app.api.get(RevealLapsedReviewsUseCase, { strict: false });
    await sweep.execute();
    expect(await revealedEvents(deal)).toBe(0);

    await db.query(`UPDATE deals SET closed_at = now() - interval '14 days 1 minute' WHERE id = $1`, [deal]);
    const shown = await listingReviews(otherListing);
    expect(shown.body).toMatchObject({ count: 1, averageRating: 2, items: [{ id: lone.id, rating: 2 }] });
    const seenByProvider = await dealReviews(deal, provider());
    expect(seenByProvider.body).toMatchObject({ revealed: true, items: [{ id: lone.id, authorSide: 'requester' }] });
    // Nobody wrote second: the hourly sweep tells both parties, once, as the system.
    expect(await revealedEvents(deal)).toBe(0);
    expect(await sweep.execute()).toBeGreaterThanOrEqual(1);
    expect(await revealedEvents(deal)).toBe(1);
    const [event] = await db.query(
      `SELECT payload FROM outbox WHERE type = 'deal.review_revealed' AND aggregate_id = $1`,
      [deal],
    );
    expect(event.payload).toMatchObject({ dealId: deal, actorSide: 'system', actorUserId: null });
    await sweep.execute();
    // The provider answering now reveals nothing new: no second announcement.
    await ok(review(deal, { rating: 4, body: '客户配合良好' }, provider()), 201);
    expect(await revealedEvents(deal)).toBe(1);
  });
});

describe('a licence', () => {
  it('is reviewable once agreed; a lone review shows 14 days after the agreement', async () => {
    const patent = await publishListing(api, world, corpusBody('P003'));
    const requested = await ok(
      api.call('POST', 'licence-requests', {
        token: sme.accessToken,
        body: {
          listingId: patent,
          licenceType: 'ordinary_licence',
          territory: 'CN',
          fieldOfUse: 'all',
          termMonths: 24,
          upfrontFeeFen: 10_000_000,
          royaltyPercent: 2,
        },
      }),
      201,
    );
    expect((await review(requested.id, { rating: 5 })).body.code).toBe('REVIEW_NOT_ALLOWED');
    expect((await ok(api.call('POST', `deals/${requested.id}/accept`, { token: provider() }))).state).toBe('accepted');

    const lone = await ok(review(requested.id, { rating: 3, body: '许可条款清晰' }), 201);
    expect(lone.revealed).toBe(false);
    // A licence never closes: the clock runs from its acceptance in the audit trail.
    await db.query(`UPDATE deals SET updated_at = now() - interval '30 days' WHERE id = $1`, [requested.id]);
    expect((await listingReviews(patent)).body.count).toBe(0);
    await db.query(
      `UPDATE deal_events SET created_at = now() - interval '15 days' WHERE deal_id = $1 AND to_state = 'accepted'`,
      [requested.id],
    );
    expect((await listingReviews(patent)).body).toMatchObject({ count: 1, averageRating: 3 });
    expect((await dealReviews(requested.id, provider())).body).toMatchObject({
      revealed: true,
      items: [{ rating: 3 }],
    });
  });
});

describe('ratings', () => {
  it('average to two decimals over revealed reviews only, by listing and by provider, and page', async () => {
    // sem has 4 (revealed above); add 5 and 2, both revealed, and a hidden 1.
    for (const rating of [5, 2]) {
      const deal = await sampleTest();
      await ok(review(deal, { rating }), 201);
      await ok(review(deal, { rating: 4 }, provider()), 201);
    }
    const hidden = await sampleTest();
    await ok(review(hidden, { rating: 1 }), 201);

    const list = await listingReviews(sem);
    expect(list.body).toMatchObject({ count: 3, averageRating: 3.67 });
    expect(list.body.items.map((r: { rating: number }) => r.rating)).toEqual([2, 5, 4]);
    const page2 = await listingReviews(sem, '?page=2&limit=2');
    expect(page2.body).toMatchObject({ count: 3, averageRating: 3.67, page: 2, limit: 2 });
    expect(page2.body.items.map((r: { rating: number }) => r.rating)).toEqual([4]);
    expect((await listingReviews(sem, '?page=9&limit=2')).body).toMatchObject({ count: 3, items: [] });

    // The provider across its listings: 4, 5, 2 on sem, 2 on the other, 3 on the patent → 3.2.
    const standing = await api.call('GET', `organizations/${world.provider.organizationId}/reviews`);
    expect(standing.status).toBe(200);
    expect(standing.body).toMatchObject({
      count: 5,
      averageRating: 3.2,
      asRequester: { count: 0, averageRating: null },
    });
    expect(standing.body.items.map((r: { listingId: string }) => r.listingId)).toEqual(
      expect.arrayContaining([sem, otherListing]),
    );
    expect(standing.body.items.map((r: { dealKind: string }) => r.dealKind)).toContain('licence');
    // The SME as a requester: 5, 4, 4 from the provider, and 4 on the lone review's deal.
    expect((await api.call('GET', `organizations/${sme.organizationId}/reviews`)).body.asRequester).toEqual({
      averageRating: 4.25,
      count: 4,
    });
  });

  it('are public, for listings the caller may see and organizations that exist', async () => {
    expect((await listingReviews(sem)).status).toBe(200);
    const draft = await ok(
      api.call('POST', 'listings', {
        token: provider(),
        body: equipmentBody({}, { serviceModes: ['sample_testing'] }),
      }),
      201,
    );
    expect((await listingReviews(draft.id)).status).toBe(404);
    expect((await listingReviews('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await api.call('GET', 'organizations/00000000-0000-4000-8000-000000000000/reviews')).status).toBe(404);
    expect((await listingReviews('not-a-uuid')).status).toBe(400);
    expect((await listingReviews(sem, '?limit=101')).status).toBe(400);
    expect((await listingReviews(sem, '?page=0')).status).toBe(400);
  });
});

describe('reviews landing together', () => {
  it('from both sides: both are taken, and revealed exactly once', async () => {
    const deal = await sampleTest();
    const [a, b] = await Promise.all([review(deal, { rating: 5 }), review(deal, { rating: 5 }, provider())]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await revealedEvents(deal)).toBe(1);
    expect([a.body.revealed, b.body.revealed]).toContain(true);
  });

  it('from one side twice: one is taken, the other is 409 REVIEW_EXISTS', async () => {
    const deal = await sampleTest();
    const results = await Promise.all([
      review(deal, { rating: 4 }),
      review(deal, { rating: 3 }, smeColleague.accessToken),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('REVIEW_EXISTS');
    expect(Number((await db.query(`SELECT count(*) AS n FROM reviews WHERE deal_id = $1`, [deal]))[0].n)).toBe(1);
  });
});
