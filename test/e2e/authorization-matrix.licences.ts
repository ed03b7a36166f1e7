/**
 * The licence routes' rows of the authorization matrix: enterprises other than the
 * patent's owner ask for licences, an agreement is read by its two parties only, and the
 * licences in force on a published patent are public.
 */

import type { MatrixRow, MatrixWorld } from './authorization-matrix.types';

/** A's published patent, a licence deal of B's on it and the exclusive agreement it ended in. */
const IP_LISTING = '7a1c2d3e-0000-4000-8000-00000000b001';
const LICENCE_DEAL = '7a1c2d3e-0000-4000-8000-00000000b002';
const AGREEMENT = '7a1c2d3e-0000-4000-8000-00000000b003';

const IP_DETAILS = {
  patentNumber: '202310123456.6',
  patentType: 'invention',
  legalStatus: 'granted',
  transactionTypes: ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'],
  openLicence: { declared: false, royalty: null },
  ipc: ['H01M 4/525'],
  locarno: null,
  filingDate: null,
  licenceTerms: null,
};

/**
 * A's patent, published and public, with B's exclusive licence for Jiangsu in force (so a
 * request for another territory is free to go ahead).
 */
const licensedPatentOfA = async (w: MatrixWorld) => {
  await w.sql(
    `INSERT INTO listings (id, owner_organization_id, kind, status, title, description, category, region_code,
                           details, published_at)
     VALUES ($1, $2, 'ip', 'published', '矩阵测试专利', '一种矩阵测试用的正极材料包覆方法', 'new-energy-batteries',
             '320594', $3::jsonb, now())
     ON CONFLICT (id) DO UPDATE SET status = 'published', visibility = 'public'`,
    [IP_LISTING, w.a, JSON.stringify(IP_DETAILS)],
  );
  await w.sql(
    `INSERT INTO deals (id, kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                        provider_organization_id, state, turn, terms)
     SELECT $1, 'licence', $2, '矩阵测试专利', $3, m.user_id, $4, 'accepted', NULL, '{}'::jsonb
       FROM memberships m WHERE m.organization_id = $3 ORDER BY m.created_at LIMIT 1
     ON CONFLICT (id) DO NOTHING`,
    [LICENCE_DEAL, IP_LISTING, w.b, w.a],
  );
  await w.sql(
    `INSERT INTO licence_agreements (id, deal_id, listing_id, licensor_organization_id, licensee_organization_id,
                                     licence_type, territory, field_of_use, starts_on, ends_on, terms)
     VALUES ($1, $2, $3, $4, $5, 'exclusive_licence', '32', 'all', current_date, current_date + 365, '{}'::jsonb)
     ON CONFLICT (id) DO NOTHING`,
    [AGREEMENT, LICENCE_DEAL, IP_LISTING, w.a, w.b],
  );
};

export const LICENCE_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/licence-requests',
    before: licensedPatentOfA,
    request: () => ({
      method: 'POST',
      url: '/api/v1/licence-requests',
      body: {
        listingId: IP_LISTING,
        licenceType: 'ordinary_licence',
        territory: '44',
        fieldOfUse: '储能电池',
        termMonths: 12,
        upfrontFeeFen: 1_000_000,
        royaltyPercent: 1.5,
      },
    }),
    // A asks for a licence of its own patent: 422 OWN_LISTING; operators and the platform
    // admin act for no enterprise: 403 ENTERPRISE_MEMBER_REQUIRED.
    expect: {
      anonymous: 401,
      memberA: 422,
      adminA: 422,
      memberB: 201,
      operatorP: 403,
      operatorQ: 403,
      platformAdmin: 403,
    },
  },
  {
    route: 'GET /api/v1/licence-agreements/:id',
    before: licensedPatentOfA,
    request: () => ({ method: 'GET', url: `/api/v1/licence-agreements/${AGREEMENT}` }),
    // The parties only: moderators and the platform admin are told there is none.
    expect: {
      anonymous: 401,
      memberA: 200,
      adminA: 200,
      memberB: 200,
      operatorP: 404,
      operatorQ: 404,
      platformAdmin: 404,
    },
  },
  {
    route: 'GET /api/v1/listings/:id/licences',
    before: licensedPatentOfA,
    request: () => ({ method: 'GET', url: `/api/v1/listings/${IP_LISTING}/licences` }),
    expect: {
      anonymous: 200,
      memberA: 200,
      adminA: 200,
      memberB: 200,
      operatorP: 200,
      operatorQ: 200,
      platformAdmin: 200,
    },
  },
];
