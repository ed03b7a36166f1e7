/**
 * Sourcing (issue 19): A (verified, in park P) is the buyer of a public RFQ; B, an
 * enterprise elsewhere, may read it and quote. A's members take the buyer's steps; B's
 * the supplier's (A's own members get 403 OWN_RFQ); park P's operator and the platform
 * admin read it to moderate and take it down; park Q's operator, acting for no enterprise
 * and moderating nothing of A's, is told it does not exist. The order deal of an award
 * runs with A as supplier (provider) and B as buyer (requester).
 */
import { multipartForm, tinyPdf } from '../support/uploads';
import { type ActorName, type MatrixRow, type MatrixWorld, parties } from './authorization-matrix.types';

const RFQ = '7a1c2d3e-0000-4000-8000-00000000e001';
const QUESTION = '7a1c2d3e-0000-4000-8000-00000000e002';
const QUOTE = '7a1c2d3e-0000-4000-8000-00000000e003';
const ORDER = '7a1c2d3e-0000-4000-8000-00000000e004';
const ATTACHMENT = '7a1c2d3e-0000-4000-8000-00000000e005';

type Expect = Record<ActorName, number>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A's public RFQ in `status` (deadline a week ahead), with an NDA; nothing quoted, asked or taken down. */
const rfqOfA =
  (status: 'draft' | 'open' | 'closed' = 'open') =>
  async (w: MatrixWorld) => {
    await w.sql(`DELETE FROM rfq_quotes WHERE rfq_id = $1`, [RFQ]);
    await w.sql(`DELETE FROM rfq_questions WHERE rfq_id = $1`, [RFQ]);
    await w.sql(`DELETE FROM rfq_nda_acceptances WHERE rfq_id = $1`, [RFQ]);
    await w.sql(
      `INSERT INTO rfqs (id, organization_id, created_by, title, description, category, quantity, unit, delivery_date,
                       delivery_region_code, quote_deadline, visibility, park_ids, nda_text, status)
     VALUES ($1, $2, (SELECT user_id FROM memberships WHERE organization_id = $2 ORDER BY created_at LIMIT 1),
             '矩阵询价', '铝合金壳体', '机械加工', 1000, 'piece', $3, '320594', $4, 'public', ARRAY[$5]::uuid[],
             '保密协议', $6)
     ON CONFLICT (id) DO UPDATE SET status = $6, quote_deadline = $4, taken_down_at = NULL, taken_down_reason = NULL,
                                    status_reason = NULL, closed_at = NULL, version = 1`,
      [RFQ, w.a, chinaDate(30), inDays(7), w.parkP, status],
    );
  };

/** The RFQ with B's live quote (closed when the quotes are to be read or awarded). */
const quotedRfq = (status: 'open' | 'closed') => async (w: MatrixWorld) => {
  await rfqOfA(status)(w);
  await w.sql(
    `INSERT INTO rfq_quotes (id, rfq_id, organization_id, submitted_by, price_breaks, lead_time_days, valid_until)
     VALUES ($1, $2, $3, $4, '[{"minQuantity": 1, "unitPriceFen": 1000}]'::jsonb, 10, $5)`,
    [QUOTE, RFQ, w.b, w.userB, chinaDate(30)],
  );
};

/** B's question, not answered yet. */
const askedRfq = async (w: MatrixWorld) => {
  await rfqOfA('open')(w);
  await w.sql(
    `INSERT INTO rfq_questions (id, rfq_id, organization_id, asked_by, question) VALUES ($1, $2, $3, $4, '可否分批？')`,
    [QUESTION, RFQ, w.b, w.userB],
  );
};

/** An order of B's (the buyer) from A (the supplier), in `state`. */
const orderIn = (state: string) => async (w: MatrixWorld) => {
  await w.sql(
    `INSERT INTO deals (id, kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                        provider_organization_id, state, turn, terms)
     VALUES ($1, 'order', NULL, '矩阵订单', $2, $3, $4, $5, NULL, '{"quantity": 1}'::jsonb)
     ON CONFLICT (id) DO UPDATE SET state = $5, closed_at = NULL`,
    [ORDER, w.b, w.userB, w.a, state],
  );
};

/** A's members (the buyer), B's (a supplier the RFQ is open to), P's operator and the admin (moderators). */
const roles = (buyer: number, supplier: number, moderator: number): Expect => ({
  anonymous: 401,
  memberA: buyer,
  adminA: buyer,
  memberB: supplier,
  operatorP: moderator,
  operatorQ: 404,
  platformAdmin: moderator,
});

const rfqBody = () => ({
  title: '矩阵新询价',
  description: '铝合金壳体 CNC 加工',
  category: '机械加工',
  quantity: 100,
  unit: 'piece',
  deliveryDate: chinaDate(40),
  deliveryRegionCode: '320594',
  quoteDeadline: inDays(7),
  visibility: 'public',
});

const quoteBody = () => ({
  priceBreaks: [{ minQuantity: 1, unitPriceFen: 900 }],
  leadTimeDays: 7,
  validUntil: chinaDate(20),
});

export const SOURCING_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/rfqs',
    request: () => ({ method: 'POST', url: '/api/v1/rfqs', body: rfqBody() }),
    // B is not verified (ORGANIZATION_NOT_VERIFIED); operators and the admin act for no enterprise.
    expect: { ...roles(201, 403, 403), operatorQ: 403 },
  },
  {
    route: 'GET /api/v1/rfqs',
    request: () => ({ method: 'GET', url: '/api/v1/rfqs' }),
    expect: { ...roles(200, 200, 200), operatorQ: 200 },
  },
  {
    route: 'GET /api/v1/rfqs/:id',
    before: rfqOfA('open'),
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}` }),
    expect: roles(200, 200, 200),
  },
  {
    route: 'PATCH /api/v1/rfqs/:id',
    before: rfqOfA('open'),
    request: () => ({ method: 'PATCH', url: `/api/v1/rfqs/${RFQ}`, body: { title: '矩阵询价（改）' } }),
    expect: roles(200, 403, 403),
  },
  {
    route: 'POST /api/v1/rfqs/:id/publish',
    before: rfqOfA('draft'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/publish` }),
    // A draft is the buyer's alone: a supplier cannot see it yet.
    expect: roles(200, 404, 403),
  },
  {
    route: 'POST /api/v1/rfqs/:id/close',
    before: rfqOfA('open'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/close` }),
    expect: roles(200, 403, 403),
  },
  {
    route: 'POST /api/v1/rfqs/:id/cancel',
    before: rfqOfA('open'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/cancel`, body: { reason: '矩阵' } }),
    expect: roles(200, 403, 403),
  },
  {
    route: 'POST /api/v1/rfqs/:id/take-down',
    before: rfqOfA('open'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/take-down`, body: { reason: '矩阵下架' } }),
    expect: roles(403, 403, 200),
  },
  {
    // Taken down, the RFQ is hidden from suppliers (404 for B); its moderators put it back.
    route: 'POST /api/v1/rfqs/:id/reinstate',
    before: async (w) => {
      await rfqOfA('open')(w);
      await w.sql(`UPDATE rfqs SET taken_down_at = now(), taken_down_reason = '矩阵下架' WHERE id = $1`, [RFQ]);
    },
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/reinstate`, body: { reason: '矩阵恢复' } }),
    expect: roles(403, 404, 200),
  },
  {
    // The audit trail: the buyer's members and its moderators; a supplier the RFQ is open
    // to is told it does not exist, like park Q's operator.
    route: 'GET /api/v1/rfqs/:id/audit',
    before: async (w) => {
      await rfqOfA('open')(w);
      await w.sql(`DELETE FROM rfq_audit WHERE rfq_id = $1`, [RFQ]);
      await w.sql(`INSERT INTO rfq_audit (rfq_id, action, reason) VALUES ($1, 'take_down', '矩阵下架')`, [RFQ]);
    },
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}/audit` }),
    expect: roles(200, 404, 200),
  },
  {
    // The operator console's list of park P's RFQs: like the other /parks/:id/* console
    // reads, for P's operators and the admin; the buyer, a supplier and Q's operator get 404.
    route: 'GET /api/v1/parks/:id/rfqs',
    before: rfqOfA('open'),
    request: (w) => ({ method: 'GET', url: `/api/v1/parks/${w.parkP}/rfqs?status=open` }),
    expect: { ...roles(404, 404, 200) },
  },
  {
    route: 'POST /api/v1/rfqs/:id/invitations',
    before: rfqOfA('open'),
    request: (w) => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/invitations`, body: { organizationIds: [w.b] } }),
    expect: roles(201, 403, 403),
  },
  {
    route: 'GET /api/v1/rfqs/:id/suggested-suppliers',
    before: rfqOfA('open'),
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}/suggested-suppliers` }),
    expect: roles(200, 403, 403),
  },
  {
    route: 'POST /api/v1/rfqs/:id/nda',
    before: rfqOfA('open'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/nda`, body: {} }),
    // The buyer accepts no NDA of its own (OWN_RFQ); moderators quote for nobody.
    expect: roles(403, 201, 404),
  },
  {
    route: 'POST /api/v1/rfqs/:id/attachments',
    before: rfqOfA('open'),
    request: () => {
      const form = multipartForm([{ name: 'file', filename: 'drawing.pdf', content: tinyPdf() }]);
      return { method: 'POST', url: `/api/v1/rfqs/${RFQ}/attachments`, body: form.body, headers: form.headers };
    },
    expect: roles(201, 403, 403),
  },
  {
    route: 'GET /api/v1/rfqs/:id/attachments',
    before: rfqOfA('open'),
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}/attachments` }),
    expect: roles(200, 200, 200),
  },
  {
    route: 'GET /api/v1/rfqs/:id/attachments/:attachmentId',
    before: rfqOfA('open'),
    // No such file; a supplier that has not accepted the NDA is refused before that is looked up.
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}/attachments/${ATTACHMENT}` }),
    expect: roles(404, 403, 404),
  },
  {
    route: 'GET /api/v1/rfqs/:id/questions',
    before: askedRfq,
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}/questions` }),
    expect: roles(200, 200, 200),
  },
  {
    route: 'POST /api/v1/rfqs/:id/questions',
    before: rfqOfA('open'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/questions`, body: { question: '交期可否提前？' } }),
    expect: roles(403, 201, 404),
  },
  {
    route: 'POST /api/v1/rfqs/:id/questions/:questionId/answer',
    before: askedRfq,
    request: () => ({
      method: 'POST',
      url: `/api/v1/rfqs/${RFQ}/questions/${QUESTION}/answer`,
      body: { answer: '可以' },
    }),
    expect: roles(200, 403, 403),
  },
  {
    route: 'POST /api/v1/rfqs/:id/quotes',
    before: rfqOfA('open'),
    request: () => ({ method: 'POST', url: `/api/v1/rfqs/${RFQ}/quotes`, body: quoteBody() }),
    expect: roles(403, 201, 404),
  },
  {
    route: 'PUT /api/v1/rfqs/:id/quotes/:quoteId',
    before: quotedRfq('open'),
    request: () => ({ method: 'PUT', url: `/api/v1/rfqs/${RFQ}/quotes/${QUOTE}`, body: quoteBody() }),
    // Only the supplier's own quote: for anyone else, no such quote.
    expect: roles(404, 200, 404),
  },
  {
    route: 'DELETE /api/v1/rfqs/:id/quotes/:quoteId',
    before: quotedRfq('open'),
    request: () => ({ method: 'DELETE', url: `/api/v1/rfqs/${RFQ}/quotes/${QUOTE}` }),
    expect: roles(404, 204, 404),
  },
  {
    route: 'GET /api/v1/rfqs/:id/quotes',
    before: quotedRfq('closed'),
    request: () => ({ method: 'GET', url: `/api/v1/rfqs/${RFQ}/quotes` }),
    expect: roles(200, 200, 200),
  },
  {
    route: 'POST /api/v1/rfqs/:id/award',
    before: quotedRfq('closed'),
    request: () => ({
      method: 'POST',
      url: `/api/v1/rfqs/${RFQ}/award`,
      body: { awards: [{ quoteId: QUOTE, quantity: 10 }] },
    }),
    expect: roles(201, 403, 403),
  },
  {
    route: 'GET /api/v1/suppliers',
    request: () => ({ method: 'GET', url: '/api/v1/suppliers?q=CNC' }),
    expect: { ...roles(200, 200, 200), anonymous: 200, operatorQ: 200 },
  },
  {
    route: 'POST /api/v1/deals/:id/start-production',
    before: orderIn('confirmed'),
    request: () => ({ method: 'POST', url: `/api/v1/deals/${ORDER}/start-production` }),
    expect: parties(200, 409),
  },
  {
    route: 'POST /api/v1/deals/:id/ship',
    before: orderIn('in_production'),
    request: () => ({ method: 'POST', url: `/api/v1/deals/${ORDER}/ship` }),
    expect: parties(200, 409),
  },
  {
    route: 'POST /api/v1/deals/:id/receive',
    before: orderIn('shipped'),
    request: () => ({ method: 'POST', url: `/api/v1/deals/${ORDER}/receive` }),
    expect: parties(409, 200),
  },
];
