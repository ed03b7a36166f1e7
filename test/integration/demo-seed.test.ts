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
  expect(first).toMatchObject({ providers: 32, parks: 5, listings: 240, created: 240 });

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

  const second = await seedDemo(app.api, corpus);
  expect(second.created).toBe(0);
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM listings`);
  expect(total).toBe(240);
}, 120_000);
