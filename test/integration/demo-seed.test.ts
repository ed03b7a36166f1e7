import { DataSource } from 'typeorm';
import { readCorpus, seedDemo } from '../../apps/api/src/cli/demo-seed';
import { CORPUS_PATH } from '../support/corpus';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

it('loads the whole demo corpus through the use cases, published, and is idempotent', async () => {
  const corpus = readCorpus(CORPUS_PATH);
  const first = await seedDemo(app.api, corpus);
  expect(first).toMatchObject({ providers: 32, parks: 5, listings: 240, created: 240, rfqs: 4, quotes: 3, deals: 6 });

  const db = app.api.get(DataSource);
  const [{ published }] = await db.query(`SELECT count(*)::int AS published FROM listings WHERE status = 'published'`);
  expect(published).toBe(240);
  const [{ verified }] = await db.query(
    `SELECT count(*)::int AS verified FROM organizations WHERE kind = 'enterprise' AND verification_state = 'verified'`,
  );
  expect(verified).toBe(32);
  // Every published listing was announced for search and matching.
  const [{ events }] = await db.query(`SELECT count(*)::int AS events FROM outbox WHERE type = 'listing.published'`);
  expect(events).toBe(240);

  // Something for every page: open RFQs with quotes, 苏州工业园区's queues, deals, industries.
  const counts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM listings)::int AS listings,
                (SELECT count(*) FROM listings WHERE status = 'pending_review')::int AS pending,
                (SELECT count(*) FROM listing_revisions WHERE status = 'pending')::int AS revisions,
                (SELECT count(*) FROM rfqs WHERE status = 'open')::int AS rfqs,
                (SELECT count(*) FROM rfq_quotes)::int AS quotes,
                (SELECT count(*) FROM rfq_attachments)::int AS drawings,
                (SELECT count(*) FROM park_memberships WHERE status = 'pending')::int AS requests,
                (SELECT count(*) FROM organizations WHERE kind = 'enterprise' AND verification_state <> 'verified')::int AS unverified,
                (SELECT count(*) FROM organizations WHERE industry_division IS NOT NULL)::int AS classified,
                (SELECT count(*) FROM verification_documents)::int AS documents,
                (SELECT count(*) FROM outbox)::int AS events,
                (SELECT jsonb_object_agg(kind || ':' || state, n) FROM
                   (SELECT kind, state, count(*)::int AS n FROM deals GROUP BY 1, 2) d) AS deals`,
      )
    )[0];
  const seeded = await counts();
  expect(seeded).toMatchObject({
    listings: 241,
    pending: 1,
    revisions: 1,
    rfqs: 4,
    quotes: 3,
    drawings: 1,
    requests: 1,
    classified: 33,
    documents: 1,
  });
  // Their events wait in the outbox for the worker (analytics, notifications) to pick up.
  const [{ dealEvents }] = await db.query(
    `SELECT count(*)::int AS "dealEvents" FROM outbox WHERE type = 'deal.created'`,
  );
  expect(dealEvents).toBe(6);
  expect(seeded.deals).toEqual({
    'booking:confirmed': 3,
    'reservation:accepted': 1,
    'licence:accepted': 2,
  });

  const second = await seedDemo(app.api, corpus);
  expect(second).toMatchObject({ created: 0, quotes: 0, deals: 0 });
  expect(await counts()).toEqual(seeded);
}, 120_000);
