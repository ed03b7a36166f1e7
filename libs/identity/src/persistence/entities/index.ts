import { AccountTokenEntity } from './account-tokens.entity';
import { InvitationEntity } from './invitations.entity';
import { MembershipEntity } from './memberships.entity';
import { MembershipAuditEntity } from './membership-audit.entity';
import { OrganizationEntity } from './organizations.entity';
import { ParkMembershipEntity } from './park-memberships.entity';
import { ParkEntity } from './parks.entity';
import { RefreshTokenEntity } from './refresh-tokens.entity';
import { SessionEntity } from './sessions.entity';
import { UserAuditEntity } from './user-audit.entity';
import { UserEntity } from './users.entity';
import { UsccDisputeAuditEntity } from './uscc-dispute-audit.entity';
import { UsccDisputeEntity } from './uscc-disputes.entity';
import { VerificationDocumentAuditEntity } from './verification-document-audit.entity';
import { VerificationDocumentEntity } from './verification-documents.entity';

export * from './account-tokens.entity';
export * from './invitations.entity';
export * from './memberships.entity';
export * from './membership-audit.entity';
export * from './organizations.entity';
export * from './park-memberships.entity';
export * from './parks.entity';
export * from './refresh-tokens.entity';
export * from './sessions.entity';
export * from './user-audit.entity';
export * from './users.entity';
export * from './uscc-dispute-audit.entity';
export * from './uscc-disputes.entity';
export * from './verification-document-audit.entity';
export * from './verification-documents.entity';

/** Every table of the identity context, for the DataSource. */
export const identityEntities = [
  AccountTokenEntity,
  InvitationEntity,
  MembershipEntity,
  MembershipAuditEntity,
  OrganizationEntity,
  ParkMembershipEntity,
  ParkEntity,
  RefreshTokenEntity,
  SessionEntity,
  UserAuditEntity,
  UserEntity,
  UsccDisputeAuditEntity,
  UsccDisputeEntity,
  VerificationDocumentAuditEntity,
  VerificationDocumentEntity,
];
