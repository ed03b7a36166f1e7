import { createHash, randomBytes } from 'node:crypto';
import { AccountTokenRepository } from '../../libs/identity/src/persistence/account-token.repository';
import { InvitationRepository } from '../../libs/identity/src/persistence/invitation.repository';
import { OrganizationRepository } from '../../libs/identity/src/persistence/organization.repository';
import { UserAuditRepository } from '../../libs/identity/src/persistence/user-audit.repository';
import { UserRepository } from '../../libs/identity/src/persistence/user.repository';
import { anOrganization, type MediumDb, mediumDb } from './medium-db';

let db: MediumDb;
const users = new UserRepository();
const organizations = new OrganizationRepository();
const invitations = new InvitationRepository();
const tokens = new AccountTokenRepository();
const userAudit = new UserAuditRepository();

beforeAll(async () => {
  db = await mediumDb();
});
afterAll(() => db.close());

const hash = () => createHash('sha256').update(randomBytes(16)).digest('hex');
const email = () => `Person.${randomBytes(3).toString('hex')}@Example.com`;

describe('UserRepository', () => {
  it('writes a user and finds them by email whatever its case; profile, password, login and suspension', async () => {
    const manager = db.dataSource.manager;
    const address = email();
    const user = await users.insert(manager, { email: address, displayName: '张三', passwordHash: 'h1' });
    expect(user).toMatchObject({ email: address, locale: 'zh-CN', emailVerifiedAt: null, suspendedAt: null });
    expect(await users.findByEmail(manager, address.toLowerCase())).toEqual(user);
    expect(await users.findById(manager, user.id)).toEqual(user);

    await users.updateProfile(manager, user.id, { locale: 'en' });
    await users.setPassword(manager, user.id, 'h2');
    await users.recordLogin(manager, user.id);
    const updated = (await users.findById(manager, user.id))!;
    expect(updated).toMatchObject({ displayName: '张三', locale: 'en', passwordHash: 'h2' });
    expect(updated.lastLoginAt).toBeInstanceOf(Date);

    const admin = await users.insert(manager, { email: email(), displayName: '管理员', passwordHash: 'x' });
    await users.suspend(manager, user.id, '冒用身份', admin.id);
    expect(await users.findForAdmin(manager, user.id)).toMatchObject({
      suspendedReason: '冒用身份',
      suspendedBy: admin.id,
      isPlatformAdmin: false,
    });
    await users.reinstate(manager, user.id);
    expect(await users.findForAdmin(manager, user.id)).toMatchObject({
      suspendedAt: null,
      suspendedReason: null,
      suspendedBy: null,
    });
    await userAudit.record(manager, { userId: user.id, actorUserId: admin.id, action: 'suspend', reason: '冒用身份' });
    const trail = await manager.query(`SELECT action, reason FROM user_audit WHERE user_id = $1`, [user.id]);
    expect(trail).toEqual([{ action: 'suspend', reason: '冒用身份' }]);
  });

  it('refuses a second user with the same email in another case', async () => {
    const address = email();
    await users.insert(db.dataSource.manager, { email: address, displayName: '甲', passwordHash: 'x' });
    await expect(
      users.insert(db.dataSource.manager, { email: address.toUpperCase(), displayName: '乙', passwordHash: 'x' }),
    ).rejects.toMatchObject({ driverError: { code: '23505' } });
  });

  it('adds memberships without demoting anyone, and reads them as profile and actor facts', async () => {
    const manager = db.dataSource.manager;
    const user = await users.insert(manager, { email: email(), displayName: '李四', passwordHash: 'x' });
    const org = await anOrganization(db.dataSource, '苏州精密机械有限公司');
    await users.addMembership(manager, user.id, org, 'owner');
    await users.addMembership(manager, user.id, org, 'member');
    expect((await users.profileOf(manager, user.id))!.memberships).toEqual([
      { organizationId: org, organizationName: '苏州精密机械有限公司', kind: 'enterprise', role: 'owner' },
    ]);
    expect(await users.actorFacts(manager, user.id)).toEqual({
      memberships: [{ organizationId: org, kind: 'enterprise', role: 'owner' }],
      operatedParkIds: [],
    });
    expect((await users.membersOf(manager, org)).map((m) => [m.userId, m.role])).toEqual([[user.id, 'owner']]);
  });
});

describe('OrganizationRepository', () => {
  it('writes an organization with JSON columns, finds it by credit code and updates it with the version', async () => {
    const manager = db.dataSource.manager;
    const uscc = `91320500${randomBytes(5).toString('hex').toUpperCase()}`;
    const org = await organizations.insert(manager, {
      kind: 'enterprise',
      name: '无锡检测技术有限公司',
      uscc,
      regionCode: '320214',
      annualRevenueFen: 12_000_000_00,
      contact: { name: '王工', phone: '0510-00000000' },
    });
    expect(org).toMatchObject({ uscc, annualRevenueFen: 12_000_000_00, contact: { name: '王工' }, version: 1 });
    expect(await organizations.idByUscc(manager, uscc)).toBe(org.id);
    expect(await organizations.existsByUscc(manager, uscc)).toBe(true);
    expect(await organizations.findByUscc(manager, uscc)).toEqual(org);

    const updated = await organizations.update(manager, org.id, { website: 'https://example.com', contact: null });
    expect(updated).toMatchObject({ website: 'https://example.com', contact: null, version: 2 });
    expect(await organizations.frozenAmong(manager, [org.id])).toEqual(new Map());
  });
});

describe('InvitationRepository', () => {
  it('finds an open invitation by its token hash only until it is accepted or expires', async () => {
    const manager = db.dataSource.manager;
    const org = await anOrganization(db.dataSource);
    const invitee = await users.insert(manager, { email: email(), displayName: '受邀者', passwordHash: 'x' });
    const tokenHash = hash();
    const expiresAt = new Date(Date.now() + 86_400_000);
    const invitation = await invitations.insert(manager, {
      organizationId: org,
      email: invitee.email,
      role: 'member',
      tokenHash,
      invitedBy: null,
      expiresAt,
    });
    expect(invitation).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      organizationId: org,
      email: invitee.email,
      role: 'member',
      expiresAt,
      acceptedAt: null,
    });
    const found = await db.dataSource.transaction((tx) => invitations.lockOpenByTokenHash(tx, tokenHash));
    expect(found).toEqual(invitation);
    await invitations.markAccepted(manager, invitation.id, invitee.id);
    expect(await db.dataSource.transaction((tx) => invitations.lockOpenByTokenHash(tx, tokenHash))).toBeUndefined();

    const lapsedHash = hash();
    await invitations.insert(manager, {
      organizationId: org,
      email: email(),
      role: 'admin',
      tokenHash: lapsedHash,
      invitedBy: invitee.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await db.dataSource.transaction((tx) => invitations.lockOpenByTokenHash(tx, lapsedHash))).toBeUndefined();
  });
});

describe('AccountTokenRepository', () => {
  it('issues, finds, spends and supersedes tokens by purpose', async () => {
    const manager = db.dataSource.manager;
    const user = await users.insert(manager, { email: email(), displayName: '王五', passwordHash: 'x' });
    const since = new Date(Date.now() - 60_000);
    const [first, second, other] = [hash(), hash(), hash()];
    const expiresAt = new Date(Date.now() + 3_600_000);
    await tokens.insert(manager, {
      userId: user.id,
      purpose: 'password_reset',
      tokenHash: first,
      email: user.email,
      expiresAt,
    });
    await tokens.insert(manager, {
      userId: user.id,
      purpose: 'password_reset',
      tokenHash: second,
      email: user.email,
      expiresAt,
    });
    await tokens.insert(manager, {
      userId: user.id,
      purpose: 'email_verification',
      tokenHash: other,
      email: user.email,
      expiresAt,
    });
    expect(await tokens.issuedSince(manager, user.id, 'password_reset', since)).toHaveLength(2);
    expect(await tokens.issuedSince(manager, user.id, 'password_reset', new Date(Date.now() + 60_000))).toEqual([]);

    const found = await db.dataSource.transaction((tx) => tokens.findByHash(tx, first, { forUpdate: true }));
    expect(found).toMatchObject({ userId: user.id, purpose: 'password_reset', email: user.email, usedAt: null });
    await tokens.markUsed(manager, found!.id);
    expect((await tokens.findByHash(manager, first))!.usedAt).toBeInstanceOf(Date);

    await tokens.expireOutstanding(manager, user.id, 'password_reset');
    expect((await tokens.findByHash(manager, second))!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // The used one keeps its expiry; the other purpose is untouched.
    expect((await tokens.findByHash(manager, first))!.expiresAt).toEqual(expiresAt);
    expect((await tokens.findByHash(manager, other))!.expiresAt).toEqual(expiresAt);
    expect(await tokens.findByHash(manager, hash())).toBeUndefined();
  });
});
