import { Client } from 'pg';
import { registeredRoutes } from '../../apps/api/src/bootstrap';
import { QUEUE_BOARD_PATH } from '../../apps/api/src/admin/queue-board-pass';
import { WEB_APP_ROUTES } from '../../apps/api/src/web/web-app';
import { listingBody, loadCorpus } from '../support/corpus';
import { chinaTime, equipmentBody } from '../support/deals';
import { Api, ADMIN_ENV, GOOD_PASSWORD, makeUscc, type Session, TEST_ADMIN, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm, tinyPdf, tinyPng } from '../support/uploads';
import { ACTORS, type ActorName, MATRIX, type MatrixWorld } from './authorization-matrix';

let app: TestApp;
let api: Api;
let db: Client;
let world: MatrixWorld;
const credentials = new Map<ActorName, string>();
const sessions = new Map<ActorName, Session>();

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();

  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  const a = await api.registerEnterprise();
  const b = await api.registerEnterprise({ regionCode: '310115' });
  const p = await api.createPark(admin.accessToken, '矩阵园区P');
  const q = await api.createPark(admin.accessToken, '矩阵园区Q', '310115');
  await api.call('POST', `parks/${p.parkId}/memberships`, {
    token: a.accessToken,
    body: { organizationId: a.organizationId },
  });
  await api.call('POST', `parks/${p.parkId}/memberships/${a.organizationId}/approve`, {
    token: p.operator.accessToken,
  });
  const memberA = await api.addMember(a.organizationId, a.accessToken, 'member');
  const adminA = await api.addMember(a.organizationId, a.accessToken, 'admin');
  const memberB = await api.addMember(b.organizationId, b.accessToken, 'member');
  await api.registerEnterprise({ email: 'login.probe@example.cn' });
  await api.call('POST', `organizations/${a.organizationId}/verify`, { token: p.operator.accessToken });
  const body = listingBody(loadCorpus().find((l) => l.ref === 'C001')!);
  const listing = await api.call('POST', 'listings', { token: a.accessToken, body });
  const freshAttachment = async () => {
    const form = multipartForm([
      { name: 'purpose', value: 'photo' },
      { name: 'file', filename: 'matrix.png', content: tinyPng() },
    ]);
    const uploaded = await api.call('POST', `listings/${listing.body.id}/attachments`, {
      token: a.accessToken,
      body: form.body,
      headers: form.headers,
    });
    if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
    return uploaded.body.id as string;
  };

  // Deals: A's equipment, published; B books it. Each booking takes a slot of its own.
  const equipment = await api.call('POST', 'listings', { token: a.accessToken, body: equipmentBody() });
  await api.call('POST', `listings/${equipment.body.id}/submit`, { token: a.accessToken });
  await api.call('POST', `listings/${equipment.body.id}/approve`, { token: p.operator.accessToken });
  let slot = 0;
  const bookingBody = () => {
    const n = slot++;
    const hour = String(9 + (n % 9)).padStart(2, '0');
    return {
      listingId: equipment.body.id,
      serviceMode: 'technician_operated',
      start: chinaTime(1 + (Math.floor(n / 9) % 5), `${hour}:00`, 3, Math.floor(n / 45)),
      end: chinaTime(1 + (Math.floor(n / 9) % 5), `${hour}:30`, 3, Math.floor(n / 45)),
    };
  };
  const freshBooking = async () => {
    const booked = await api.call('POST', 'bookings', { token: b.accessToken, body: bookingBody() });
    if (booked.status !== 201) throw new Error(`booking failed: ${booked.status} ${JSON.stringify(booked.body)}`);
    return booked.body.id as string;
  };

  const uploadVerificationDocument = async () => {
    const form = multipartForm([
      { name: 'kind', value: 'business_licence' },
      { name: 'file', filename: 'matrix-licence.pdf', content: tinyPdf() },
    ]);
    const uploaded = await api.call('POST', `organizations/${a.organizationId}/verification-documents`, {
      token: a.accessToken,
      body: form.body,
      headers: form.headers,
    });
    if (uploaded.status !== 201)
      throw new Error(`verification document upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
    return uploaded.body.id as string;
  };

  const meOf = async (token: string) => (await api.call('GET', 'me', { token })).body.email as string;
  credentials.set('memberA', memberA.email);
  credentials.set('adminA', adminA.email);
  credentials.set('memberB', memberB.email);
  credentials.set('operatorP', await meOf(p.operator.accessToken));
  credentials.set('operatorQ', await meOf(q.operator.accessToken));
  credentials.set('platformAdmin', TEST_ADMIN.email);

  world = {
    a: a.organizationId,
    b: b.organizationId,
    parkP: p.parkId,
    parkQ: q.parkId,
    listing: listing.body.id,
    listingBody: body,
    attachment: await freshAttachment(),
    freshAttachment,
    freshRefreshToken: async () => (await api.login('login.probe@example.cn')).refreshToken,
    freshInvitationToken: async () =>
      (
        await api.call('POST', `organizations/${b.organizationId}/invitations`, {
          token: b.accessToken,
          body: { email: uniqueEmail(), role: 'member' },
        })
      ).body.token,
    equipment: equipment.body.id,
    userB: (await api.call('GET', 'me', { token: memberB.accessToken })).body.id,
    deal: await freshBooking(),
    freshBooking,
    bookingBody,
    uploadDealDocument: async (dealId) => {
      const form = multipartForm([{ name: 'file', filename: 'matrix.pdf', content: tinyPdf() }]);
      const uploaded = await api.call('POST', `deals/${dealId}/documents`, {
        token: a.accessToken,
        body: form.body,
        headers: form.headers,
      });
      if (uploaded.status !== 201)
        throw new Error(`deal upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
      return uploaded.body.id as string;
    },
    verificationDocument: await uploadVerificationDocument(),
    uploadVerificationDocument,
    freshEmail: () => uniqueEmail('matrix'),
    freshUscc: () => makeUscc(),
    sql: (query, params) => db.query(query, params as unknown[]),
  };
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
});

async function sessionOf(actor: ActorName, fresh: boolean): Promise<string | undefined> {
  if (actor === 'anonymous') return undefined;
  const password = actor === 'platformAdmin' ? TEST_ADMIN.password : GOOD_PASSWORD;
  if (fresh || !sessions.has(actor)) {
    const session = await api.login(credentials.get(actor)!, password);
    if (fresh) return session.accessToken;
    sessions.set(actor, session);
  }
  return sessions.get(actor)!.accessToken;
}

describe('authorization matrix', () => {
  it('covers every route the API registers', () => {
    // The docs and the web app's files are the same for everyone (web-serving.test.ts covers the app);
    // the queue dashboard answers to its pass cookie, not to tokens (queue-board.test.ts walks it).
    const routes = registeredRoutes(app.api)
      .filter(({ path }) => !path.startsWith('/api/docs') && !path.startsWith(QUEUE_BOARD_PATH))
      .map(({ method, path }) => `${method} ${path}`)
      .filter((route) => !WEB_APP_ROUTES.includes(route));
    const covered = new Set(MATRIX.map((row) => row.route));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !routes.includes(route))).toEqual([]);
  });

  describe.each(MATRIX.map((row) => [row.route, row] as const))('%s', (_route, row) => {
    it.each(ACTORS.map((actor) => [actor, row.expect[actor]] as const))('%s → %i', async (actor, expected) => {
      await row.before?.(world);
      const token = await sessionOf(actor, row.freshSession === true);
      const request = await row.request(world);
      const response = await api.call(request.method, request.url, {
        token,
        body: request.body,
        headers: request.headers,
      });
      if (response.status !== expected) {
        throw new Error(
          `${row.route} as ${actor}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
      if (expected >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
    });
  });
});
