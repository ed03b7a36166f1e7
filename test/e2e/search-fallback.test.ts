import net from 'node:net';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  // Meilisearch configured, but nothing listens where it should be.
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  app = await startTestApp({
    env: {
      SEARCH_ENGINE: 'meilisearch',
      MEILI_URL: `http://127.0.0.1:${port}`,
      MEILI_MASTER_KEY: 'test-master-key-0123456789',
    },
  });
});

afterAll(async () => {
  await app?.close();
});

it('answers from PostgreSQL and says so when Meilisearch is unreachable', async () => {
  const response = await app.api.inject({
    method: 'GET',
    url: '/api/v1/search/listings?q=%E6%89%AB%E6%8F%8F%E7%94%B5%E9%95%9C',
  });
  expect(response.statusCode).toBe(200);
  expect(response.json().engine).toBe('postgres');
});

it('reports search degraded, not down, in readiness', async () => {
  const response = await app.api.inject({ method: 'GET', url: '/health/ready' });
  expect(response.statusCode).toBe(200);
  expect(response.json().details.search).toMatchObject({ status: 'up', engine: 'postgres', degraded: true });
});
