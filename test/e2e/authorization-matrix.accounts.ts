/**
 * The account lifecycle's rows of the authorization matrix: the public reset and
 * verification links, everyone's own account and devices, and users managed by platform
 * admins alone (403 for anyone else, as POST /parks answers).
 */

import { createHash, randomBytes } from 'node:crypto';
import type { ActorName, MatrixRow, MatrixWorld } from './authorization-matrix.types';

/** A user of no organization that the admin rows suspend and reinstate, with a fixed id the rows put back. */
const PROBE_USER = '6f1c2d3e-0000-4000-8000-00000000b001';
/** The account the matrix signs in as for fresh refresh tokens: its links are spent here. */
const LOGIN_PROBE = 'login.probe@example.cn';
const PASSWORD = 'correct horse battery staple';

const all = (status: number): Record<ActorName, number> => ({
  anonymous: status,
  memberA: status,
  adminA: status,
  memberB: status,
  operatorP: status,
  operatorQ: status,
  platformAdmin: status,
});
const signedIn = (status: number): Record<ActorName, number> => ({ ...all(status), anonymous: 401 });
const platformAdminOnly = (status: number): Record<ActorName, number> => ({
  ...signedIn(403),
  platformAdmin: status,
});

/** A fresh one-time link of the login probe's, written as the use case would: only its hash is stored. */
async function freshAccountToken(w: MatrixWorld, purpose: 'password_reset' | 'email_verification'): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await w.sql(
    `INSERT INTO account_tokens (user_id, purpose, token_hash, email, expires_at)
     SELECT id, $2, $3, email, now() + interval '1 hour' FROM users WHERE email = $1`,
    [LOGIN_PROBE, purpose, createHash('sha256').update(token).digest('hex')],
  );
  return token;
}

const probeUser = (suspended: boolean) => (w: MatrixWorld) =>
  w.sql(
    `INSERT INTO users (id, email, display_name, password_hash, suspended_at, suspended_reason)
     VALUES ($1, 'suspend.probe@example.cn', 'Probe', 'no password', CASE WHEN $2 THEN now() END,
             CASE WHEN $2 THEN '矩阵测试' END)
     ON CONFLICT (id) DO UPDATE SET suspended_at = EXCLUDED.suspended_at, suspended_reason = EXCLUDED.suspended_reason,
                                    suspended_by = NULL`,
    [PROBE_USER, suspended],
  );

export const ACCOUNT_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/auth/password-reset',
    request: () => ({ method: 'POST', url: '/api/v1/auth/password-reset', body: { email: 'nobody@example.cn' } }),
    expect: all(202),
  },
  {
    route: 'POST /api/v1/auth/password-reset/confirm',
    // The probe's password set to what it was, so its sign-ins keep working.
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      body: { token: await freshAccountToken(w, 'password_reset'), password: PASSWORD },
    }),
    expect: all(204),
  },
  {
    route: 'POST /api/v1/auth/verify-email',
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      body: { token: await freshAccountToken(w, 'email_verification') },
    }),
    expect: all(204),
  },
  {
    // Every actor's address is verified (an accepted invitation or a followed link): nothing to resend.
    route: 'POST /api/v1/auth/verify-email/resend',
    request: () => ({ method: 'POST', url: '/api/v1/auth/verify-email/resend' }),
    expect: signedIn(409),
  },
  {
    route: 'PATCH /api/v1/me',
    request: () => ({ method: 'PATCH', url: '/api/v1/me', body: { locale: 'zh-CN' } }),
    expect: signedIn(200),
  },
  {
    // The same password again (the platform admin's differs: 403 CURRENT_PASSWORD_INCORRECT).
    route: 'POST /api/v1/me/password',
    request: () => ({
      method: 'POST',
      url: '/api/v1/me/password',
      body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    }),
    expect: { ...signedIn(204), platformAdmin: 403 },
  },
  {
    route: 'POST /api/v1/me/email',
    request: (w) => ({
      method: 'POST',
      url: '/api/v1/me/email',
      body: { email: w.freshEmail(), currentPassword: PASSWORD },
    }),
    expect: { ...signedIn(202), platformAdmin: 403 },
  },
  {
    route: 'GET /api/v1/me/sessions',
    request: () => ({ method: 'GET', url: '/api/v1/me/sessions' }),
    expect: signedIn(200),
  },
  {
    // Signs the actor's other devices out; the session the matrix uses stays.
    route: 'DELETE /api/v1/me/sessions',
    request: () => ({ method: 'DELETE', url: '/api/v1/me/sessions' }),
    expect: signedIn(204),
  },
  {
    // Someone else's session (the login probe's): 404 for everyone.
    route: 'DELETE /api/v1/me/sessions/:id',
    request: async (w) => {
      const { rows } = (await w.sql(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 LIMIT 1`,
        [LOGIN_PROBE],
      )) as { rows: Array<{ id: string }> };
      return { method: 'DELETE', url: `/api/v1/me/sessions/${rows[0].id}` };
    },
    expect: signedIn(404),
  },
  {
    route: 'GET /api/v1/users',
    request: () => ({ method: 'GET', url: '/api/v1/users?q=probe' }),
    expect: platformAdminOnly(200),
  },
  {
    route: 'POST /api/v1/users/:id/suspend',
    before: probeUser(false),
    request: () => ({ method: 'POST', url: `/api/v1/users/${PROBE_USER}/suspend`, body: { reason: '矩阵测试' } }),
    expect: platformAdminOnly(200),
  },
  {
    route: 'POST /api/v1/users/:id/reinstate',
    before: probeUser(true),
    request: () => ({ method: 'POST', url: `/api/v1/users/${PROBE_USER}/reinstate` }),
    expect: platformAdminOnly(200),
  },
];
