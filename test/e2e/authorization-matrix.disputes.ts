/**
 * Credit code disputes' rows of the authorization matrix (issue 15, row 9). The disputed
 * enterprise is S, a member of park P that none of the actors belongs to: anyone may
 * file a dispute, confirm one with the token of its confirmation email, or follow one with its token; operators of P and platform admins review
 * S's disputes; other operators see an empty list and 404 for S's; members of enterprises
 * are refused the list (403) and told nothing of a dispute (404).
 */

import { createHash, randomBytes } from 'node:crypto';
import { makeUscc } from '../support/fixtures';
import { multipartForm, tinyPdf } from '../support/uploads';
import type { ActorName, MatrixRow, MatrixWorld } from './authorization-matrix.types';

const SQUATTER = '6f1c2d3e-0000-4000-8000-00000000d150';
const SQUATTER_USCC = makeUscc();

const reviewers = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: 404,
  adminA: 404,
  memberB: 404,
  operatorP: status,
  operatorQ: 404,
  platformAdmin: status,
});

/** S, in park P, holding its code and not frozen; no open dispute of it. */
async function squatterWithoutDispute(w: MatrixWorld): Promise<void> {
  await w.sql(
    `INSERT INTO organizations (id, kind, name, uscc, region_code) VALUES ($1, 'enterprise', '矩阵抢注企业有限公司', $2, '320594')
     ON CONFLICT (id) DO UPDATE SET uscc = EXCLUDED.uscc, frozen_reason = NULL, frozen_at = NULL`,
    [SQUATTER, SQUATTER_USCC],
  );
  await w.sql(
    `INSERT INTO park_memberships (park_id, organization_id, status) VALUES ($1, $2, 'approved') ON CONFLICT DO NOTHING`,
    [w.parkP, SQUATTER],
  );
  await w.sql(
    `UPDATE uscc_disputes SET status = 'dismissed', decided_at = now(), decision_reason = 'matrix'
      WHERE organization_id = $1 AND status = 'open'`,
    [SQUATTER],
  );
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** S's latest dispute (the POST row filed it, with a stored licence), none of S's disputes open. */
async function latestDispute(w: MatrixWorld): Promise<string> {
  await squatterWithoutDispute(w);
  const { rows } = (await w.sql(
    `SELECT id FROM uscc_disputes WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [SQUATTER],
  )) as { rows: Array<{ id: string }> };
  if (!rows[0]) throw new Error('no dispute of the matrix squatter: the POST /uscc-disputes row files them');
  return rows[0].id;
}

/** S's latest dispute unconfirmed again, its confirmation email carrying a token only the returned one matches. */
async function unconfirmedDispute(w: MatrixWorld): Promise<string> {
  const id = await latestDispute(w);
  const token = randomBytes(32).toString('base64url');
  await w.sql(
    `UPDATE uscc_disputes SET status = 'unconfirmed', confirmed_at = NULL, decided_at = NULL, decided_by = NULL,
            decision_reason = NULL, claim_token_hash = NULL, claim_expires_at = NULL,
            confirm_token_hash = $2, confirm_expires_at = now() + interval '1 hour' WHERE id = $1`,
    [id, tokenHash(token)],
  );
  await w.sql(`UPDATE organizations SET frozen_reason = NULL, frozen_at = NULL WHERE id = $1`, [SQUATTER]);
  return token;
}

/** S's latest dispute open again (confirmed), S frozen meanwhile. */
async function openDispute(w: MatrixWorld): Promise<string> {
  const id = await latestDispute(w);
  await w.sql(
    `UPDATE uscc_disputes SET status = 'open', decided_at = NULL, decided_by = NULL, decision_reason = NULL,
            claim_token_hash = NULL, claim_expires_at = NULL, confirmed_at = coalesce(confirmed_at, now()),
            follow_token_hash = coalesce(follow_token_hash, $2) WHERE id = $1`,
    [id, tokenHash(randomBytes(32).toString('base64url'))],
  );
  await w.sql(`UPDATE organizations SET frozen_reason = 'uscc_disputed', frozen_at = now() WHERE id = $1`, [SQUATTER]);
  return id;
}

export const DISPUTE_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/uscc-disputes',
    before: squatterWithoutDispute,
    request: () => {
      const form = multipartForm([
        { name: 'uscc', value: SQUATTER_USCC },
        { name: 'organizationName', value: '矩阵真正持有人有限公司' },
        { name: 'contactName', value: '王芳' },
        { name: 'email', value: 'claimant.matrix@example.cn' },
        { name: 'statement', value: '该代码属于我公司。' },
        { name: 'licence', filename: 'licence.pdf', content: tinyPdf() },
      ]);
      return { method: 'POST', url: '/api/v1/uscc-disputes', body: form.body, headers: form.headers };
    },
    expect: {
      anonymous: 201,
      memberA: 201,
      adminA: 201,
      memberB: 201,
      operatorP: 201,
      operatorQ: 201,
      platformAdmin: 201,
    },
  },
  {
    route: 'POST /api/v1/uscc-disputes/confirm',
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/uscc-disputes/confirm',
      body: { token: await unconfirmedDispute(w) },
    }),
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
  {
    route: 'POST /api/v1/uscc-disputes/follow',
    request: async (w) => {
      const id = await openDispute(w);
      const token = randomBytes(32).toString('base64url');
      await w.sql(`UPDATE uscc_disputes SET follow_token_hash = $2 WHERE id = $1`, [id, tokenHash(token)]);
      return { method: 'POST', url: '/api/v1/uscc-disputes/follow', body: { token } };
    },
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
  {
    route: 'GET /api/v1/uscc-disputes',
    request: () => ({ method: 'GET', url: '/api/v1/uscc-disputes' }),
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
  {
    route: 'GET /api/v1/uscc-disputes/:id',
    request: async (w) => ({ method: 'GET', url: `/api/v1/uscc-disputes/${await openDispute(w)}` }),
    expect: reviewers(200),
  },
  {
    route: 'GET /api/v1/uscc-disputes/:id/licence',
    request: async (w) => ({ method: 'GET', url: `/api/v1/uscc-disputes/${await openDispute(w)}/licence` }),
    expect: reviewers(200),
  },
  {
    route: 'POST /api/v1/uscc-disputes/:id/uphold',
    request: async (w) => ({
      method: 'POST',
      url: `/api/v1/uscc-disputes/${await openDispute(w)}/uphold`,
      body: { reason: '营业执照一致' },
    }),
    expect: reviewers(200),
  },
  {
    route: 'POST /api/v1/uscc-disputes/:id/dismiss',
    request: async (w) => ({
      method: 'POST',
      url: `/api/v1/uscc-disputes/${await openDispute(w)}/dismiss`,
      body: { reason: '证据不足' },
    }),
    expect: reviewers(200),
  },
];
