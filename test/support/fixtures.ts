import { randomInt } from 'node:crypto';
import { UnitOfWork } from '@rongtong/platform';
import type { TestApp } from './test-app';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCodeValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55; // A=10 … Z=35
}

/**
 * A fresh, valid unified social credit code in `regionCode` (GB 32100 and GB 11714
 * checks computed as DOMAIN.md states), so every test enterprise is distinct and real-looking.
 */
export function makeUscc(regionCode = '320594'): string {
  const body = Array.from({ length: 8 }, () => String(randomInt(10))).join('');
  const orgSum = [...body].reduce((sum, c, i) => sum + orgCodeValue(c) * ORG_WEIGHTS[i], 0);
  const orgCheckValue = 11 - (orgSum % 11);
  const orgCheck = orgCheckValue === 10 ? 'X' : orgCheckValue === 11 ? '0' : String(orgCheckValue);
  const first17 = `91${regionCode}${body}${orgCheck}`;
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * (3 ** i % 31), 0);
  const check = (31 - (sum % 31)) % 31;
  return first17 + ALPHABET[check];
}

let counter = 0;
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}.${counter}.${randomInt(1e6)}@example.cn`;
}

export const GOOD_PASSWORD = 'correct horse battery staple';

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export interface Enterprise extends Session {
  organizationId: string;
  userId: string;
  email: string;
  uscc: string;
}

/** A thin JSON client over Fastify's inject, for journeys written as a user would act. */
export class Api {
  constructor(private readonly app: TestApp) {}

  async call(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const response = await this.app.api.inject({
      method,
      url: path.startsWith('/') ? path : `/api/v1/${path}`,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const text = response.body;
    let json: any = undefined;
    if (text && /json/.test(String(response.headers['content-type']))) json = JSON.parse(text);
    return { status: response.statusCode, body: json, headers: response.headers };
  }

  /**
   * Signs an enterprise up, and (unless `verified: false`) verifies its owner's email the
   * way the owner would: with the token of the verification email, read from the outbox
   * event that carries it.
   */
  async registerEnterprise(
    overrides: { name?: string; uscc?: string; email?: string; regionCode?: string; verified?: boolean } = {},
  ): Promise<Enterprise> {
    const uscc = overrides.uscc ?? makeUscc(overrides.regionCode);
    const email = overrides.email ?? uniqueEmail('owner');
    const response = await this.call('POST', 'auth/register', {
      body: {
        organization: { name: overrides.name ?? `测试企业${uscc.slice(8, 14)}有限公司`, uscc },
        user: { email, password: GOOD_PASSWORD, displayName: 'Owner' },
      },
    });
    if (response.status !== 201)
      throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
    if (overrides.verified !== false) await this.verifyEmail(response.body.user.id);
    return {
      organizationId: response.body.organization.id,
      userId: response.body.user.id,
      email,
      uscc,
      accessToken: response.body.accessToken,
      refreshToken: response.body.refreshToken,
    };
  }

  /** The token of the latest verification email written for the user (the link's `token`). */
  async verificationToken(userId: string): Promise<string> {
    const rows: Array<{ token: string }> = await this.app.api.get(UnitOfWork).db.query(
      `SELECT payload->>'token' AS token FROM outbox
        WHERE type = 'account.email_verification_requested' AND payload->>'userId' = $1
        ORDER BY created_at DESC LIMIT 1`,
      [userId],
    );
    if (!rows[0]) throw new Error(`no verification email for user ${userId}`);
    return rows[0].token;
  }

  /** Follows the user's latest verification link. */
  async verifyEmail(userId: string): Promise<void> {
    const verified = await this.call('POST', 'auth/verify-email', {
      body: { token: await this.verificationToken(userId) },
    });
    if (verified.status !== 204) throw new Error(`verify failed: ${verified.status} ${JSON.stringify(verified.body)}`);
  }

  async login(email: string, password = GOOD_PASSWORD): Promise<Session> {
    const response = await this.call('POST', 'auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Invites `email` into the organization and accepts: returns the new member's session. */
  async addMember(
    organizationId: string,
    adminToken: string,
    role: 'owner' | 'admin' | 'member',
    email = uniqueEmail(role),
  ): Promise<Session & { email: string }> {
    const invited = await this.call('POST', `organizations/${organizationId}/invitations`, {
      token: adminToken,
      body: { email, role },
    });
    if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
    const accepted = await this.call('POST', 'invitations/accept', {
      body: { token: invited.body.token, password: GOOD_PASSWORD, displayName: role },
    });
    if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    return { ...accepted.body, email };
  }

  /** A park with a new operator organization, whose owner accepts the invitation. */
  async createPark(adminToken: string, name: string, regionCode = '320594') {
    const created = await this.call('POST', 'parks', {
      token: adminToken,
      body: { name, regionCode, operator: { name: `${name}管委会`, adminEmail: uniqueEmail('operator') } },
    });
    if (created.status !== 201) throw new Error(`park failed: ${created.status} ${JSON.stringify(created.body)}`);
    const accepted = await this.call('POST', 'invitations/accept', {
      body: { token: created.body.invitation.token, password: GOOD_PASSWORD, displayName: 'Operator' },
    });
    if (accepted.status !== 200) throw new Error(`operator accept failed: ${JSON.stringify(accepted.body)}`);
    return { parkId: created.body.park.id as string, operator: accepted.body as Session };
  }
}

export const TEST_ADMIN = { email: 'platform.admin@example.cn', password: 'platform admin pass 2026' };
export const ADMIN_ENV = { PLATFORM_ADMIN_EMAIL: TEST_ADMIN.email, PLATFORM_ADMIN_PASSWORD: TEST_ADMIN.password };
