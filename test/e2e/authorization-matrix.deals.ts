/**
 * The deals rows of the authorization matrix. The world's deal is a booking request by
 * B (memberB's enterprise) on A's published equipment: A's members are its provider
 * side, memberB its requester side; operators and the platform admin are not parties
 * and are told it does not exist.
 */
import { type ActorName, type MatrixRow, type MatrixWorld, parties } from './authorization-matrix.types';

type Expect = Record<ActorName, number>;

const freshDeal = async (w: MatrixWorld) => {
  w.deal = await w.freshBooking();
};

const step = (path: string, expect: Expect, body?: unknown): MatrixRow => ({
  route: `POST /api/v1/deals/:id/${path}`,
  before: freshDeal,
  request: (w) => ({ method: 'POST', url: `/api/v1/deals/${w.deal}/${path}`, body }),
  expect,
});

export const DEAL_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/bookings',
    request: (w) => ({ method: 'POST', url: '/api/v1/bookings', body: w.bookingBody() }),
    // A's members may not book their own equipment (422 OWN_LISTING); operators and the
    // platform admin act for no enterprise (403).
    expect: { ...parties(422, 201, 403) },
  },
  {
    route: 'GET /api/v1/deals',
    request: () => ({ method: 'GET', url: '/api/v1/deals' }),
    expect: parties(200, 200, 200),
  },
  {
    route: 'GET /api/v1/deals/:id',
    request: (w) => ({ method: 'GET', url: `/api/v1/deals/${w.deal}` }),
    expect: parties(200, 200),
  },
  step('accept', parties(200, 409)),
  step('decline', parties(200, 409), { reason: '时段已满' }),
  step('cancel', parties(409, 200)),
  step('complete', parties(409, 409)),
  step('no-show', parties(409, 409)),
  step('receive-samples', parties(409, 409)),
  // A booking is not negotiated by offers: parties get 422, everyone else 404.
  step('offers', parties(422, 422), { quantity: 1 }),
  {
    route: 'GET /api/v1/listings/:id/availability',
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.equipment}/availability` }),
    expect: { ...parties(200, 200, 200), anonymous: 200 },
  },
  {
    route: 'GET /api/v1/listings/:id/qualifications',
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.equipment}/qualifications` }),
    expect: parties(200, 403, 403),
  },
  {
    route: 'POST /api/v1/listings/:id/qualifications',
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/listings/${w.equipment}/qualifications`,
      body: { userId: w.userB },
    }),
    expect: parties(201, 403, 403),
  },
  {
    route: 'DELETE /api/v1/listings/:id/qualifications/:userId',
    before: (w) =>
      w.sql(`INSERT INTO equipment_qualifications (listing_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        w.equipment,
        w.userB,
      ]),
    request: (w) => ({ method: 'DELETE', url: `/api/v1/listings/${w.equipment}/qualifications/${w.userB}` }),
    expect: parties(204, 403, 403),
  },
];
