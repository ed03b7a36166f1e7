/**
 * The park operator's console (issue 18): a park's verification queue, audit trail and
 * moderation reasons are for its operators and platform admins; anyone else gets 404
 * (nothing says the park's lists exist), the anonymous 401.
 */
import type { ActorName, MatrixRow } from './authorization-matrix.types';

const PARK_OPERATORS: Record<ActorName, number> = {
  anonymous: 401,
  memberA: 404,
  adminA: 404,
  memberB: 404,
  operatorP: 200,
  operatorQ: 404,
  platformAdmin: 200,
};

export const CONSOLE_ROWS: MatrixRow[] = [
  {
    route: 'GET /api/v1/parks/:id/verifications',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/verifications?state=all` }),
    expect: PARK_OPERATORS,
  },
  {
    route: 'GET /api/v1/parks/:id/audit',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/audit?action=create` }),
    expect: PARK_OPERATORS,
  },
  {
    route: 'GET /api/v1/parks/:id/reason-templates',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/reason-templates` }),
    expect: PARK_OPERATORS,
  },
  {
    route: 'PUT /api/v1/parks/:id/reason-templates',
    request: (w) => ({
      method: 'PUT',
      url: `/api/v1/parks/${w.parkP}/reason-templates`,
      body: { templates: [{ kind: 'reject', zh: '请补充资质证明。', en: 'Add the certificates.' }] },
    }),
    expect: PARK_OPERATORS,
  },
];
