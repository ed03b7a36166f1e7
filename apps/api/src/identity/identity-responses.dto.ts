import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BADGE_TIERS, INVITATION_STATUSES, LOCALES } from '@rongtong/identity';
import { PageOf } from '../openapi/page.dto';
import { ContactDto } from './identity.dto';

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
