import { type Locale, type Localized, ReasonRequiredError } from '@rongtong/kernel';
import { DemandValidationError } from './matching.errors';

/** `proposed` by the matcher; `accepted` by the SME (a deal was opened from it); `dismissed` with a reason. */
export const MATCH_STATUSES = ['proposed', 'accepted', 'dismissed'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * One factor's part in a match's score, worded for the SME: shown as a reason. Stored
 * (demand_matches.factors) in every language; `text` is the Chinese, as before `texts`
 * was: matches scored before it hold only that until the matcher scores them again.
 */
export interface MatchReason {
  factor: string;
  contribution: number;
  text: string;
  texts?: Localized;
}

/** A reason as the caller reads it: its text in their language. */
export interface MatchReasonView {
  factor: string;
  contribution: number;
  text: string;
}

/** Matches scored before reasons were words only end their text in the contribution (` +0.13`). */
const SHOWN_CONTRIBUTION = /\s[+-]\d+\.\d\d$/;

export function matchReasonView(reason: MatchReason, locale: Locale): MatchReasonView {
  const text = reason.texts?.[locale] ?? reason.text;
  return { factor: reason.factor, contribution: reason.contribution, text: text.replace(SHOWN_CONTRIBUTION, '') };
}

/** What the matcher proposes for a demand: a listing, its provider, the score and its reasons. */
export interface ScoredMatch {
  listingId: string;
  providerOrganizationId: string;
  score: number;
  factors: MatchReason[];
}

/** A scored match with the listing's title, for the event that announces it. */
export type RecordedMatch = ScoredMatch & { listingTitle: string };

const REASON_MAX_LENGTH = 2000;

/** Why the SME dismissed a match: required, trimmed, at most 2000 characters. */
export function readDismissReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (!text) throw new ReasonRequiredError();
  if (text.length > REASON_MAX_LENGTH) {
    throw new DemandValidationError([{ field: 'reason', message: `must be at most ${REASON_MAX_LENGTH} characters` }]);
  }
  return text;
}
