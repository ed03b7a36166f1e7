/**
 * The rows of an enterprise's verification documents: its owners and admins upload and
 * delete them; its members, its parks' operators and platform admins read them. Those
 * who may know A's private side are told 403 where they may not act; everyone else 404.
 */
import { multipartForm, tinyPdf } from '../support/uploads';
import type { ActorName, MatrixRow, MatrixWorld } from './authorization-matrix.types';

const ADMIN_OF_A = (status: number): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: 403,
  adminA: status,
  memberB: 404,
  operatorP: 403,
  operatorQ: 404,
  platformAdmin: 403,
});

const READERS_OF_A: Record<ActorName, number> = {
  anonymous: 401,
  memberA: 200,
  adminA: 200,
  memberB: 404,
  operatorP: 200,
  operatorQ: 404,
  platformAdmin: 200,
};

/** A approved in P (so P's operator moderates it). */
const approvedInP = (w: MatrixWorld) =>
  w.sql(`UPDATE park_memberships SET status = 'approved' WHERE park_id = $1 AND organization_id = $2`, [w.parkP, w.a]);

let fresh: string | undefined;

export const VERIFICATION_DOCUMENT_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/organizations/:id/verification-documents',
    before: approvedInP,
    request: (w) => {
      const form = multipartForm([
        { name: 'kind', value: 'business_licence' },
        { name: 'file', filename: '营业执照.pdf', contentType: 'application/pdf', content: tinyPdf() },
      ]);
      return {
        method: 'POST',
        url: `/api/v1/organizations/${w.a}/verification-documents`,
        body: form.body,
        headers: form.headers,
      };
    },
    expect: ADMIN_OF_A(201),
  },
  {
    route: 'GET /api/v1/organizations/:id/verification-documents',
    before: approvedInP,
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/verification-documents` }),
    expect: READERS_OF_A,
  },
  {
    route: 'GET /api/v1/organizations/:id/verification-documents/:documentId/file',
    before: approvedInP,
    request: (w) => ({
      method: 'GET',
      url: `/api/v1/organizations/${w.a}/verification-documents/${w.verificationDocument}/file`,
    }),
    expect: READERS_OF_A,
  },
  {
    route: 'DELETE /api/v1/organizations/:id/verification-documents/:documentId',
    // Not verified (documents of a verified enterprise stay), with a document of its own to delete.
    before: async (w) => {
      await approvedInP(w);
      await w.sql(
        `UPDATE organizations SET verification_state = 'unverified', verification_reason = NULL WHERE id = $1`,
        [w.a],
      );
      fresh = await w.uploadVerificationDocument();
    },
    request: (w) => ({
      method: 'DELETE',
      url: `/api/v1/organizations/${w.a}/verification-documents/${fresh}`,
    }),
    expect: ADMIN_OF_A(204),
  },
];
