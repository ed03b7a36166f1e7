import { checkJobHandlers } from './job-handler-check';

describe('checkJobHandlers', () => {
  const declared = { maintenance: ['outbox.prune'], 'search-index': [] };
  const routes = { 'listing.published': ['search-index'] };

  it('accepts exactly one handler per job', () => {
    expect(
      checkJobHandlers(declared, routes, [
        { queue: 'maintenance', jobs: ['outbox.prune'] },
        { queue: 'search-index', jobs: ['listing.published'] },
      ]),
    ).toEqual([]);
  });

  it('reports missing, doubled and unknown handlers', () => {
    expect(
      checkJobHandlers(declared, routes, [
        { queue: 'maintenance', jobs: ['outbox.prune', 'mystery'] },
        { queue: 'maintenance', jobs: ['outbox.prune'] },
      ]),
    ).toEqual([
      'maintenance/mystery has a handler but is not in the job catalog',
      'maintenance/outbox.prune has 2 handlers, needs exactly 1',
      'search-index/listing.published has 0 handlers, needs exactly 1',
    ]);
  });
});
