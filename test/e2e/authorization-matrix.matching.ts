/**
 * The matching routes' rows of the authorization matrix: B (an SME) owns a demand with a
 * match on A's patent. B's members act on the demand and its matches; A's members, as the
 * matched provider, see it and may express interest; everyone else is told it does not
 * exist. Enterprise members post demands; operators and the platform admin act for none.
 */

import type { ActorName, MatrixRow, MatrixWorld } from './authorization-matrix.types';

const IP_LISTING = '7a1c2d3e-0000-4000-8000-00000000d001';
const DEMAND = '7a1c2d3e-0000-4000-8000-00000000d002';
const MATCH = '7a1c2d3e-0000-4000-8000-00000000d003';

const IP_DETAILS = {
  patentNumber: '202410111111.3',
  patentType: 'invention',
  legalStatus: 'granted',
  transactionTypes: ['ordinary_licence'],
  openLicence: { declared: false, royalty: null },
  ipc: ['B25J 9/16'],
  locarno: null,
  filingDate: null,
  licenceTerms: null,
};

const DEMAND_DETAILS = {
  technologyField: '机器人控制',
  licenceType: 'ordinary_licence',
  territory: 'CN',
  fieldOfUse: 'all',
  termMonths: 12,
};

/** A's published patent; B's open demand (version 1, visible to providers) with a fresh match on it. */
const demandOfB = async (w: MatrixWorld) => {
  await w.sql(
    `INSERT INTO listings (id, owner_organization_id, kind, status, title, description, category, region_code,
                           details, published_at)
     VALUES ($1, $2, 'ip', 'published', '矩阵撮合专利', '一种机器人力控方法', 'industrial-robotics', '320594',
             $3::jsonb, now())
     ON CONFLICT (id) DO UPDATE SET status = 'published', visibility = 'public'`,
    [IP_LISTING, w.a, JSON.stringify(IP_DETAILS)],
  );
  await w.sql(
    `INSERT INTO demands (id, organization_id, created_by, kind, title, description, region_code, details)
     VALUES ($1, $2, $3, 'ip', '矩阵测试需求', '需要机器人力控专利许可', '310115', $4::jsonb)
     ON CONFLICT (id) DO UPDATE SET status = 'open', status_reason = NULL, closed_at = NULL, version = 1,
                                    visibility = 'providers', title = '矩阵测试需求'`,
    [DEMAND, w.b, w.userB, JSON.stringify(DEMAND_DETAILS)],
  );
  await w.sql(
    `INSERT INTO demand_matches (id, demand_id, listing_id, provider_organization_id, score, factors)
     VALUES ($1, $2, $3, $4, 0.8, '[{"factor": "text", "contribution": 0.8, "text": "技术领域一致"}]'::jsonb)
     ON CONFLICT (id) DO UPDATE SET status = 'proposed', dismiss_reason = NULL, deal_id = NULL, deal_request = NULL,
                                    provider_interest_at = NULL, provider_interest_by = NULL`,
    [MATCH, DEMAND, IP_LISTING, w.a],
  );
};

/** B's members only: the demand's owner. */
const owner = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: 404,
  adminA: 404,
  memberB: status,
  operatorP: 404,
  operatorQ: 404,
  platformAdmin: 404,
});

const signedIn = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: status,
  adminA: status,
  memberB: status,
  operatorP: status,
  operatorQ: status,
  platformAdmin: status,
});

export const MATCHING_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/demands',
    request: () => ({
      method: 'POST',
      url: '/api/v1/demands',
      body: { kind: 'ip', title: '矩阵需求', description: '需要专利许可', details: DEMAND_DETAILS },
    }),
    // Operators and the platform admin act for no enterprise: 403 ENTERPRISE_MEMBER_REQUIRED.
    expect: {
      anonymous: 401,
      memberA: 201,
      adminA: 201,
      memberB: 201,
      operatorP: 403,
      operatorQ: 403,
      platformAdmin: 403,
    },
  },
  {
    route: 'GET /api/v1/demands',
    request: () => ({ method: 'GET', url: '/api/v1/demands' }),
    expect: signedIn(200),
  },
  {
    route: 'GET /api/v1/demands/:id',
    before: demandOfB,
    request: () => ({ method: 'GET', url: `/api/v1/demands/${DEMAND}` }),
    // The owner, and the provider matched to it (the demand lets providers see it).
    expect: { ...owner(200), memberA: 200, adminA: 200 },
  },
  {
    route: 'PATCH /api/v1/demands/:id',
    before: demandOfB,
    request: () => ({
      method: 'PATCH',
      url: `/api/v1/demands/${DEMAND}`,
      headers: { 'if-match': '"1"' },
      body: { title: '矩阵测试需求（改）' },
    }),
    expect: owner(200),
  },
  {
    route: 'POST /api/v1/demands/:id/close',
    before: demandOfB,
    request: () => ({ method: 'POST', url: `/api/v1/demands/${DEMAND}/close`, body: { reason: '矩阵' } }),
    expect: owner(200),
  },
  {
    route: 'POST /api/v1/demands/:id/fulfil',
    before: demandOfB,
    request: () => ({ method: 'POST', url: `/api/v1/demands/${DEMAND}/fulfil` }),
    expect: owner(200),
  },
  {
    route: 'GET /api/v1/demands/:id/matches',
    before: demandOfB,
    request: () => ({ method: 'GET', url: `/api/v1/demands/${DEMAND}/matches` }),
    expect: owner(200),
  },
  {
    route: 'POST /api/v1/demands/:id/matches/:matchId/dismiss',
    before: demandOfB,
    request: () => ({
      method: 'POST',
      url: `/api/v1/demands/${DEMAND}/matches/${MATCH}/dismiss`,
      body: { reason: '矩阵' },
    }),
    expect: owner(200),
  },
  {
    route: 'POST /api/v1/demands/:id/matches/:matchId/accept',
    before: demandOfB,
    request: () => ({ method: 'POST', url: `/api/v1/demands/${DEMAND}/matches/${MATCH}/accept` }),
    // B's member opens a licence request on A's patent, prefilled from the demand.
    expect: owner(201),
  },
  {
    route: 'GET /api/v1/matched-demands',
    request: () => ({ method: 'GET', url: '/api/v1/matched-demands' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/matches/:matchId/interest',
    before: demandOfB,
    request: () => ({ method: 'POST', url: `/api/v1/matches/${MATCH}/interest` }),
    // The matched provider's members only.
    expect: {
      anonymous: 401,
      memberA: 200,
      adminA: 200,
      memberB: 404,
      operatorP: 404,
      operatorQ: 404,
      platformAdmin: 404,
    },
  },
];
