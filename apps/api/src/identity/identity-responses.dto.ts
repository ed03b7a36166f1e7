import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BADGE_TIERS, INVITATION_STATUSES, LOCALES } from '@rongtong/identity';
import { PageOf } from '../openapi/page.dto';
import { ContactDto } from './identity.dto';
import { VerificationDocumentSummaryDto } from './verification-documents.dto';

const ROLES = ['owner', 'admin', 'member'];
const ORGANIZATION_KINDS = ['enterprise', 'park_operator', 'platform'];

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: string;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class OrganizationBadgeDto {
  @ApiProperty({ enum: BADGE_TIERS }) tier!: string;
  @ApiProperty() issuingAuthority!: string;
  @ApiProperty() certificateNumber!: string;
  @ApiProperty({ format: 'date' }) expiresOn!: string;
}

/** The badge as claimed, with where its review stands (members and moderators only). */
class BadgeOnRecordDto extends OrganizationBadgeDto {
  @ApiProperty({ enum: ['pending', 'verified', 'rejected'], description: 'Pending until a park operator reviews it' })
  status!: string;
}

class NamedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

/**
 * An organization: the public profile for everyone; employees, revenue, contact and the
 * verification reason also for its members and its parks' moderators.
 */
export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: string;
  @ApiProperty({ example: '苏州澄锐精密制造有限公司' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '91320594MA1XXXXXX0' }) uscc!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '320594' }) regionCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'C' }) industrySection!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'C34' }) industryDivision!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['large', 'medium', 'small', 'micro'] }) sizeClass!: string | null;
  @ApiProperty({ type: OrganizationBadgeDto, nullable: true, description: '专精特新; not shown once expired' })
  badge!: OrganizationBadgeDto | null;
  @ApiProperty({ enum: ['unverified', 'verified', 'rejected'] }) verificationState!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: [NamedDto] }) parks!: NamedDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) employees?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) annualRevenueFen?: number | null;
  @ApiPropertyOptional({ type: BadgeOnRecordDto, nullable: true }) badgeOnRecord?: BadgeOnRecordDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) verificationReason?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) verifiedAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) address?: string | null;
  @ApiPropertyOptional({ type: ContactDto, nullable: true }) contact?: ContactDto | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: ['uscc_disputed', 'uscc_revoked'],
    description:
      'Why the enterprise may not publish, trade or post demands (its credit code is disputed or was revoked)',
  })
  frozenReason?: string | null;
  @ApiPropertyOptional({ format: 'date-time' }) updatedAt?: string;
  @ApiPropertyOptional() version?: number;
}

/** A session just opened. Browsers sending `X-Client: web` get the refresh token only as the httpOnly cookie. */
export class TokenPairDto {
  @ApiProperty({ description: 'Send as Authorization: Bearer …; keep it in memory' }) accessToken!: string;
  @ApiPropertyOptional({ description: 'Omitted for X-Client: web (it is in the cookie)' }) refreshToken?: string;
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: string;
}

export class RegisteredDto extends TokenPairDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiProperty({ type: OrganizationDto }) organization!: OrganizationDto;
}

class InvitedOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: string;
}

export class AcceptedInvitationDto extends TokenPairDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiProperty({ type: InvitedOrganizationDto }) organization!: InvitedOrganizationDto;
  @ApiProperty({ enum: ROLES }) role!: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) acceptedAt!: string | null;
  @ApiProperty({ type: NamedDto }) organization!: NamedDto;
}

class InviterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

/** An invitation as its organization's owners and admins list it (never its token). */
export class InvitationListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status!: string;
  @ApiProperty({ type: InviterDto, nullable: true, description: 'Who sent it (null if that account is gone)' })
  invitedBy!: InviterDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) acceptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) revokedAt!: string | null;
}

export class InvitationPageDto extends PageOf(InvitationListItemDto, 'InvitationPageDto') {}

export class CreatedInvitationDto {
  @ApiProperty({ type: InvitationDto }) invitation!: InvitationDto;
  @ApiProperty({ description: 'The one-time token, also emailed as the accept link; shown once' }) token!: string;
}

export class ParkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '苏州工业园区' }) name!: string;
  @ApiProperty({ example: '320571' }) regionCode!: string;
  @ApiProperty({ type: NamedDto, description: 'The park operator organization' }) operator!: NamedDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class OperatorInvitationDto {
  @ApiProperty() token!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class CreatedParkDto {
  @ApiProperty({ type: ParkDto }) park!: ParkDto;
  @ApiPropertyOptional({ type: OperatorInvitationDto, description: "The operator's first owner's invitation" })
  invitation?: OperatorInvitationDto;
}

export class ParkMembershipDto {
  @ApiProperty({ format: 'uuid' }) parkId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt!: string | null;
}

class RegionStepDto {
  @ApiProperty({ example: '320594' }) code!: string;
  @ApiProperty({ example: '苏州工业园区' }) name!: string;
  @ApiProperty({ example: 'Suzhou Industrial Park' }) nameEn!: string;
}

/** What a credit code says of its holder (GB 32100-2015). */
class CreditCodeReadingDto {
  @ApiProperty({ example: '9' }) registrationAuthorityCode!: string;
  @ApiProperty({ enum: ['organization_establishment', 'civil_affairs', 'market_regulation', 'other'] })
  registrationAuthority!: string;
  @ApiProperty({ example: '1' }) entityTypeCode!: string;
  @ApiProperty({
    enum: [
      'government_agency',
      'public_institution',
      'mass_organization',
      'social_organization',
      'private_non_enterprise',
      'foundation',
      'enterprise',
      'individual_business',
      'farmers_cooperative',
      'other',
    ],
  })
  entityType!: string;
  @ApiProperty({ example: '320594' }) regionCode!: string;
  @ApiProperty({ type: [RegionStepDto], description: 'Province, city, county; empty when the division is unknown' })
  region!: RegionStepDto[];
  @ApiProperty({ example: 'MA1N2K5B7' }) organizationCode!: string;
}

/** A size class and the facts it was derived from (中小企业划型标准规定). */
class SizeDerivationDto {
  @ApiProperty({ type: String, nullable: true, enum: ['large', 'medium', 'small', 'micro'] }) sizeClass!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['industry', 'software_it', 'wholesale', 'retail', 'other'],
    description: "The sector whose thresholds apply, from the enterprise's GB/T 4754 industry",
  })
  sector!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'C' }) industrySection!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'C34' }) industryDivision!: string | null;
  @ApiProperty({ type: Number, nullable: true }) employees!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Last year, in fen' }) annualRevenueFen!: number | null;
}

/** An enterprise of the park as its verifier sees it. */
export class VerificationItemDto {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty({ enum: ['approved', 'pending'], description: 'Its membership of the park' }) membershipStatus!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ enum: ['unverified', 'verified', 'rejected'] }) verificationState!: string;
  @ApiProperty({ type: String, nullable: true }) verificationReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) verifiedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) uscc!: string | null;
  @ApiProperty({ type: CreditCodeReadingDto, nullable: true }) creditCode!: CreditCodeReadingDto | null;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: ContactDto, nullable: true }) contact!: ContactDto | null;
  @ApiProperty({ type: SizeDerivationDto }) size!: SizeDerivationDto;
  @ApiProperty({ type: BadgeOnRecordDto, nullable: true, description: 'The 专精特新 badge claimed, with its review' })
  badge!: BadgeOnRecordDto | null;
  @ApiProperty({
    type: [VerificationDocumentSummaryDto],
    description: 'The documents the enterprise gave for its verification, oldest first (download each by its id)',
  })
  documents!: VerificationDocumentSummaryDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class VerificationPageDto extends PageOf(VerificationItemDto, 'VerificationPageDto') {}
