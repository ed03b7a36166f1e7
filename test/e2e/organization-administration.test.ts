import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { corpusBody, publishListing, verifiedProvider, type ProviderWorld } from '../support/deals';
import { eventually } from '../support/eventually';
import {
  Api,
  ADMIN_ENV,
  type Enterprise,
  GOOD_PASSWORD,
  type Session,
  TEST_ADMIN,
  uniqueEmail,
} from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * What an organization's owners and admins manage from its pages (issue 16): invitations
 * listed and revoked, members' roles changed and members removed (never the last owner),
 * webhooks disabled and enabled, and a live listing's pending revision withdrawn.
 */
let app: TestApp;
let api: Api;
let db: Client;
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const problem = (response: { status: number; headers: Record<string, unknown>; body: { code?: string } }) => ({
  status: response.status,
  type: String(response.headers['content-type']).split(';')[0],
  code: response.body?.code,
});

async function userIdOf(token: string): Promise<string> {
  return (await api.call('GET', 'me', { token })).body.id;
}

describe('invitations', () => {
  let a: Enterprise;
  let admin: Session;
  let member: Session;

  beforeAll(async () => {
    a = await api.registerEnterprise();
    admin = await api.addMember(a.organizationId, a.accessToken, 'admin');
    member = await api.addMember(a.organizationId, a.accessToken, 'member');
  });

  const invite = async (token: string, role = 'member') => {
    const invited = await api.call('POST', `organizations/${a.organizationId}/invitations`, {
      token,
      body: { email: uniqueEmail('invitee'), role },
    });
    expect(invited.status).toBe(201);
    return invited.body as { invitation: { id: string; email: string }; token: string };
  };

  it('lists every invitation with its status and who sent it, newest first, paged', async () => {
    const pending = await invite(admin.accessToken);
    const listed = await api.call('GET', `organizations/${a.organizationId}/invitations?limit=1`, {
      token: a.accessToken,
    });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ total: 3, page: 1, limit: 1 });
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: pending.invitation.id,
        email: pending.invitation.email,
        role: 'member',
        status: 'pending',
        invitedBy: { id: await userIdOf(admin.accessToken), displayName: 'admin' },
        acceptedAt: null,
        revokedAt: null,
      }),
    ]);
    expect(listed.body.items[0]).not.toHaveProperty('token');
    const accepted = await api.call('GET', `organizations/${a.organizationId}/invitations?status=accepted`, {
      token: admin.accessToken,
    });
    expect(accepted.body.total).toBe(2);
    expect(accepted.body.items.every((i: { status: string }) => i.status === 'accepted')).toBe(true);
  });

  it('revokes a pending invitation: its token stops working at once, and it says so', async () => {
    const pending = await invite(a.accessToken);
    const revoked = await api.call('DELETE', `organizations/${a.organizationId}/invitations/${pending.invitation.id}`, {
      token: admin.accessToken,
    });
    expect(revoked.status).toBe(204);
    const accept = await api.call('POST', 'invitations/accept', {
      body: { token: pending.token, password: GOOD_PASSWORD },
    });
    expect(problem(accept)).toMatchObject({ type: 'application/problem+json', code: 'INVITATION_INVALID' });
    const listed = await api.call('GET', `organizations/${a.organizationId}/invitations?status=revoked`, {
      token: a.accessToken,
    });
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: pending.invitation.id, status: 'revoked', revokedAt: expect.any(String) }),
    ]);
    const again = await api.call('DELETE', `organizations/${a.organizationId}/invitations/${pending.invitation.id}`, {
      token: a.accessToken,
    });
    expect(problem(again)).toEqual({ status: 409, type: 'application/problem+json', code: 'INVITATION_NOT_PENDING' });
    expect(again.body.invitationStatus).toBe('revoked');
    expect(again.body.detail).toBe('该邀请已被撤销');
  });

  it('an expired or accepted invitation is history: listed as such, not revocable', async () => {
    const old = await invite(a.accessToken);
    await db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      old.invitation.id,
    ]);
    const expired = await api.call('GET', `organizations/${a.organizationId}/invitations?status=expired`, {
      token: a.accessToken,
    });
    expect(expired.body.items.map((i: { id: string }) => i.id)).toEqual([old.invitation.id]);
    const revoke = await api.call('DELETE', `organizations/${a.organizationId}/invitations/${old.invitation.id}`, {
      token: a.accessToken,
    });
    expect(revoke.status).toBe(409);
    expect(revoke.body.invitationStatus).toBe('expired');
  });

  it("only an owner revokes an owner's invitation; members may not list or revoke", async () => {
    const owners = await invite(a.accessToken, 'owner');
    const byAdmin = await api.call('DELETE', `organizations/${a.organizationId}/invitations/${owners.invitation.id}`, {
      token: admin.accessToken,
    });
    expect(problem(byAdmin)).toMatchObject({ status: 403, code: 'OWNER_REQUIRED' });
    const list = await api.call('GET', `organizations/${a.organizationId}/invitations`, { token: member.accessToken });
    expect(problem(list)).toMatchObject({ status: 403, code: 'ADMIN_REQUIRED' });
    const outsider = await api.registerEnterprise();
    const hidden = await api.call('GET', `organizations/${a.organizationId}/invitations`, {
      token: outsider.accessToken,
    });
    expect(hidden.status).toBe(404);
    // Another organization's invitation is not found under one's own.
    const theirs = await api.call('POST', `organizations/${outsider.organizationId}/invitations`, {
      token: outsider.accessToken,
      body: { email: uniqueEmail('theirs'), role: 'member' },
    });
    const cross = await api.call(
      'DELETE',
      `organizations/${a.organizationId}/invitations/${theirs.body.invitation.id}`,
      {
        token: a.accessToken,
      },
    );
    expect(problem(cross)).toMatchObject({ status: 404, code: 'INVITATION_NOT_FOUND' });
  });

  it.each([
    ['an unknown status', '?status=lost'],
    ['a page of zero', '?page=0'],
    ['a limit too large', '?limit=1000'],
    ['a limit that is not a number', '?limit=many'],
  ])('refuses %s with 400 problem+json', async (_what, query) => {
    const response = await api.call('GET', `organizations/${a.organizationId}/invitations${query}`, {
      token: a.accessToken,
    });
    expect(problem(response)).toMatchObject({ status: 400, type: 'application/problem+json' });
  });

  it('refuses a malformed invitation id with 400 and an unknown one with 404', async () => {
    const malformed = await api.call('DELETE', `organizations/${a.organizationId}/invitations/not-a-uuid`, {
      token: a.accessToken,
    });
    expect(problem(malformed)).toMatchObject({ status: 400, type: 'application/problem+json' });
    const unknown = await api.call('DELETE', `organizations/${a.organizationId}/invitations/${randomUUID()}`, {
      token: a.accessToken,
    });
    expect(problem(unknown)).toMatchObject({ status: 404, code: 'INVITATION_NOT_FOUND' });
  });
});

describe('members', () => {
  let a: Enterprise;
  let admin: Session & { email: string };
  let member: Session & { email: string };
  let adminId: string;
  let memberId: string;

  beforeAll(async () => {
    a = await api.registerEnterprise();
    admin = await api.addMember(a.organizationId, a.accessToken, 'admin');
    member = await api.addMember(a.organizationId, a.accessToken, 'member');
    adminId = await userIdOf(admin.accessToken);
    memberId = await userIdOf(member.accessToken);
  });

  const role = (userId: string, next: string, token: string) =>
    api.call('PATCH', `organizations/${a.organizationId}/members/${userId}`, { token, body: { role: next } });

  it('an admin changes a member to admin and back; the change is audited and takes effect at once', async () => {
    const raised = await role(memberId, 'admin', admin.accessToken);
    expect(raised.status).toBe(200);
    expect(raised.body).toMatchObject({ userId: memberId, role: 'admin', email: member.email });
    // The member's live session manages the organization now (reads its invitations).
    const reads = await api.call('GET', `organizations/${a.organizationId}/invitations`, { token: member.accessToken });
    expect(reads.status).toBe(200);
    const lowered = await role(memberId, 'member', admin.accessToken);
    expect(lowered.body.role).toBe('member');
    const refused = await api.call('GET', `organizations/${a.organizationId}/invitations`, {
      token: member.accessToken,
    });
    expect(refused.status).toBe(403);
    const audit = await db.query(
      `SELECT user_id, actor_user_id, action, from_role, to_role FROM membership_audit
        WHERE organization_id = $1 ORDER BY id`,
      [a.organizationId],
    );
    expect(audit.rows).toEqual([
      { user_id: memberId, actor_user_id: adminId, action: 'role_changed', from_role: 'member', to_role: 'admin' },
      { user_id: memberId, actor_user_id: adminId, action: 'role_changed', from_role: 'admin', to_role: 'member' },
    ]);
  });

  it('nobody gives a role above their own, an admin does not touch an owner, a member manages nobody', async () => {
    expect(problem(await role(adminId, 'owner', admin.accessToken))).toMatchObject({
      status: 403,
      code: 'ROLE_ABOVE_OWN',
    });
    expect(problem(await role(memberId, 'owner', admin.accessToken))).toMatchObject({
      status: 403,
      code: 'ROLE_ABOVE_OWN',
    });
    expect(problem(await role(a.userId, 'member', admin.accessToken))).toMatchObject({
      status: 403,
      code: 'OWNER_REQUIRED',
    });
    const removeOwner = await api.call('DELETE', `organizations/${a.organizationId}/members/${a.userId}`, {
      token: admin.accessToken,
    });
    expect(problem(removeOwner)).toMatchObject({ status: 403, code: 'OWNER_REQUIRED' });
    expect(problem(await role(memberId, 'admin', member.accessToken))).toMatchObject({
      status: 403,
      code: 'ADMIN_REQUIRED',
    });
    const outsider = await api.registerEnterprise();
    expect((await role(memberId, 'admin', outsider.accessToken)).status).toBe(404);
    const owners = await db.query(
      `SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'owner'`,
      [a.organizationId],
    );
    expect(owners.rows[0].n).toBe(1);
  });

  it('never leaves the organization without an owner: 409 LAST_OWNER', async () => {
    const stepDown = await role(a.userId, 'admin', a.accessToken);
    expect(problem(stepDown)).toEqual({ status: 409, type: 'application/problem+json', code: 'LAST_OWNER' });
    const leave = await api.call('DELETE', `organizations/${a.organizationId}/members/${a.userId}`, {
      token: a.accessToken,
    });
    expect(problem(leave)).toMatchObject({ status: 409, code: 'LAST_OWNER' });
    // With a second owner, the first may step down.
    expect((await role(adminId, 'owner', a.accessToken)).body.role).toBe('owner');
    const now = await role(a.userId, 'admin', a.accessToken);
    expect(now.status).toBe(200);
    expect(now.body.role).toBe('admin');
    expect(problem(await role(adminId, 'member', admin.accessToken))).toMatchObject({
      status: 409,
      code: 'LAST_OWNER',
    });
  });

  it('removes a member: they lose access at once; the removal is audited', async () => {
    const removed = await api.call('DELETE', `organizations/${a.organizationId}/members/${memberId}`, {
      token: admin.accessToken,
    });
    expect(removed.status).toBe(204);
    const members = await api.call('GET', `organizations/${a.organizationId}/members`, { token: admin.accessToken });
    expect(members.body.map((m: { userId: string }) => m.userId)).not.toContain(memberId);
    const gone = await api.call('GET', `organizations/${a.organizationId}/members`, { token: member.accessToken });
    expect(gone.status).toBe(404);
    const again = await api.call('DELETE', `organizations/${a.organizationId}/members/${memberId}`, {
      token: admin.accessToken,
    });
    expect(problem(again)).toMatchObject({ status: 404, code: 'MEMBER_NOT_FOUND' });
    const audit = await db.query(
      `SELECT action, from_role, to_role FROM membership_audit WHERE organization_id = $1 AND user_id = $2 ORDER BY id DESC LIMIT 1`,
      [a.organizationId, memberId],
    );
    expect(audit.rows).toEqual([{ action: 'removed', from_role: 'member', to_role: null }]);
  });

  it.each([
    ['an unknown role', { role: 'boss' }],
    ['no role', {}],
    ['a role that is not a string', { role: 3 }],
  ])('refuses %s with 400 problem+json', async (_what, body) => {
    const response = await api.call('PATCH', `organizations/${a.organizationId}/members/${adminId}`, {
      token: admin.accessToken,
      body,
    });
    expect(problem(response)).toMatchObject({ status: 400, type: 'application/problem+json' });
  });

  it('refuses a malformed user id with 400', async () => {
    const response = await api.call('DELETE', `organizations/${a.organizationId}/members/me`, {
      token: admin.accessToken,
    });
    expect(problem(response)).toMatchObject({ status: 400, type: 'application/problem+json' });
  });
});

describe('webhooks', () => {
  let a: Enterprise;
  let member: Session;

  beforeAll(async () => {
    a = await api.registerEnterprise();
    member = await api.addMember(a.organizationId, a.accessToken, 'member');
  });

  const add = async (path: string) => {
    const created = await api.call('POST', `organizations/${a.organizationId}/webhooks`, {
      token: a.accessToken,
      body: { url: `${receiverUrl}${path}`, events: ['deal.created'] },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  it('a disabled endpoint gets no deliveries; enabled again, it does', async () => {
    const off = await add('/off');
    const on = await add('/on');
    const disabled = await api.call('PATCH', `organizations/${a.organizationId}/webhooks/${off}`, {
      token: a.accessToken,
      body: { active: false },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: off, active: false });
    const listed = await api.call('GET', `organizations/${a.organizationId}/webhooks`, { token: a.accessToken });
    expect(listed.body.find((w: { id: string }) => w.id === off).active).toBe(false);

    const deliveriesOf = async (webhookId: string, eventId: string) =>
      (
        await db.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND event_id = $2`, [
          webhookId,
          eventId,
        ])
      ).rows[0].n as number;

    const first = await emitDealCreated(a);
    await eventually(async () => (await deliveriesOf(on, first)) === 1, { what: 'the active endpoint’s delivery' });
    expect(await deliveriesOf(off, first)).toBe(0);

    const enabled = await api.call('PATCH', `organizations/${a.organizationId}/webhooks/${off}`, {
      token: a.accessToken,
      body: { active: true },
    });
    expect(enabled.body.active).toBe(true);
    const second = await emitDealCreated(a);
    await eventually(async () => (await deliveriesOf(off, second)) === 1, {
      what: 'the re-enabled endpoint’s delivery',
    });
  });

  it('only owners and admins switch an endpoint; unknown ones are 404; bad bodies 400', async () => {
    const id = await add('/guarded');
    const byMember = await api.call('PATCH', `organizations/${a.organizationId}/webhooks/${id}`, {
      token: member.accessToken,
      body: { active: false },
    });
    expect(problem(byMember)).toMatchObject({ status: 403, code: 'ADMIN_REQUIRED' });
    const unknown = await api.call('PATCH', `organizations/${a.organizationId}/webhooks/${randomUUID()}`, {
      token: a.accessToken,
      body: { active: false },
    });
    expect(problem(unknown)).toMatchObject({ status: 404, code: 'WEBHOOK_NOT_FOUND' });
    for (const body of [{}, { active: 'no' }, { active: null }]) {
      const bad = await api.call('PATCH', `organizations/${a.organizationId}/webhooks/${id}`, {
        token: a.accessToken,
        body,
      });
      expect(problem(bad)).toMatchObject({ status: 400, type: 'application/problem+json' });
    }
    const still = await api.call('GET', `organizations/${a.organizationId}/webhooks`, { token: a.accessToken });
    expect(still.body.find((w: { id: string }) => w.id === id).active).toBe(true);
  });
});

/** Commits a deal.created event for `provider` as libs/deals would: its id. */
async function emitDealCreated(provider: Enterprise): Promise<string> {
  const id = randomUUID();
  const dealId = randomUUID();
  const payload = {
    dealId,
    kind: 'booking',
    listingId: randomUUID(),
    listingTitle: '三坐标测量机 CMM 测试服务',
    requesterOrganizationId: randomUUID(),
    requesterUserId: randomUUID(),
    providerOrganizationId: provider.organizationId,
    state: 'requested',
    actorSide: 'requester',
    actorUserId: randomUUID(),
  };
  await db.query(
    `INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload, request_id)
     VALUES ($1, 'deal.created', 'deal', $2, $3, NULL)`,
    [id, dealId, JSON.stringify(payload)],
  );
  await db.query(`SELECT pg_notify('outbox', '')`);
  return id;
}

describe('withdrawing a pending revision', () => {
  let world: ProviderWorld;
  let listingId: string;
  let liveTitle: string;

  beforeAll(async () => {
    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    world = await verifiedProvider(api, admin.accessToken, '撤回测试园区');
    const body = corpusBody('C001');
    liveTitle = body.title as string;
    listingId = await publishListing(api, world, body);
  });

  it('withdraws it: the live version stays, the revision is kept as withdrawn, moderators have nothing left', async () => {
    const live = await api.call('GET', `listings/${listingId}`, { token: world.provider.accessToken });
    const revised = await api.call('PATCH', `listings/${listingId}`, {
      token: world.provider.accessToken,
      body: { version: live.body.version, title: '五轴联动CNC加工（待撤回）' },
    });
    expect(revised.body.pendingRevision.content.title).toBe('五轴联动CNC加工（待撤回）');
    const withdrawn = await api.call('POST', `listings/${listingId}/withdraw-revision`, {
      token: world.provider.accessToken,
      headers: { 'if-match': `"${revised.body.version}"` },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'published', title: liveTitle, pendingRevision: null });
    expect(withdrawn.body.version).toBe(revised.body.version + 1);
    const publicView = await api.call('GET', `listings/${listingId}`);
    expect(publicView.body.title).toBe(liveTitle);
    const revisions = await db.query(`SELECT status FROM listing_revisions WHERE listing_id = $1`, [listingId]);
    expect(revisions.rows).toEqual([{ status: 'withdrawn' }]);
    const trail = await api.call('GET', `listings/${listingId}/audit`, { token: world.provider.accessToken });
    expect(trail.body.at(-1)).toMatchObject({ action: 'withdraw_revision' });
    // A moderator approving the withdrawn version meets the listing as it is now.
    const approve = await api.call('POST', `listings/${listingId}/approve`, {
      token: world.operator.accessToken,
      headers: { 'if-match': `"${revised.body.version}"` },
    });
    expect(approve.status).toBe(409);
  });

  it('409 NO_PENDING_REVISION when there is none; a stale If-Match is 409 too', async () => {
    const none = await api.call('POST', `listings/${listingId}/withdraw-revision`, {
      token: world.provider.accessToken,
    });
    expect(problem(none)).toEqual({ status: 409, type: 'application/problem+json', code: 'NO_PENDING_REVISION' });
    const live = await api.call('GET', `listings/${listingId}`, { token: world.provider.accessToken });
    await api.call('PATCH', `listings/${listingId}`, {
      token: world.provider.accessToken,
      body: { version: live.body.version, title: '又一次修改' },
    });
    const stale = await api.call('POST', `listings/${listingId}/withdraw-revision`, {
      token: world.provider.accessToken,
      headers: { 'if-match': `"${live.body.version}"` },
    });
    expect(problem(stale)).toMatchObject({ status: 409, code: 'LISTING_VERSION_CONFLICT' });
    const pending = await db.query(
      `SELECT count(*)::int AS n FROM listing_revisions WHERE listing_id = $1 AND status = 'pending'`,
      [listingId],
    );
    expect(pending.rows[0].n).toBe(1);
  });

  it('only the owner withdraws; others are refused and the revision stays', async () => {
    const outsider = await api.registerEnterprise();
    const byOutsider = await api.call('POST', `listings/${listingId}/withdraw-revision`, {
      token: outsider.accessToken,
    });
    expect([403, 404]).toContain(byOutsider.status);
    expect(byOutsider.headers['content-type']).toMatch(/application\/problem\+json/);
    const byModerator = await api.call('POST', `listings/${listingId}/withdraw-revision`, {
      token: world.operator.accessToken,
    });
    expect(problem(byModerator)).toMatchObject({ status: 403, code: 'OWNER_REQUIRED' });
    const anonymous = await api.call('POST', `listings/${listingId}/withdraw-revision`);
    expect(anonymous.status).toBe(401);
    const malformed = await api.call('POST', 'listings/x/withdraw-revision', { token: world.provider.accessToken });
    expect(malformed.status).toBe(400);
    const current = await api.call('GET', `listings/${listingId}`, { token: world.provider.accessToken });
    expect(current.body.pendingRevision.content.title).toBe('又一次修改');
  });
});
