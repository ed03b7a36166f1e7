/**
 * Park analytics (issue 18): a park's figures for its operators and platform admins only
 * (404 for anyone else, nothing leaks: the park's own enterprises included); figures that
 * compare parks for platform admins alone (403, as the other platform-admin routes).
 */
import type { ActorName, MatrixRow } from './authorization-matrix.types';

const PARK_FIGURES: Record<ActorName, number> = {
  anonymous: 401,
  memberA: 404,
  adminA: 404,
  memberB: 404,
  operatorP: 200,
  operatorQ: 404,
  platformAdmin: 200,
};

export const ANALYTICS_ROWS: MatrixRow[] = [
  {
    route: 'GET /api/v1/parks/:id/analytics',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/analytics?from=2026-01-01&to=2026-12-31` }),
    expect: PARK_FIGURES,
  },
  {
    route: 'GET /api/v1/parks/:id/analytics/export',
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/analytics/export?format=csv` }),
    expect: PARK_FIGURES,
  },
  {
    route: 'GET /api/v1/analytics/platform',
    request: () => ({ method: 'GET', url: '/api/v1/analytics/platform' }),
    expect: {
      anonymous: 401,
      memberA: 403,
      adminA: 403,
      memberB: 403,
      operatorP: 403,
      operatorQ: 403,
      platformAdmin: 200,
    },
  },
];
