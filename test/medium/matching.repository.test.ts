import type { DemandContent, DemandRecord, ScoredMatch } from '@rongtong/matching';
import { DemandRepository } from '../../libs/matching/src/persistence/demand.repository';
import { MatchRepository } from '../../libs/matching/src/persistence/match.repository';
import { aListing, anOrganization, aUser, type MediumDb, mediumDb } from './medium-db';

let db: MediumDb;
const demands = new DemandRepository();
const matches = new MatchRepository();

beforeAll(async () => {
  db = await mediumDb();
});
afterAll(() => db.close());

function content(overrides: Partial<DemandContent> = {}): DemandContent {
  return {
    kind: 'equipment',
    title: '需要三坐标测量',
    description: '每月约 20 小时，精度 2 μm 以内',
    category: 'metrology',
    regionCode: '310115',
    locationPreference: 'same_city',
    certifications: ['CNAS'],
    budgetFen: 9_007_199_254_740_991,
    deadline: '2030-06-30',
    visibility: 'providers',
    details: {},
    ...overrides,
  } as DemandContent;
}

async function aDemand(overrides: Partial<DemandContent> = {}): Promise<DemandRecord> {
  const organizationId = await anOrganization(db.dataSource);
  const createdBy = await aUser(db.dataSource, organizationId);
  return demands.insert(db.dataSource.manager, { organizationId, createdBy, content: content(overrides) });
}

function scored(listingId: string, providerOrganizationId: string, score: number): ScoredMatch {
  return { listingId, providerOrganizationId, score, factors: [{ code: 'category', weight: score } as never] };
}

describe('DemandRepository', () => {
  it('writes a demand and reads it back: the deadline as a date, the bigint budget as a number', async () => {
    const demand = await aDemand();
    expect(demand).toMatchObject({
      kind: 'equipment',
      status: 'open',
      version: 1,
      deadline: '2030-06-30',
      budgetFen: 9_007_199_254_740_991,
      certifications: ['CNAS'],
      closedAt: null,
    });
    const manager = db.dataSource.manager;
    expect(await demands.findById(manager, demand.id)).toEqual(demand);
    expect(await demands.findOwned(manager, [demand.organizationId], demand.id)).toEqual(demand);
    expect(await demands.findOwned(manager, [await anOrganization(db.dataSource)], demand.id)).toBeUndefined();
  });

  it('replaces content at the expected version and moves status only from the named ones, closing finals', async () => {
    const demand = await aDemand();
    const manager = db.dataSource.manager;
    const org = demand.organizationId;
    expect(await demands.replaceContent(manager, org, demand.id, content({ title: '旧' }), 2)).toBeUndefined();
    const edited = await demands.replaceContent(manager, org, demand.id, content({ title: '新', budgetFen: null }), 1);
    expect(edited).toMatchObject({ title: '新', budgetFen: null, version: 2 });

    expect(await demands.markMatched(manager, demand.id)).toBe(true);
    expect(await demands.markMatched(manager, demand.id)).toBe(false);
    expect(await demands.setStatus(manager, org, demand.id, { status: 'closed', from: ['open'] })).toBeUndefined();
    const closed = await demands.setStatus(manager, org, demand.id, {
      status: 'closed',
      from: ['open', 'matched'],
      reason: '已解决',
    });
    expect(closed).toMatchObject({ status: 'closed', statusReason: '已解决', version: 4 });
    expect(closed!.closedAt).toBeInstanceOf(Date);
  });

  it('lists an organization’s demands newest first with the total, filtered by status', async () => {
    const first = await aDemand();
    const org = first.organizationId;
    const user = first.createdBy;
    const second = await demands.insert(db.dataSource.manager, {
      organizationId: org,
      createdBy: user,
      content: content({ title: '第二个' }),
    });
    await demands.markMatched(db.dataSource.manager, second.id);
    const all = await demands.listForOrganizations(db.dataSource.manager, [org], { limit: 1, offset: 0 });
    expect(all.total).toBe(2);
    expect(all.items.map((d) => d.id)).toEqual([second.id]);
    const open = await demands.listForOrganizations(db.dataSource.manager, [org], {
      status: 'open',
      limit: 10,
      offset: 0,
    });
    expect(open).toEqual({ items: [first], total: 1 });
  });

  it('expires demands past their deadline, once, telling what they were', async () => {
    const due = await aDemand({ deadline: '2001-01-01' });
    const later = await aDemand({ deadline: '2099-01-01' });
    const expired = await db.dataSource.transaction((tx) => demands.expirePastDeadline(tx, '2026-01-01', 100));
    const mine = expired.filter((e) => e.demand.id === due.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ previousStatus: 'open', demand: { status: 'expired', version: 2 } });
    expect(expired.map((e) => e.demand.id)).not.toContain(later.id);
    expect(await db.dataSource.transaction((tx) => demands.expirePastDeadline(tx, '2026-01-01', 100))).toEqual([]);
  });
});

describe('MatchRepository', () => {
  it('proposes once per listing, refreshes proposed ones, leaves answered ones and lists best first', async () => {
    const demand = await aDemand();
    const provider = await anOrganization(db.dataSource);
    const [a, b] = [await aListing(db.dataSource, provider), await aListing(db.dataSource, provider)];
    const manager = db.dataSource.manager;
    const first = await matches.upsertMatches(manager, demand.id, [scored(a, provider, 0.4), scored(b, provider, 0.9)]);
    expect(first.inserted.map((m) => m.listingId).sort()).toEqual([a, b].sort());
    expect(first.updated).toEqual([]);

    const listed = await matches.listForDemand(manager, [demand.organizationId], demand.id);
    expect(listed.map((m) => [m.listingId, m.score, m.status])).toEqual([
      [b, 0.9, 'proposed'],
      [a, 0.4, 'proposed'],
    ]);
    expect(await matches.listForDemand(manager, [provider], demand.id)).toEqual([]);

    const matchB = listed[0];
    await matches.dismiss(manager, matchB.id, '太远');
    const second = await matches.upsertMatches(manager, demand.id, [scored(a, provider, 0.7), scored(b, provider, 1)], {
      rankVersion: 2,
    });
    expect(second).toEqual({ inserted: [], updated: [{ id: listed[1].id, listingId: a }] });
    const after = await matches.listForDemand(manager, [demand.organizationId], demand.id, { includeDismissed: true });
    expect(after.map((m) => [m.listingId, m.score, m.status, m.rankVersion])).toEqual([
      [b, 0.9, 'dismissed', 1],
      [a, 0.7, 'proposed', 2],
    ]);
    expect(await matches.proposedStanding(manager, [demand.id])).toEqual(
      new Map([[demand.id, { proposed: 1, lowestScore: 0.7 }]]),
    );
  });

  it('removes stale and withdrawn proposals, but never an accepted match', async () => {
    const demand = await aDemand();
    const provider = await anOrganization(db.dataSource);
    const listings = [
      await aListing(db.dataSource, provider),
      await aListing(db.dataSource, provider),
      await aListing(db.dataSource, provider),
    ];
    const manager = db.dataSource.manager;
    const { inserted } = await matches.upsertMatches(
      manager,
      demand.id,
      listings.map((id, i) => scored(id, provider, 0.5 + i / 10)),
    );
    const accepted = inserted.find((m) => m.listingId === listings[2])!;
    const [deal] = await manager.query(
      `INSERT INTO deals (kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                          provider_organization_id, state, terms)
       VALUES ('booking', $1, 't', $2, $3, $4, 'requested', '{}') RETURNING id`,
      [listings[2], demand.organizationId, demand.createdBy, provider],
    );
    const match = await matches.attachDeal(manager, accepted.id, deal.id);
    expect(match).toMatchObject({ status: 'accepted', dealId: deal.id });
    expect(await demands.findByDeal(manager, deal.id)).toMatchObject({ id: demand.id });

    expect(await matches.removeStaleProposed(manager, demand.id, [listings[0]])).toBe(1);
    expect(await matches.demandsProposedListing(manager, listings[0])).toEqual([demand.id]);
    expect(await matches.withdrawProposedOfListing(manager, listings[0])).toBe(1);
    const left = await matches.listForDemand(manager, [demand.organizationId], demand.id, { includeDismissed: true });
    expect(left.map((m) => [m.listingId, m.status])).toEqual([[listings[2], 'accepted']]);
  });
});
