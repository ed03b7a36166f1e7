import { ReasonRequiredError } from '@rongtong/kernel';
import { VerificationStateConflictError } from './identity.errors';
import type { VerificationState } from './roles';
import { decideVerification, type VerificationDecision } from './verification';

type Outcome = { state: VerificationState; reason: string | null } | { error: string };

describe('decideVerification', () => {
  // Every (state, action) pair.
  it.each<[VerificationState, VerificationDecision, Outcome]>([
    ['unverified', { action: 'verify' }, { state: 'verified', reason: null }],
    [
      'unverified',
      { action: 'reject', reason: 'Licence photo unreadable' },
      { state: 'rejected', reason: 'Licence photo unreadable' },
    ],
    ['verified', { action: 'verify' }, { error: 'VERIFICATION_STATE_CONFLICT' }],
    ['verified', { action: 'reject', reason: 'Licence revoked' }, { state: 'rejected', reason: 'Licence revoked' }],
    ['rejected', { action: 'verify' }, { state: 'verified', reason: null }],
    ['rejected', { action: 'reject', reason: 'Still unreadable' }, { error: 'VERIFICATION_STATE_CONFLICT' }],
  ])('%s + %j → %j', (from, decision, outcome) => {
    if ('error' in outcome) {
      expect(() => decideVerification(from, decision)).toThrow(VerificationStateConflictError);
      expect(() => decideVerification(from, decision)).toThrow(
        expect.objectContaining({
          code: outcome.error,
          kind: 'conflict',
          details: { state: from, action: decision.action },
        }),
      );
    } else {
      expect(decideVerification(from, decision)).toEqual(outcome);
    }
  });

  it('trims the reason', () => {
    expect(decideVerification('unverified', { action: 'reject', reason: '  营业执照已过期 \n' })).toEqual({
      state: 'rejected',
      reason: '营业执照已过期',
    });
  });

  describe.each<VerificationState>(['unverified', 'verified', 'rejected'])('rejecting from %s', (from) => {
    it.each(['', ' ', '\t\n', '\u3000'])('requires a non-blank reason (%j)', (reason) => {
      const decide = () => decideVerification(from, { action: 'reject', reason });
      expect(decide).toThrow(ReasonRequiredError);
      expect(decide).toThrow(
        expect.objectContaining({ code: 'REASON_REQUIRED', kind: 'unprocessable', details: { field: 'reason' } }),
      );
    });
  });
});
