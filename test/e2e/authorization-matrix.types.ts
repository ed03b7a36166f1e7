/**
 * The matrix's vocabulary, apart from its rows so that each feature's rows file can use
 * it without importing the matrix that imports them.
 */
export const ACTORS = ['anonymous', 'memberA', 'adminA', 'memberB', 'operatorP', 'operatorQ', 'platformAdmin'] as const;
export type ActorName = (typeof ACTORS)[number];

export interface MatrixWorld {
  a: string;
  b: string;
  parkP: string;
  parkQ: string;
  /** A listing of A's (capacity), put into the state each row needs by `before`. */
  listing: string;
  /** A valid body for POST /listings. */
  listingBody: Record<string, unknown>;
  /** A photo of A's listing that stays, for the rows that read one. */
  attachment: string;
  /** A new photo of A's listing (which must be editable), for the rows that delete one. */
  freshAttachment(): Promise<string>;
  /** A fresh token to spend, for endpoints that consume one. */
  freshRefreshToken(): Promise<string>;
  freshInvitationToken(): Promise<string>;
  freshEmail(): string;
  freshUscc(): string;
  /** A published equipment listing of A's. */
  equipment: string;
  /** The user of memberB (B's requester). */
  userB: string;
  /** A deal on A's equipment requested by B; rows that need a fresh one set it in `before`. */
  deal: string;
  /** A new booking request by B on A's equipment, in a slot of its own: its deal id. */
  freshBooking(): Promise<string>;
  /** A POST /bookings body for A's equipment, in a slot of its own. */
  bookingBody(): Record<string, unknown>;
  /** A PDF uploaded to the deal by one of A's users: its document id. */
  uploadDealDocument(dealId: string): Promise<string>;
  /** A verification document of A's (a PDF) that stays, for the rows that read one. */
  verificationDocument: string;
  /** A new verification document of A's, uploaded by its owner: its id. */
  uploadVerificationDocument(): Promise<string>;
  /** Resets A to a state in which the action under test is allowed. */
  sql(query: string, params?: unknown[]): Promise<unknown>;
}

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  /** JSON, or a Buffer sent as it is (with its content-type in `headers`), e.g. a multipart form. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MatrixRow {
  /** The route as the router spells it, e.g. `POST /api/v1/parks/:id/memberships`. */
  route: string;
  request(world: MatrixWorld): Promise<MatrixRequest> | MatrixRequest;
  /** Runs before each actor's attempt, so each starts from the same state. */
  before?(world: MatrixWorld): Promise<unknown>;
  /** The actor signs in afresh for this row (e.g. logout ends the session it uses). */
  freshSession?: boolean;
  expect: Record<ActorName, number>;
}

/** Parties to the world's deal: A's members on the provider side, memberB the requester. */
export const parties = (provider: number, requester: number, others = 404): Record<ActorName, number> => ({
  anonymous: 401,
  memberA: provider,
  adminA: provider,
  memberB: requester,
  operatorP: others,
  operatorQ: others,
  platformAdmin: others,
});
