export const ORGANIZATION_KINDS = ['enterprise', 'park_operator', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const MEMBERSHIP_ROLES = ['owner', 'admin', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Where an invitation stands: pending until accepted, revoked or past its deadline (expired). */
export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const VERIFICATION_STATES = ['unverified', 'verified', 'rejected'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const PARK_MEMBERSHIP_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ParkMembershipStatus = (typeof PARK_MEMBERSHIP_STATUSES)[number];

/** Owners and admins manage an organization; members act for it. */
export function canManage(role: MembershipRole): boolean {
  return role === 'owner' || role === 'admin';
}

const ROLE_RANK: Record<MembershipRole, number> = { member: 0, admin: 1, owner: 2 };

/** Whether `role` stands above `than` (owner > admin > member). */
export function outranks(role: MembershipRole, than: MembershipRole): boolean {
  return ROLE_RANK[role] > ROLE_RANK[than];
}
