/**
 * The rows of what an organization's owners and admins manage (issue 16): its
 * invitations and its members. Those who may know A's private side (its members, P's
 * operator, platform admins) are told 403; everyone else 404.
 */

import type { ActorName, MatrixRow, MatrixWorld } from './authorization-matrix.types';

/** A pending invitation of A's and a member of A, with fixed ids the rows put back. */
const INVITATION = '6f1c2d3e-0000-4000-8000-00000000b001';
const MEMBER = '6f1c2d3e-0000-4000-8000-00000000b002';

const ADMIN_OF_A = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: 403,
  adminA: status,
  memberB: 404,
  operatorP: 403,
  operatorQ: 404,
  platformAdmin: 403,
});

/** A approved in P (so P's operator moderates it). */
const approvedInP = (w: MatrixWorld) =>
  w.sql(`UPDATE park_memberships SET status = 'approved' WHERE park_id = $1 AND organization_id = $2`, [w.parkP, w.a]);

const pendingInvitationOfA = async (w: MatrixWorld) => {
  await approvedInP(w);
  await w.sql(`DELETE FROM invitations WHERE id = $1`, [INVITATION]);
  await w.sql(
    `INSERT INTO invitations (id, organization_id, email, role, token_hash, expires_at)
     VALUES ($2, $1, 'matrix.revoke@example.cn', 'member', encode(sha256(gen_random_uuid()::text::bytea), 'hex'),
             now() + interval '7 days')`,
    [w.a, INVITATION],
  );
};

/** MEMBER belongs to A as a plain member. */
const memberOfA = async (w: MatrixWorld) => {
  await approvedInP(w);
  await w.sql(
    `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'matrix.member@example.cn', 'M', 'x')
     ON CONFLICT (id) DO NOTHING`,
    [MEMBER],
  );
  await w.sql(
    `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'member')
     ON CONFLICT (user_id, organization_id) DO UPDATE SET role = 'member'`,
    [MEMBER, w.a],
  );
};

export const ORGANIZATION_ROWS: MatrixRow[] = [
  {
    route: 'GET /api/v1/organizations/:id/invitations',
    before: approvedInP,
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/invitations?status=pending` }),
    expect: ADMIN_OF_A(200),
  },
  {
    route: 'DELETE /api/v1/organizations/:id/invitations/:invitationId',
    before: pendingInvitationOfA,
    request: (w) => ({ method: 'DELETE', url: `/api/v1/organizations/${w.a}/invitations/${INVITATION}` }),
    expect: ADMIN_OF_A(204),
  },
  {
    route: 'PATCH /api/v1/organizations/:id/members/:userId',
    before: memberOfA,
    request: (w) => ({
      method: 'PATCH',
      url: `/api/v1/organizations/${w.a}/members/${MEMBER}`,
      body: { role: 'admin' },
    }),
    expect: ADMIN_OF_A(200),
  },
  {
    route: 'DELETE /api/v1/organizations/:id/members/:userId',
    before: memberOfA,
    request: (w) => ({ method: 'DELETE', url: `/api/v1/organizations/${w.a}/members/${MEMBER}` }),
    expect: ADMIN_OF_A(204),
  },
];
