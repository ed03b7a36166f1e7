import type { Locale } from './account';
import { EmailNotVerifiedError } from './account.errors';
import { canManage, type MembershipRole, type OrganizationKind } from './roles';

export interface ActorMembership {
  organizationId: string;
  kind: OrganizationKind;
  role: MembershipRole;
}

/**
 * Who is asking: the authenticated user with the organizations they belong to and the
 * parks those organizations operate. Loaded fresh for every request, so a removed
 * membership or a revoked session takes effect at once.
 */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  memberships: ActorMembership[];
  /** Parks operated by an organization this user belongs to. */
  operatedParkIds: string[];
  isPlatformAdmin: boolean;
  /** Whether the user proved their email address (marketplace actions wait for it). */
  emailVerified: boolean;
  /** The language the user chose, for what the API writes to them. */
  locale: Locale;
}

/**
 * Submitting listings, opening deals, posting demands and inviting need a verified email:
 * throws 403 EMAIL_NOT_VERIFIED otherwise. Signing in and browsing do not.
 */
export function assertEmailVerified(actor: Actor): void {
  if (!actor.emailVerified) throw new EmailNotVerifiedError();
}

export function membershipIn(actor: Actor | undefined, organizationId: string): ActorMembership | undefined {
  return actor?.memberships.find((m) => m.organizationId === organizationId);
}

export function isMemberOf(actor: Actor | undefined, organizationId: string): boolean {
  return membershipIn(actor, organizationId) !== undefined;
}

export function isAdminOf(actor: Actor | undefined, organizationId: string): boolean {
  const membership = membershipIn(actor, organizationId);
  return membership !== undefined && canManage(membership.role);
}

export function operatesPark(actor: Actor | undefined, parkId: string): boolean {
  return actor?.isPlatformAdmin === true || (actor?.operatedParkIds.includes(parkId) ?? false);
}

/** A moderator of an enterprise: operator of one of the given parks, or a platform admin. */
export function moderatesAnyOf(actor: Actor | undefined, parkIds: readonly string[]): boolean {
  return actor?.isPlatformAdmin === true || parkIds.some((id) => actor?.operatedParkIds.includes(id));
}

/** The enterprises the actor acts for (members of any role). */
export function enterpriseIds(actor: Actor | undefined): string[] {
  return actor?.memberships.filter((m) => m.kind === 'enterprise').map((m) => m.organizationId) ?? [];
}
