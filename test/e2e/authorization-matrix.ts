/**
 * Every endpoint × every actor, with the status each must get. The e2e test walks it
 * all, and fails when the router has an endpoint this file lacks. Later features add
 * their rows here.
 *
 * Actors are named relative to enterprise A, which belongs to park P: a member and an
 * admin of A, a member of another enterprise B, the operator of P, the operator of
 * another park Q, and a platform admin.
 */
import { multipartForm, tinyPng } from '../support/uploads';
import { ACTORS, type ActorName, type MatrixRow, type MatrixWorld } from './authorization-matrix.types';
import { ACCOUNT_ROWS } from './authorization-matrix.accounts';
import { DEAL_ROWS } from './authorization-matrix.deals';
import { LICENCE_ROWS } from './authorization-matrix.licences';
import { MATCHING_ROWS } from './authorization-matrix.matching';
import { NOTIFICATION_ROWS } from './authorization-matrix.notifications';
import { DEAL_EXTRA_ROWS } from './authorization-matrix.deal-extras';
import { RESERVATION_ROWS } from './authorization-matrix.reservations';
import { DISPUTE_ROWS } from './authorization-matrix.disputes';
import { ANALYTICS_ROWS } from './authorization-matrix.analytics';
import { SOURCING_ROWS } from './authorization-matrix.sourcing';
import { BULK_ROWS } from './authorization-matrix.bulk';
import { CONSOLE_ROWS } from './authorization-matrix.console';
import { ORGANIZATION_ROWS } from './authorization-matrix.organizations';
import { ADMIN_ROWS } from './authorization-matrix.admin';
import { VERIFICATION_DOCUMENT_ROWS } from './authorization-matrix.verification-documents';

export * from './authorization-matrix.types';

const all = (status: number): Record<ActorName, number> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<ActorName, number>;
const signedIn = (status: number): Record<ActorName, number> => ({ ...all(status), anonymous: 401 });

const resetVerification = (w: MatrixWorld) =>
  w.sql(`UPDATE organizations SET verification_state = 'unverified', verification_reason = NULL WHERE id = $1`, [w.a]);

/** A verified and approved in P (earlier rows reject both), and its listing in `status`. */
const listingIn = (status: string) => async (w: MatrixWorld) => {
  await w.sql(`UPDATE organizations SET verification_state = 'verified' WHERE id = $1`, [w.a]);
  await w.sql(`UPDATE park_memberships SET status = 'approved' WHERE park_id = $1 AND organization_id = $2`, [
    w.parkP,
    w.a,
  ]);
  await w.sql(`DELETE FROM listing_revisions WHERE listing_id = $1`, [w.listing]);
  await w.sql(`UPDATE listings SET status = $2, status_reason = NULL, visibility = 'public' WHERE id = $1`, [
    w.listing,
    status,
  ]);
};

const listingVersion = async (w: MatrixWorld) =>
  ((await w.sql(`SELECT version FROM listings WHERE id = $1`, [w.listing])) as { rows: Array<{ version: number }> })
    .rows[0].version;

/** Rows for the owner's actions on A's listing, and for a moderator's. */
const OWNER_ACTION = {
  anonymous: 401,
  memberA: 200,
  adminA: 200,
  memberB: 404,
  operatorP: 403,
  operatorQ: 404,
  platformAdmin: 403,
};
const MODERATOR_ACTION = {
  anonymous: 401,
  memberA: 403,
  adminA: 403,
  memberB: 404,
  operatorP: 200,
  operatorQ: 404,
  platformAdmin: 200,
};

/** A's 专精特新 badge, claimed and awaiting review. */
const pendingBadge = (w: MatrixWorld) =>
  w.sql(`UPDATE organizations SET badge = $2::jsonb WHERE id = $1`, [
    w.a,
    JSON.stringify({
      tier: 'little_giant',
      issuingAuthority: '工业和信息化部',
      certificateNumber: 'XJR-2025-001',
      expiresOn: '2029-12-31',
      status: 'pending',
    }),
  ]);

export const MATRIX: MatrixRow[] = [
  // platform
  { route: 'GET /health/live', request: () => ({ method: 'GET', url: '/health/live' }), expect: all(200) },
  { route: 'GET /health/ready', request: () => ({ method: 'GET', url: '/health/ready' }), expect: all(200) },
  { route: 'GET /metrics', request: () => ({ method: 'GET', url: '/metrics' }), expect: all(200) },

  // identity: sessions
  {
    route: 'POST /api/v1/auth/register',
    request: (w) => ({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        organization: { name: '矩阵测试企业有限公司', uscc: w.freshUscc() },
        user: { email: w.freshEmail(), password: 'matrix test password', displayName: 'M' },
      },
    }),
    expect: all(201),
  },
  {
    route: 'POST /api/v1/auth/login',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: 'login.probe@example.cn', password: 'correct horse battery staple' },
    }),
    expect: all(200),
  },
  {
    route: 'POST /api/v1/auth/refresh',
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      body: { refreshToken: await w.freshRefreshToken() },
    }),
    expect: all(200),
  },
  {
    route: 'POST /api/v1/auth/logout',
    request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
    freshSession: true,
    expect: signedIn(204),
  },
  { route: 'GET /api/v1/me', request: () => ({ method: 'GET', url: '/api/v1/me' }), expect: signedIn(200) },
  ...ACCOUNT_ROWS,

  // identity: organizations
  {
    route: 'GET /api/v1/organizations/:id',
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}` }),
    expect: all(200),
  },
  {
    route: 'PATCH /api/v1/organizations/:id',
    request: (w) => ({ method: 'PATCH', url: `/api/v1/organizations/${w.a}`, body: { description: '精密加工' } }),
    expect: {
      anonymous: 401,
      memberA: 403,
      adminA: 200,
      memberB: 404,
      operatorP: 403,
      operatorQ: 404,
      platformAdmin: 403,
    },
  },
  {
    route: 'GET /api/v1/organizations/:id/members',
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/members` }),
    expect: {
      anonymous: 401,
      memberA: 200,
      adminA: 200,
      memberB: 404,
      operatorP: 403,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },
  {
    route: 'POST /api/v1/organizations/:id/invitations',
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/organizations/${w.a}/invitations`,
      body: { email: w.freshEmail(), role: 'member' },
    }),
    expect: {
      anonymous: 401,
      memberA: 403,
      adminA: 201,
      memberB: 404,
      operatorP: 403,
      operatorQ: 404,
      platformAdmin: 403,
    },
  },
  {
    route: 'POST /api/v1/invitations/accept',
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      body: { token: await w.freshInvitationToken(), password: 'matrix test password 1' },
    }),
    expect: all(200),
  },
  {
    route: 'POST /api/v1/organizations/:id/verify',
    before: resetVerification,
    request: (w) => ({ method: 'POST', url: `/api/v1/organizations/${w.a}/verify` }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },
  {
    route: 'POST /api/v1/organizations/:id/reject-verification',
    before: resetVerification,
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/organizations/${w.a}/reject-verification`,
      body: { reason: '营业执照已过期' },
    }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },
  {
    route: 'POST /api/v1/organizations/:id/badge/verify',
    before: pendingBadge,
    request: (w) => ({ method: 'POST', url: `/api/v1/organizations/${w.a}/badge/verify` }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },
  {
    route: 'POST /api/v1/organizations/:id/badge/reject',
    before: pendingBadge,
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/organizations/${w.a}/badge/reject`,
      body: { reason: '证书编号查无此证' },
    }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },

  // identity: parks
  {
    route: 'POST /api/v1/parks',
    request: (w) => ({
      method: 'POST',
      url: '/api/v1/parks',
      body: {
        name: `矩阵园区${w.freshUscc().slice(8, 16)}`,
        regionCode: '320594',
        operator: { name: '矩阵园区运营公司', adminEmail: w.freshEmail() },
      },
    }),
    expect: { ...signedIn(403), platformAdmin: 201 },
  },
  { route: 'GET /api/v1/parks', request: () => ({ method: 'GET', url: '/api/v1/parks' }), expect: all(200) },
  {
    route: 'GET /api/v1/parks/:id',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}` }),
    expect: all(200),
  },
  {
    route: 'POST /api/v1/parks/:id/memberships',
    before: (w) => w.sql(`DELETE FROM park_memberships WHERE park_id = $1 AND organization_id = $2`, [w.parkQ, w.a]),
    request: (w) => ({ method: 'POST', url: `/api/v1/parks/${w.parkQ}/memberships`, body: { organizationId: w.a } }),
    expect: {
      anonymous: 401,
      memberA: 403,
      adminA: 202,
      memberB: 404,
      operatorP: 403,
      operatorQ: 404,
      platformAdmin: 403,
    },
  },
  {
    route: 'GET /api/v1/parks/:id/memberships',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/memberships` }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },
  {
    route: 'POST /api/v1/parks/:id/memberships/:organizationId/approve',
    before: (w) =>
      w.sql(`UPDATE park_memberships SET status = 'pending' WHERE park_id = $1 AND organization_id = $2`, [
        w.parkP,
        w.a,
      ]),
    request: (w) => ({ method: 'POST', url: `/api/v1/parks/${w.parkP}/memberships/${w.a}/approve` }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },
  {
    route: 'POST /api/v1/parks/:id/memberships/:organizationId/reject',
    before: (w) =>
      w.sql(`UPDATE park_memberships SET status = 'pending' WHERE park_id = $1 AND organization_id = $2`, [
        w.parkP,
        w.a,
      ]),
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/parks/${w.parkP}/memberships/${w.a}/reject`,
      body: { reason: '不在园区范围内' },
    }),
    expect: {
      anonymous: 401,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 200,
      operatorQ: 404,
      platformAdmin: 200,
    },
  },

  // listings
  {
    route: 'POST /api/v1/listings',
    request: (w) => ({ method: 'POST', url: '/api/v1/listings', body: w.listingBody }),
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
    route: 'GET /api/v1/listings/:id',
    before: listingIn('pending_review'),
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.listing}` }),
    expect: { ...MODERATOR_ACTION, anonymous: 404, memberA: 200, adminA: 200 },
  },
  {
    route: 'PATCH /api/v1/listings/:id',
    before: listingIn('draft'),
    request: async (w) => ({
      method: 'PATCH',
      url: `/api/v1/listings/${w.listing}`,
      body: { version: await listingVersion(w), description: '配备五轴联动加工中心，可承接钛合金结构件。' },
    }),
    expect: OWNER_ACTION,
  },
  {
    route: 'POST /api/v1/listings/:id/submit',
    before: listingIn('draft'),
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.listing}/submit` }),
    expect: OWNER_ACTION,
  },
  {
    route: 'POST /api/v1/listings/:id/archive',
    before: listingIn('draft'),
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.listing}/archive` }),
    expect: OWNER_ACTION,
  },
  {
    route: 'POST /api/v1/listings/:id/withdraw-revision',
    before: async (w) => {
      await listingIn('published')(w);
      await w.sql(
        `INSERT INTO listing_revisions (listing_id, status, content) SELECT id, 'pending', '{}'::jsonb FROM listings WHERE id = $1`,
        [w.listing],
      );
    },
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.listing}/withdraw-revision` }),
    // The listing is live, so everyone sees it: those not its owner are told why (403).
    expect: { ...OWNER_ACTION, memberB: 403, operatorQ: 403 },
  },
  {
    route: 'POST /api/v1/listings/:id/approve',
    before: listingIn('pending_review'),
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.listing}/approve` }),
    expect: MODERATOR_ACTION,
  },
  {
    route: 'POST /api/v1/listings/:id/reject',
    before: listingIn('pending_review'),
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.listing}/reject`, body: { reason: '信息不完整' } }),
    expect: MODERATOR_ACTION,
  },
  {
    route: 'POST /api/v1/listings/:id/suspend',
    before: listingIn('published'),
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/listings/${w.listing}/suspend`,
      body: { reason: '涉嫌虚假信息' },
    }),
    // published and public: outsiders may know it exists, so they are told why not (403)
    expect: { ...MODERATOR_ACTION, memberB: 403, operatorQ: 403 },
  },
  {
    route: 'POST /api/v1/listings/:id/reinstate',
    before: listingIn('suspended'),
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.listing}/reinstate` }),
    expect: MODERATOR_ACTION,
  },
  {
    route: 'POST /api/v1/listings/:id/reports',
    before: listingIn('published'),
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/listings/${w.listing}/reports`,
      body: { reason: '联系方式无效' },
    }),
    expect: signedIn(201),
  },
  {
    route: 'GET /api/v1/listings/:id/audit',
    before: listingIn('published'),
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.listing}/audit` }),
    expect: { ...MODERATOR_ACTION, memberA: 200, adminA: 200 },
  },
  {
    route: 'POST /api/v1/listings/:id/attachments',
    before: listingIn('draft'),
    request: (w) => {
      const form = multipartForm([
        { name: 'purpose', value: 'photo' },
        { name: 'file', filename: '车间.png', contentType: 'image/png', content: tinyPng() },
      ]);
      return {
        method: 'POST',
        url: `/api/v1/listings/${w.listing}/attachments`,
        body: form.body,
        headers: form.headers,
      };
    },
    expect: { ...OWNER_ACTION, memberA: 201, adminA: 201 },
  },
  {
    route: 'GET /api/v1/listings/:id/attachments',
    before: listingIn('pending_review'),
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.listing}/attachments` }),
    expect: { ...MODERATOR_ACTION, anonymous: 404, memberA: 200, adminA: 200 },
  },
  {
    route: 'GET /api/v1/listings/:id/attachments/:attachmentId',
    before: listingIn('pending_review'),
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.listing}/attachments/${w.attachment}` }),
    expect: { ...MODERATOR_ACTION, anonymous: 404, memberA: 200, adminA: 200 },
  },
  {
    route: 'DELETE /api/v1/listings/:id/attachments/:attachmentId',
    before: listingIn('draft'),
    request: async (w) => ({
      method: 'DELETE',
      url: `/api/v1/listings/${w.listing}/attachments/${await w.freshAttachment()}`,
    }),
    expect: { ...OWNER_ACTION, memberA: 204, adminA: 204 },
  },
  {
    route: 'GET /api/v1/moderation/listings',
    request: () => ({ method: 'GET', url: '/api/v1/moderation/listings' }),
    expect: {
      anonymous: 401,
      memberA: 403,
      adminA: 403,
      memberB: 403,
      operatorP: 200,
      operatorQ: 200,
      platformAdmin: 200,
    },
  },

  // search: public; park-only listings are filtered per caller inside the results
  {
    route: 'GET /api/v1/search/listings',
    request: () => ({
      method: 'GET',
      url: `/api/v1/search/listings?q=${encodeURIComponent('五轴加工')}&kind=capacity`,
    }),
    expect: all(200),
  },
  {
    route: 'GET /api/v1/search/suggestions',
    request: () => ({ method: 'GET', url: `/api/v1/search/suggestions?q=${encodeURIComponent('五轴')}` }),
    expect: all(200),
  },
  // regions: the division tree for the cascader, public and the same for everyone
  {
    route: 'GET /api/v1/regions',
    request: () => ({ method: 'GET', url: '/api/v1/regions' }),
    expect: all(200),
  },
  {
    route: 'GET /api/v1/organizations/:id/listings',
    before: listingIn('pending_review'),
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/listings` }),
    expect: all(200),
  },
  ...NOTIFICATION_ROWS,
  ...DEAL_ROWS,
  ...LICENCE_ROWS,
  ...RESERVATION_ROWS,
  ...DEAL_EXTRA_ROWS,
  ...DISPUTE_ROWS,
  ...MATCHING_ROWS,
  ...ORGANIZATION_ROWS,
  ...ANALYTICS_ROWS,
  ...SOURCING_ROWS,
  ...BULK_ROWS,
  ...CONSOLE_ROWS,
  ...ADMIN_ROWS,
  // last: its delete row leaves A unverified
  ...VERIFICATION_DOCUMENT_ROWS,
];
