import { type Actor, isMemberOf, type Locale, moderatesAnyOf, visibleBadge } from '../domain';
import type { OrganizationRecord, ParkRecord, UserRecord } from '../persistence';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  emailVerified: boolean;
  createdAt: Date;
}

export function userView(
  user: Pick<UserRecord, 'id' | 'email' | 'displayName' | 'locale' | 'emailVerifiedAt' | 'createdAt'>,
): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}

export function parkView(park: ParkRecord) {
  return {
    id: park.id,
    name: park.name,
    regionCode: park.regionCode,
    operator: { id: park.operatorOrganizationId, name: park.operatorName },
    createdAt: park.createdAt,
  };
}

/**
 * An organization as `actor` may see it: the public profile for everyone; employees,
 * revenue, contact details and the verification reason only for its members and for
 * the moderators of its parks.
 */
export function organizationView(
  organization: OrganizationRecord,
  {
    actor,
    parks,
    moderatedParkIds,
  }: { actor?: Actor; parks: Array<{ id: string; name: string }>; moderatedParkIds: string[] },
) {
  const publicProfile = {
    id: organization.id,
    kind: organization.kind,
    name: organization.name,
    nameEn: organization.nameEn,
    uscc: organization.uscc,
    regionCode: organization.regionCode,
    industrySection: organization.industrySection,
    industryDivision: organization.industryDivision,
    sizeClass: organization.sizeClass,
    badge: visibleBadge(organization.badge),
    verificationState: organization.verificationState,
    description: organization.description,
    website: organization.website,
    parks,
    createdAt: organization.createdAt,
  };
  const privileged = isMemberOf(actor, organization.id) || moderatesAnyOf(actor, moderatedParkIds);
  if (!privileged) return publicProfile;
  return {
    ...publicProfile,
    employees: organization.employees,
    annualRevenueFen: organization.annualRevenueFen,
    badgeOnRecord: organization.badge,
    verificationReason: organization.verificationReason,
    verifiedAt: organization.verifiedAt,
    address: organization.address,
    contact: organization.contact,
    frozenReason: organization.frozenReason,
    updatedAt: organization.updatedAt,
    version: organization.version,
  };
}
