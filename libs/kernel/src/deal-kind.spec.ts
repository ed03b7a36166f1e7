import { DEAL_KINDS, isDealKind } from './deal-kind';

describe('DealKind', () => {
  it('names the five kinds of deal, each once', () => {
    expect(DEAL_KINDS).toEqual(['booking', 'sample_test', 'reservation', 'licence', 'order']);
    expect(new Set(DEAL_KINDS).size).toBe(DEAL_KINDS.length);
  });

  it.each([...DEAL_KINDS])('knows %s', (kind) => expect(isDealKind(kind)).toBe(true));

  it.each(['Booking', 'sample-test', 'capacity', '', null, undefined, 1])('refuses %p', (value) => {
    expect(isDealKind(value)).toBe(false);
  });
});
