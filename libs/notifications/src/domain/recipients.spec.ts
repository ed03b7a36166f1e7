import type { DealEventFacts } from './deal-event';
import type { MatchEventFacts } from './match-event';
import { dealRecipients, matchRecipients, receivingOrganizations, receivingSides } from './recipients';

const event = (overrides: Partial<DealEventFacts> = {}): DealEventFacts => ({
  dealId: 'deal-1',
  kind: 'booking',
  listingId: 'listing-1',
  listingTitle: '扫描电镜 SEM',
  requesterOrganizationId: 'org-r',
  requesterUserId: 'user-r',
  providerOrganizationId: 'org-p',
  state: 'requested',
  actorSide: 'requester',
  actorUserId: 'user-r',
  ...overrides,
});

describe('deal recipients', () => {
  it.each([
    ['requester', ['provider']],
    ['provider', ['requester']],
    ['system', ['requester', 'provider']],
  ] as const)('when the %s acts, %j hear of it', (actorSide, sides) => {
    expect(receivingSides(actorSide)).toEqual(sides);
  });

  it('tells every provider member, in the provider’s name, when the requester acts', () => {
    expect(dealRecipients(event(), ['p1', 'p2'])).toEqual([
      { userId: 'p1', organizationId: 'org-p', side: 'provider' },
      { userId: 'p2', organizationId: 'org-p', side: 'provider' },
    ]);
    expect(receivingOrganizations(event())).toEqual(['org-p']);
  });

  it('tells only the requesting user when the provider acts, never the acting member', () => {
    const accepted = event({ actorSide: 'provider', actorUserId: 'p1', action: 'accept' });
    expect(dealRecipients(accepted, ['p1', 'p2'])).toEqual([
      { userId: 'user-r', organizationId: 'org-r', side: 'requester' },
    ]);
    expect(receivingOrganizations(accepted)).toEqual(['org-r']);
  });

  it('tells both sides of what the system did, each user once', () => {
    const expired = event({ actorSide: 'system', actorUserId: null, action: 'expire' });
    expect(dealRecipients(expired, ['p1', 'user-r']).map((r) => [r.userId, r.side])).toEqual([
      ['user-r', 'requester'],
      ['p1', 'provider'],
    ]);
    expect(receivingOrganizations(expired)).toEqual(['org-r', 'org-p']);
  });

  it('leaves out the acting user even when they also belong to the receiving side', () => {
    expect(dealRecipients(event({ actorUserId: 'p2' }), ['p1', 'p2']).map((r) => r.userId)).toEqual(['p1']);
  });
});

describe('match recipients', () => {
  const match = (overrides: Partial<MatchEventFacts> = {}): MatchEventFacts => ({
    demandId: 'demand-1',
    matchId: 'match-1',
    listingId: 'listing-1',
    demandOrganizationId: 'org-sme',
    demandCreatedBy: 'user-sme',
    providerOrganizationId: 'org-p',
    demandTitle: '钛合金五轴加工',
    listingTitle: '五轴联动CNC加工',
    score: 0.7812,
    ...overrides,
  });

  it.each([
    ['a new match', match()],
    ["a provider's interest", match({ score: undefined, actorUserId: 'user-p' })],
  ])(
    'tells the user who posted the demand of %s, in its organization’s name, and no one on the provider’s side',
    (_, event) => {
      expect(matchRecipients(event)).toEqual([{ userId: 'user-sme', organizationId: 'org-sme', side: 'requester' }]);
    },
  );

  it('tells nobody of what they did themselves', () => {
    expect(matchRecipients(match({ actorUserId: 'user-sme' }))).toEqual([]);
  });
});
