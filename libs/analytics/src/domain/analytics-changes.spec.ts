import { changesOf } from './analytics-changes';

describe('changesOf', () => {
  it('names each listing, deal and organization once, by the event it came in', () => {
    expect(
      changesOf([
        { type: 'listing.created', payload: { listingId: 'l1', ownerOrganizationId: 'o9' } },
        { type: 'listing.status_changed', payload: { listingId: 'l1' } },
        { type: 'deal.created', payload: { dealId: 'd1', listingId: 'l2' } },
        { type: 'deal.state_changed', payload: { dealId: 'd1' } },
        { type: 'park_membership.approved', payload: { parkId: 'p1', organizationId: 'o1' } },
        { type: 'organization.facts_changed', payload: { organizationId: 'o2' } },
        { type: 'organization.badge_verified', payload: { organizationId: 'o1' } },
        { type: 'deal.created', payload: {} },
      ]),
    ).toEqual({ listingIds: ['l1'], dealIds: ['d1'], organizationIds: ['o1', 'o2'] });
  });
});
