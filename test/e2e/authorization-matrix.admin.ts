/**
 * Platform administration (issue 18): the queue dashboard's pass is for platform admins
 * alone. The dashboard itself (bull-board, under QUEUE_BOARD_PATH) answers to the pass
 * cookie, not to a bearer token; queue-board.test.ts walks every one of its routes.
 */
import type { MatrixRow } from './authorization-matrix.types';

export const ADMIN_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/admin/queue-board-pass',
    request: () => ({ method: 'POST', url: '/api/v1/admin/queue-board-pass' }),
    expect: {
      anonymous: 401,
      memberA: 403,
      adminA: 403,
      memberB: 403,
      operatorP: 403,
      operatorQ: 403,
      platformAdmin: 204,
    },
  },
];
