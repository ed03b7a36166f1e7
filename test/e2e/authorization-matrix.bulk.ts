/**
 * Large catalogues (issue 22): an enterprise's imports, exports and calendar feeds are its
 * members' (404 for anyone else, nothing leaks); templates for enterprise members; a
 * listing's feed for its owner (403 for those who may see the listing, as its other
 * owner actions); bulk steps answer each listing as its own step; a feed URL needs no
 * sign-in (an unknown one is 404 to all); a booking's .ics is its parties' (404 for others).
 */
import { randomUUID } from 'node:crypto';
import { multipartForm } from '../support/uploads';
import type { ActorName, MatrixRow } from './authorization-matrix.types';

const A_MEMBERS_ONLY = (ok: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: ok,
  adminA: ok,
  memberB: 404,
  operatorP: 404,
  operatorQ: 404,
  platformAdmin: 404,
});

const LISTING_OWNER = (ok: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: ok,
  adminA: ok,
  memberB: 403,
  operatorP: 403,
  operatorQ: 403,
  platformAdmin: 403,
});

const CSV = Buffer.from('\uFEFF外部编号（externalRef）,类型（kind）,标题（title）\r\nM-1,capacity,矩阵\r\n', 'utf8');

export const BULK_ROWS: MatrixRow[] = [
  {
    route: 'GET /api/v1/listing-imports/template',
    request: () => ({ method: 'GET', url: '/api/v1/listing-imports/template?kind=capacity&format=csv' }),
    expect: {
      anonymous: 401,
      memberA: 200,
      adminA: 200,
      memberB: 200,
      operatorP: 403,
      operatorQ: 403,
      platformAdmin: 403,
    },
  },
  {
    route: 'POST /api/v1/organizations/:id/listing-imports',
    request: (w) => {
      const form = multipartForm([
        { name: 'dryRun', value: 'true' },
        { name: 'file', filename: 'listings.csv', contentType: 'text/csv', content: CSV },
      ]);
      return {
        method: 'POST',
        url: `/api/v1/organizations/${w.a}/listing-imports`,
        body: form.body,
        headers: form.headers,
      };
    },
    expect: A_MEMBERS_ONLY(202),
  },
  {
    route: 'GET /api/v1/listing-imports/:id',
    request: async (w) => {
      const { rows } = (await w.sql(
        `INSERT INTO listing_imports (organization_id, created_by, dry_run, format, status, finished_at)
         SELECT organization_id, user_id, true, 'csv', 'done', now() FROM memberships WHERE organization_id = $1 LIMIT 1
         RETURNING id`,
        [w.a],
      )) as { rows: Array<{ id: string }> };
      return { method: 'GET', url: `/api/v1/listing-imports/${rows[0].id}` };
    },
    expect: A_MEMBERS_ONLY(200),
  },
  {
    route: 'GET /api/v1/organizations/:id/listings/export',
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/listings/export?format=csv` }),
    expect: A_MEMBERS_ONLY(200),
  },
  {
    route: 'GET /api/v1/organizations/:id/deals/export',
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/deals/export?format=csv` }),
    expect: A_MEMBERS_ONLY(200),
  },
  {
    // Each listing is its own step: a listing nobody has is LISTING_NOT_FOUND in the results.
    route: 'POST /api/v1/listings/bulk',
    request: () => ({ method: 'POST', url: '/api/v1/listings/bulk', body: { action: 'archive', ids: [randomUUID()] } }),
    expect: {
      anonymous: 401,
      memberA: 200,
      adminA: 200,
      memberB: 200,
      operatorP: 200,
      operatorQ: 200,
      platformAdmin: 200,
    },
  },
  {
    route: 'GET /api/v1/listings/:id/calendar-feed',
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.equipment}/calendar-feed` }),
    expect: LISTING_OWNER(200),
  },
  {
    route: 'POST /api/v1/listings/:id/calendar-feed/rotate',
    request: (w) => ({ method: 'POST', url: `/api/v1/listings/${w.equipment}/calendar-feed/rotate` }),
    expect: LISTING_OWNER(200),
  },
  {
    route: 'DELETE /api/v1/listings/:id/calendar-feed',
    request: (w) => ({ method: 'DELETE', url: `/api/v1/listings/${w.equipment}/calendar-feed` }),
    expect: LISTING_OWNER(204),
  },
  {
    route: 'GET /api/v1/organizations/:id/calendar-feed',
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/calendar-feed` }),
    expect: A_MEMBERS_ONLY(200),
  },
  {
    route: 'POST /api/v1/organizations/:id/calendar-feed/rotate',
    request: (w) => ({ method: 'POST', url: `/api/v1/organizations/${w.a}/calendar-feed/rotate` }),
    expect: A_MEMBERS_ONLY(200),
  },
  {
    route: 'DELETE /api/v1/organizations/:id/calendar-feed',
    request: (w) => ({ method: 'DELETE', url: `/api/v1/organizations/${w.a}/calendar-feed` }),
    expect: A_MEMBERS_ONLY(204),
  },
  {
    route: 'GET /api/v1/calendar-feeds/:file',
    request: () => ({ method: 'GET', url: `/api/v1/calendar-feeds/${'x'.repeat(43)}.ics` }),
    expect: {
      anonymous: 404,
      memberA: 404,
      adminA: 404,
      memberB: 404,
      operatorP: 404,
      operatorQ: 404,
      platformAdmin: 404,
    },
  },
  {
    // A booking of its own, confirmed (whatever the rows before did to the matrix's deal).
    route: 'GET /api/v1/deals/:id/calendar.ics',
    request: async (w) => {
      const dealId = await w.freshBooking();
      await w.sql(`UPDATE deals SET state = 'confirmed', turn = NULL, hold_expires_at = NULL WHERE id = $1`, [dealId]);
      return { method: 'GET', url: `/api/v1/deals/${dealId}/calendar.ics` };
    },
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
];
