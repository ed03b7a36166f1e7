import {
  assertEmailVerified,
  isAdminOf,
  isMemberOf,
  moderatesAnyOf,
  operatesPark,
  type Actor,
  type ActorMembership,
} from './actor';

const ORG = 'org-acme';
const OTHER_ORG = 'org-other';
const PARK = 'park-suzhou';
const OTHER_PARK = 'park-xiamen';

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    userId: 'user-1',
    sessionId: 'session-1',
    email: 'user@example.com',
    memberships: [],
    operatedParkIds: [],
    isPlatformAdmin: false,
    emailVerified: true,
    locale: 'zh-CN',
    ...overrides,
  };
}

const enterprise = (role: ActorMembership['role']): ActorMembership => ({
  organizationId: ORG,
  kind: 'enterprise',
  role,
});

const ACTORS: Record<string, Actor | undefined> = {
  member: actor({ memberships: [enterprise('member')] }),
  admin: actor({ memberships: [enterprise('admin')] }),
  owner: actor({ memberships: [enterprise('owner')] }),
  operator: actor({
    memberships: [{ organizationId: 'org-operator', kind: 'park_operator', role: 'member' }],
    operatedParkIds: [PARK],
  }),
  'platform admin': actor({
    memberships: [{ organizationId: 'org-platform', kind: 'platform', role: 'owner' }],
    isPlatformAdmin: true,
  }),
  undefined: undefined,
};

type Row = [
  who: string,
  memberOfOrg: boolean,
  adminOfOrg: boolean,
  operatesPark: boolean,
  operatesOtherPark: boolean,
  moderatesPark: boolean,
  moderatesNone: boolean,
];

describe('actor predicates', () => {
  it.each<Row>([
    // who               member adminOf operates other  moderates none
    ['member', true, false, false, false, false, false],
    ['admin', true, true, false, false, false, false],
    ['owner', true, true, false, false, false, false],
    ['operator', false, false, true, false, true, false],
    ['platform admin', false, false, true, true, true, true],
    ['undefined', false, false, false, false, false, false],
  ])('%s', (who, memberOfOrg, adminOfOrg, operates, operatesOther, moderates, moderatesNone) => {
    const a = ACTORS[who];
    expect(isMemberOf(a, ORG)).toBe(memberOfOrg);
    expect(isAdminOf(a, ORG)).toBe(adminOfOrg);
    expect(isMemberOf(a, OTHER_ORG)).toBe(false);
    expect(isAdminOf(a, OTHER_ORG)).toBe(false);
    expect(operatesPark(a, PARK)).toBe(operates);
    expect(operatesPark(a, OTHER_PARK)).toBe(operatesOther);
    expect(moderatesAnyOf(a, [OTHER_PARK, PARK])).toBe(moderates);
    expect(moderatesAnyOf(a, [OTHER_PARK])).toBe(operatesOther);
    expect(moderatesAnyOf(a, [])).toBe(moderatesNone);
  });

  it('judges each organization by its own membership', () => {
    const a = actor({
      memberships: [enterprise('member'), { organizationId: OTHER_ORG, kind: 'enterprise', role: 'admin' }],
    });
    expect(isAdminOf(a, ORG)).toBe(false);
    expect(isAdminOf(a, OTHER_ORG)).toBe(true);
    expect(isMemberOf(a, OTHER_ORG)).toBe(true);
  });
});

describe('assertEmailVerified', () => {
  it('lets a verified user act and refuses one who is not, with EMAIL_NOT_VERIFIED', () => {
    expect(() => assertEmailVerified(actor())).not.toThrow();
    expect(() => assertEmailVerified(actor({ emailVerified: false }))).toThrow(
      expect.objectContaining({ code: 'EMAIL_NOT_VERIFIED', kind: 'forbidden' }),
    );
  });
});
