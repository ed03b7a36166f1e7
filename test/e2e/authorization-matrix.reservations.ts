/**
 * The capacity reservation rows of the authorization matrix, on A's capacity listing
 * (published and public for these rows): any enterprise but A may reserve it, and anyone
 * who can see it may read its capacity.
 */

import type { MatrixRow, MatrixWorld } from './authorization-matrix.types';

/** A verified and approved in P, and its capacity listing published and public. */
const publishedCapacity = async (w: MatrixWorld) => {
  await w.sql(`UPDATE organizations SET verification_state = 'verified' WHERE id = $1`, [w.a]);
  await w.sql(`UPDATE park_memberships SET status = 'approved' WHERE park_id = $1 AND organization_id = $2`, [
    w.parkP,
    w.a,
  ]);
  await w.sql(`DELETE FROM listing_revisions WHERE listing_id = $1`, [w.listing]);
  await w.sql(`UPDATE listings SET status = 'published', status_reason = NULL, visibility = 'public' WHERE id = $1`, [
    w.listing,
  ]);
};

/** A date in China `days` from today: past the corpus listing's lead time of 10 days. */
const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

export const RESERVATION_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/v1/reservations',
    before: publishedCapacity,
    request: (w) => ({
      method: 'POST',
      url: '/api/v1/reservations',
      body: { listingId: w.listing, quantity: 1, from: chinaDate(30), to: chinaDate(36) },
    }),
    // A's members may not reserve their own capacity (422 OWN_LISTING); operators and the
    // platform admin act for no enterprise (403).
    expect: {
      anonymous: 401,
      memberA: 422,
      adminA: 422,
      memberB: 201,
      operatorP: 403,
      operatorQ: 403,
      platformAdmin: 403,
    },
  },
  {
    route: 'GET /api/v1/listings/:id/capacity',
    before: publishedCapacity,
    request: (w) => ({ method: 'GET', url: `/api/v1/listings/${w.listing}/capacity` }),
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
];
