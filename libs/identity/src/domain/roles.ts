export const ORGANIZATION_KINDS = ['enterprise', 'park_operator', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const MEMBERSHIP_ROLES = ['owner', 'admin', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const VERIFICATION_STATES = ['unverified', 'verified', 'rejected'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const PARK_MEMBERSHIP_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ParkMembershipStatus = (typeof PARK_MEMBERSHIP_STATUSES)[number];

/** Owners and admins manage an organization; members act for it. */
export function canManage(role: MembershipRole): boolean {
  return role === 'owner' || role === 'admin';
}
