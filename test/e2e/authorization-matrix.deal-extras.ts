/**
 * The authorization matrix rows of a deal's documents, messages, report and reviews. As in
 * the deals rows, the world's deal is a request by B (memberB) on A's equipment: A's
 * members are its provider side, memberB its requester side, and everyone else is told
 * the deal does not exist (404). Reviews of listings and organizations are public.

 */
import { multipartForm, tinyPdf } from '../support/uploads';
import { type ActorName, type MatrixRow, type MatrixWorld, parties } from './authorization-matrix.types';

type Expect = Record<ActorName, number>;

const all = (status: number): Expect => ({
  anonymous: status,
  memberA: status,
  adminA: status,
  memberB: status,
  operatorP: status,
  operatorQ: status,
  platformAdmin: status,
});

const pdfForm = (filename: string) => multipartForm([{ name: 'file', filename, content: tinyPdf() }]);

/** A fresh deal of B's on A's equipment, moved (by SQL) into `state` as a `kind`. */
const freshDealIn = (kind: 'booking' | 'sample_test', state: string) => async (w: MatrixWorld) => {
  w.deal = await w.freshBooking();
  await w.sql(
    `UPDATE deals SET kind = $2, state = $3, hold_expires_at = NULL,
                      turn = CASE WHEN $3 = 'samples_received' THEN 'provider' END,
                      closed_at = CASE WHEN $3 = 'completed' THEN now() END
     WHERE id = $1`,
    [w.deal, kind, state],
  );
};

let document = '';

export const DEAL_EXTRA_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/deals/:id/documents',
    request: (w) => {
      const form = pdfForm('图纸.pdf');
      return { method: 'POST', url: `/api/v1/deals/${w.deal}/documents`, body: form.body, headers: form.headers };
    },
    expect: parties(201, 201),
  },
  {
    route: 'GET /api/v1/deals/:id/documents',
    request: (w) => ({ method: 'GET', url: `/api/v1/deals/${w.deal}/documents` }),
    expect: parties(200, 200),
  },
  {
    route: 'GET /api/v1/deals/:id/documents/:documentId',
    before: async (w) => {
      w.deal = await w.freshBooking();
      document = await w.uploadDealDocument(w.deal);
    },
    request: (w) => ({ method: 'GET', url: `/api/v1/deals/${w.deal}/documents/${document}` }),
    expect: parties(200, 200),
  },
  {
    // Only the provider of a sample test whose samples arrived delivers the report; the
    // requester is out of turn.
    route: 'POST /api/v1/deals/:id/report',
    before: freshDealIn('sample_test', 'samples_received'),
    request: (w) => {
      const form = pdfForm('检测报告.pdf');
      return { method: 'POST', url: `/api/v1/deals/${w.deal}/report`, body: form.body, headers: form.headers };
    },
    expect: parties(201, 409),
  },
  {
    route: 'POST /api/v1/deals/:id/messages',
    request: (w) => ({ method: 'POST', url: `/api/v1/deals/${w.deal}/messages`, body: { body: '请确认送样时间' } }),
    expect: parties(201, 201),
  },
  {
    route: 'GET /api/v1/deals/:id/messages',
    request: (w) => ({ method: 'GET', url: `/api/v1/deals/${w.deal}/messages` }),
    expect: parties(200, 200),
  },
  {
    // Each attempt gets a completed deal of its own, so each side writes its first review.
    route: 'POST /api/v1/deals/:id/reviews',
    before: freshDealIn('booking', 'completed'),
    request: (w) => ({ method: 'POST', url: `/api/v1/deals/${w.deal}/reviews`, body: { rating: 5 } }),
    expect: parties(201, 201),
  },
  {
    route: 'GET /api/v1/deals/:id/reviews',
    request: (w) => ({ method: 'GET', url: `/api/v1/deals/${w.deal}/reviews` }),
    expect: parties(200, 200),
  },
  {
    route: 'GET /api/v1/listings/:id/reviews',
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.equipment}/reviews` }),
    expect: all(200),
  },
  {
    route: 'GET /api/v1/organizations/:id/reviews',
    request: (w) => ({ method: 'GET', url: `/api/v1/organizations/${w.a}/reviews` }),
    expect: all(200),
  },
];
