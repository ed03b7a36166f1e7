/**
 * The notifications context's rows of the authorization matrix: everyone's own inbox,
 * and webhooks that only the organization's owners and admins manage.
 */

import type { ActorName, MatrixRow, MatrixWorld } from './authorization-matrix.types';

/** A notification of A's admin, and a webhook of A's, with fixed ids the rows put back. */
const NOTIFICATION = '6f1c2d3e-0000-4000-8000-00000000a001';
const WEBHOOK = '6f1c2d3e-0000-4000-8000-00000000a002';

const signedIn = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: status,
  adminA: status,
  memberB: status,
  operatorP: status,
  operatorQ: status,
  platformAdmin: status,
});

/** Owners and admins of A; those who may know A's private side get 403, others 404. */
const ADMIN_OF_A = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: 403,
  adminA: status,
  memberB: 404,
  operatorP: 403,
  operatorQ: 404,
  platformAdmin: 403,
});

const unreadNotificationOfAdminA = (w: MatrixWorld) =>
  w.sql(
    `INSERT INTO notifications (id, user_id, organization_id, event_id, type, title, body)
     SELECT $2, user_id, $1, $2, 'deal.created', '矩阵通知', '矩阵通知'
       FROM memberships WHERE organization_id = $1 AND role = 'admin' ORDER BY created_at LIMIT 1
     ON CONFLICT (id) DO UPDATE SET read_at = NULL`,
    [w.a, NOTIFICATION],
  );

/** A approved in P (so P's operator moderates it), with webhook WEBHOOK and no other. */
const webhookOfA = async (w: MatrixWorld) => {
  await w.sql(`UPDATE park_memberships SET status = 'approved' WHERE park_id = $1 AND organization_id = $2`, [
    w.parkP,
    w.a,
  ]);
  await w.sql(`DELETE FROM webhook_endpoints WHERE organization_id = $1 AND id <> $2`, [w.a, WEBHOOK]);
  await w.sql(
    `INSERT INTO webhook_endpoints (id, organization_id, url, secret, event_types)
     VALUES ($2, $1, 'https://hooks.example.cn/matrix', 'matrix-secret', ARRAY['deal.created'])
     ON CONFLICT (id) DO NOTHING`,
    [w.a, WEBHOOK],
  );
};

export const NOTIFICATION_ROWS: MatrixRow[] = [
  {
    route: 'GET /api/v1/notifications',
    request: () => ({ method: 'GET', url: '/api/v1/notifications?unread=true' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/notifications/read-all',
    request: () => ({ method: 'POST', url: '/api/v1/notifications/read-all' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/notifications/:id/read',
    before: unreadNotificationOfAdminA,
    request: () => ({ method: 'POST', url: `/api/v1/notifications/${NOTIFICATION}/read` }),
    expect: { ...signedIn(404), adminA: 200 },
  },
  {
    route: 'POST /api/v1/organizations/:id/webhooks',
    before: webhookOfA,
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/organizations/${w.a}/webhooks`,
      body: { url: 'https://hooks.example.cn/matrix-new', events: ['deal.created'] },
    }),
    expect: ADMIN_OF_A(201),
  },
  {
    route: 'GET /api/v1/organizations/:id/webhooks',
    before: webhookOfA,
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/webhooks` }),
    expect: ADMIN_OF_A(200),
  },
  {
    route: 'PATCH /api/v1/organizations/:id/webhooks/:webhookId',
    before: webhookOfA,
    request: (w) => ({
      method: 'PATCH',
      url: `/api/v1/organizations/${w.a}/webhooks/${WEBHOOK}`,
      body: { active: false },
    }),
    expect: ADMIN_OF_A(200),
  },
  {
    route: 'DELETE /api/v1/organizations/:id/webhooks/:webhookId',
    before: webhookOfA,
    request: (w) => ({ method: 'DELETE', url: `/api/v1/organizations/${w.a}/webhooks/${WEBHOOK}` }),
    expect: ADMIN_OF_A(204),
  },
  {
    route: 'GET /api/v1/organizations/:id/webhooks/:webhookId/deliveries',
    before: webhookOfA,
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/webhooks/${WEBHOOK}/deliveries` }),
    expect: ADMIN_OF_A(200),
  },
];
