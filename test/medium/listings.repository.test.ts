import type { ListingContent } from '@rongtong/listings';
import { ListingAuditRepository } from '../../libs/listings/src/persistence/listing-audit.repository';
import { ListingReportRepository } from '../../libs/listings/src/persistence/listing-report.repository';
import { ListingRevisionRepository } from '../../libs/listings/src/persistence/listing-revision.repository';
import { ListingRepository } from '../../libs/listings/src/persistence/listing.repository';
import { aListing, anOrganization, aUser, type MediumDb, mediumDb } from './medium-db';

let db: MediumDb;
const listings = new ListingRepository();
const revisions = new ListingRevisionRepository();
const audit = new ListingAuditRepository();
const reports = new ListingReportRepository();

beforeAll(async () => {
  db = await mediumDb();
});
afterAll(() => db.close());

function content(overrides: Partial<ListingContent> = {}): ListingContent {
  return {
    title: '五轴加工中心',
    titleEn: 'Five-axis machining centre',
    description: '德玛吉 DMU 50，行程 500 mm',
    descriptionEn: null,
    tags: ['五轴', 'CNC'],
    category: 'machining',
    industryDivision: 'C34',
    parkId: null,
    regionCode: '310115',
    address: '上海市浦东新区',
    latitude: 31.2,
    longitude: 121.5,
    priceFen: 80_000,
    priceUnit: 'hour',
    visibility: 'public',
    details: { capacityUnit: 'hours' },
    ...overrides,
  } as ListingContent;
}

describe('ListingRepository', () => {
  it('writes a listing and reads it back whole: content, price as a number, details as JSON', async () => {
    const owner = await anOrganization(db.dataSource);
    const user = await aUser(db.dataSource, owner);
    const inserted = await listings.insert(db.dataSource.manager, owner, {
      kind: 'equipment',
      content: content(),
      createdBy: user,
      externalRef: 'ERP-1',
    });
    expect(inserted).toMatchObject({
      ownerOrganizationId: owner,
      kind: 'equipment',
      status: 'draft',
      version: 1,
      priceFen: 80_000,
      tags: ['五轴', 'CNC'],
      details: { capacityUnit: 'hours' },
      publishedAt: null,
    });
    expect(await listings.findById(db.dataSource.manager, inserted.id)).toEqual(inserted);
    expect(await listings.findByExternalRef(db.dataSource.manager, owner, 'ERP-1')).toEqual(inserted);
    expect(await listings.findMany(db.dataSource.manager, [inserted.id])).toEqual([inserted]);
  });

  it('replaces content and bumps the version only at the expected version, only for the owner', async () => {
    const owner = await anOrganization(db.dataSource);
    const other = await anOrganization(db.dataSource);
    const { id } = await listings.insert(db.dataSource.manager, owner, {
      kind: 'equipment',
      content: content(),
      createdBy: null,
    });
    const manager = db.dataSource.manager;
    expect(await listings.replaceContent(manager, owner, id, content({ title: '旧版本' }), 2)).toBe(false);
    expect(await listings.replaceContent(manager, other, id, content({ title: '别人的' }), 1)).toBe(false);
    expect(await listings.replaceContent(manager, owner, id, content({ title: '新标题', priceFen: 90_000 }), 1)).toBe(
      true,
    );
    expect(await listings.bumpVersion(manager, owner, id, 1)).toBe(false);
    expect(await listings.bumpVersion(manager, owner, id, 2)).toBe(true);
    expect(await listings.findById(manager, id)).toMatchObject({ title: '新标题', priceFen: 90_000, version: 3 });
  });

  it('sets a status, stamping publishedAt only when asked, and lists and holds the published', async () => {
    const owner = await anOrganization(db.dataSource);
    const manager = db.dataSource.manager;
    const { id } = await listings.insert(manager, owner, { kind: 'equipment', content: content(), createdBy: null });
    await listings.setStatus(manager, id, 'pending_review', null);
    expect(await listings.findById(manager, id)).toMatchObject({
      status: 'pending_review',
      publishedAt: null,
      version: 2,
    });
    await listings.setStatus(manager, id, 'published', null, { published: true });
    const published = (await listings.findById(manager, id))!;
    expect(published).toMatchObject({ status: 'published', version: 3 });
    expect(published.publishedAt).toBeInstanceOf(Date);
    await listings.setStatus(manager, id, 'suspended', '投诉核实中');
    expect(await listings.findById(manager, id)).toMatchObject({
      status: 'suspended',
      statusReason: '投诉核实中',
      publishedAt: published.publishedAt,
    });

    const live = await aListing(db.dataSource, owner);
    const ids = await listings.publishedIds(manager);
    expect(ids).toContain(live);
    expect(ids).not.toContain(id);
    expect(ids).toEqual([...ids].sort());
    const held = await db.dataSource.transaction((tx) => listings.holdPublished(tx, [live, id]));
    expect([...held]).toEqual([live]);
  });
});

describe('ListingRevisionRepository', () => {
  it('keeps one pending revision per listing: a new one supersedes it; a decision is recorded', async () => {
    const owner = await anOrganization(db.dataSource);
    const user = await aUser(db.dataSource, owner);
    const listing = await aListing(db.dataSource, owner);
    const manager = db.dataSource.manager;
    expect(await revisions.pending(manager, listing)).toBeUndefined();

    await revisions.replacePending(manager, listing, content({ title: '第一稿' }), user);
    await revisions.replacePending(manager, listing, content({ title: '第二稿' }), user);
    const pending = (await revisions.pending(manager, listing))!;
    expect(pending).toMatchObject({ listingId: listing, status: 'pending', reason: null });
    expect(pending.content.title).toBe('第二稿');
    expect((await revisions.pendingFor(manager, [listing, owner])).get(listing)).toEqual(pending);
    expect(await revisions.pendingFor(manager, [])).toEqual(new Map());

    await revisions.decide(manager, pending.id, 'rejected', '图片不清晰', user);
    expect(await revisions.pending(manager, listing)).toBeUndefined();
    const [row] = await manager.query(
      `SELECT status, reason, decided_by, decided_at FROM listing_revisions WHERE id = $1`,
      [pending.id],
    );
    expect(row).toMatchObject({ status: 'rejected', reason: '图片不清晰', decided_by: user });
    expect(row.decided_at).toBeInstanceOf(Date);
    const [{ superseded }] = await manager.query(
      `SELECT count(*)::int AS superseded FROM listing_revisions WHERE listing_id = $1 AND status = 'superseded'`,
      [listing],
    );
    expect(superseded).toBe(1);
  });
});

describe('ListingAuditRepository', () => {
  it('appends entries and reads the trail oldest first, with bigint ids as text', async () => {
    const owner = await anOrganization(db.dataSource);
    const user = await aUser(db.dataSource, owner);
    const listing = await aListing(db.dataSource, owner);
    const manager = db.dataSource.manager;
    await audit.append(manager, { listingId: listing, actorUserId: user, action: 'create', after: { title: 'A' } });
    await audit.append(manager, { listingId: listing, actorUserId: null, action: 'suspend', reason: '违规' });
    const trail = await audit.trail(manager, listing);
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'create',
        actorUserId: user,
        before: null,
        after: { title: 'A' },
        reason: null,
      }),
      expect.objectContaining({ action: 'suspend', actorUserId: null, before: null, after: null, reason: '违规' }),
    ]);
    expect(typeof trail[0].id).toBe('string');
    expect(BigInt(trail[0].id)).toBeLessThan(BigInt(trail[1].id));
  });
});

describe('ListingReportRepository', () => {
  it('adds reports, which the moderation queue shows until they are resolved', async () => {
    const owner = await anOrganization(db.dataSource);
    const reporter = await aUser(db.dataSource);
    const moderator = await aUser(db.dataSource);
    const listing = await aListing(db.dataSource, owner);
    const manager = db.dataSource.manager;
    const report = await reports.add(manager, listing, reporter, '虚假信息');
    expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.createdAt).toBeInstanceOf(Date);
    await reports.add(manager, listing, reporter, '重复发布');

    const queue = await listings.moderationQueue(manager, [owner], { status: 'reported', limit: 10 });
    expect(queue.map((item) => [item.id, item.openReports])).toEqual([[listing, 2]]);

    await reports.resolveOpen(manager, listing, moderator);
    expect(await listings.moderationQueue(manager, [owner], { status: 'reported', limit: 10 })).toEqual([]);
    const rows = await manager.query(`SELECT status, resolved_by FROM listing_reports WHERE listing_id = $1`, [
      listing,
    ]);
    expect(rows).toEqual([
      { status: 'resolved', resolved_by: moderator },
      { status: 'resolved', resolved_by: moderator },
    ]);
  });
});
