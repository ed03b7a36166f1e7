import { ReasonRequiredError } from '@rongtong/kernel';
import { VerificationStateConflictError } from './identity.errors';
import type { VerificationState } from './roles';

export type VerificationDecision = { action: 'verify' } | { action: 'reject'; reason: string };

/**
 * `unverified → verified | rejected (reason)`. A rejected enterprise can be verified once
 * it has put things right; a verified one can be rejected (its credentials lapsed), and
 * deciding the same way twice is a conflict.
 */
export function decideVerification(
  from: VerificationState,
  decision: VerificationDecision,
): { state: VerificationState; reason: string | null } {
  if (decision.action === 'verify') {
    if (from === 'verified') throw new VerificationStateConflictError(from, 'verify');
    return { state: 'verified', reason: null };
  }
  const reason = decision.reason.trim();
  if (!reason) throw new ReasonRequiredError();
  if (from === 'rejected') throw new VerificationStateConflictError(from, 'reject');
  return { state: 'rejected', reason };
}
