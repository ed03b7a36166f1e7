import { LicenceTypeNotAllowedError } from './uscc-dispute.errors';

/**
 * `unconfirmed` until the claimant follows the link in the confirmation email (nothing is
 * frozen, nobody else told, no reviewer sees it); `expired` when they never did; then
 * `open` until a reviewer upholds or dismisses it.
 */
export const USCC_DISPUTE_STATUSES = ['unconfirmed', 'expired', 'open', 'upheld', 'dismissed'] as const;
export type UsccDisputeStatus = (typeof USCC_DISPUTE_STATUSES)[number];

/** What reviewers see and filter by: confirmed disputes only. */
export const REVIEWED_USCC_DISPUTE_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ReviewedUsccDisputeStatus = (typeof REVIEWED_USCC_DISPUTE_STATUSES)[number];

/** How long the link of a new dispute's confirmation email works. */
export const USCC_DISPUTE_CONFIRM_TTL_HOURS = 24;

export function confirmExpiry(now: Date): Date {
  return new Date(now.getTime() + USCC_DISPUTE_CONFIRM_TTL_HOURS * 3_600_000);
}

/** Why an organization is frozen; null when it is not. */
export type FrozenReason = 'uscc_disputed' | 'uscc_revoked';

/**
 * How long an upheld claimant's registration link keeps the code for them: long enough
 * to gather the company's papers, short enough that a code is not held for nobody.
 */
export const USCC_CLAIM_TTL_DAYS = 30;

/** A business licence is a PDF or a scan: the sniffed type decides, never the name. No SVG, no office files. */
export const LICENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

export function acceptLicenceType(sniffed: string | undefined): string {
  if (sniffed === undefined || !(LICENCE_TYPES as readonly string[]).includes(sniffed)) {
    throw new LicenceTypeNotAllowedError(sniffed, LICENCE_TYPES);
  }
  return sniffed;
}

export function licenceExtensions(contentType: string): readonly string[] {
  return EXTENSIONS[contentType] ?? [];
}

export function claimExpiry(now: Date): Date {
  return new Date(now.getTime() + USCC_CLAIM_TTL_DAYS * 86_400_000);
}
