import { describe, expect, it } from 'vitest';
import { eventsOf, groupState, normalizeEvents, toggleGroup, WEBHOOK_EVENTS } from './webhookEvents';

describe('webhook event choices', () => {
  it('offers every event the API accepts, each in one group', () => {
    expect(WEBHOOK_EVENTS).toHaveLength(7);
    expect([...eventsOf('deal'), ...eventsOf('match')].sort()).toEqual([...WEBHOOK_EVENTS].sort());
    expect(eventsOf('match')).toEqual(['match.created', 'match.interest']);
  });

  it('tells whether a group is chosen wholly, partly or not at all', () => {
    expect(groupState('match', [])).toBe('none');
    expect(groupState('match', ['match.created'])).toBe('some');
    expect(groupState('match', ['match.created', 'match.interest', 'deal.created'])).toBe('all');
  });

  it('ticks a whole group on, or off when it was all on, keeping the other group', () => {
    const some = toggleGroup('match', ['deal.created', 'match.created']);
    expect(some).toEqual(['deal.created', 'match.created', 'match.interest']);
    expect(toggleGroup('match', some)).toEqual(['deal.created']);
    expect(toggleGroup('deal', [])).toEqual(eventsOf('deal'));
  });

  it('sends only known events, each once, in the API’s order', () => {
    expect(normalizeEvents(['match.interest', 'nope', 'deal.created', 'match.interest'])).toEqual([
      'deal.created',
      'match.interest',
    ]);
  });
});
