import { canTransition, type DemandAction, type DemandStatus, isDemandActive, nextDemandStatus } from './demand-status';
import { DemandStateConflictError } from './matching.errors';

describe('demand lifecycle', () => {
  it.each<[DemandStatus, DemandAction, DemandStatus]>([
    ['open', 'match', 'matched'],
    ['open', 'fulfil', 'fulfilled'],
    ['matched', 'fulfil', 'fulfilled'],
    ['open', 'close', 'closed'],
    ['matched', 'close', 'closed'],
    ['open', 'expire', 'expired'],
    ['matched', 'expire', 'expired'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(canTransition(from, action)).toBe(true);
    expect(nextDemandStatus(from, action)).toBe(to);
  });

  it.each<[DemandStatus, DemandAction]>([
    ['matched', 'match'],
    ['fulfilled', 'match'],
    ['fulfilled', 'close'],
    ['closed', 'fulfil'],
    ['closed', 'close'],
    ['expired', 'fulfil'],
    ['expired', 'expire'],
    ['fulfilled', 'expire'],
  ])('%s cannot %s (409 DEMAND_STATE_CONFLICT)', (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    expect(() => nextDemandStatus(from, action)).toThrow(DemandStateConflictError);
  });

  it.each<[DemandStatus, boolean]>([
    ['open', true],
    ['matched', true],
    ['fulfilled', false],
    ['closed', false],
    ['expired', false],
  ])('%s is still wanted: %s', (status, active) => {
    expect(isDemandActive(status)).toBe(active);
  });
});
