import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BADGE_TIERS,
  type BadgeTier,
  INVITATION_STATUSES,
  type InvitationStatus,
  LOCALES,
  type Locale,
  MEMBERSHIP_ROLES,
  type MembershipRole,
  PARK_MEMBERSHIP_STATUSES,
} from '@rongtong/identity';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../openapi/page.dto';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class BadgeDto {
  @ApiProperty({ enum: BADGE_TIERS }) @IsIn(BADGE_TIERS) tier!: BadgeTier;
  @ApiProperty() @IsString() @Length(1, 100) issuingAuthority!: string;
  @ApiProperty() @IsString() @Length(1, 100) certificateNumber!: string;
  @ApiProperty({ example: '2027-12-31' }) @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/) expiresOn!: string;
}

export class ContactDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
}

class EnterpriseFactsDto {
  @ApiPropertyOptional({ example: 'C', description: 'GB/T 4754-2017 section' })
  @IsOptional()
  @IsString()
  @Length(1, 1)
  industrySection?: string;

  @ApiPropertyOptional({ example: 'C34', description: 'GB/T 4754-2017 division' })
  @IsOptional()
  @IsString()
  @Length(2, 3)
  industryDivision?: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000_000) employees?: number;
  @ApiPropertyOptional({ description: 'Last year revenue in fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  annualRevenueFen?: number;

  @ApiPropertyOptional({ type: BadgeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BadgeDto)
  badge?: BadgeDto;
}

export class RegisterOrganizationDto extends EnterpriseFactsDto {
  @ApiProperty({ example: '苏州澄锐精密制造有限公司' }) @IsString() @Length(2, 200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) nameEn?: string;
  @ApiProperty({ example: '91320594MA1N2K5B77' }) @IsString() @MaxLength(40) uscc!: string;
}

export class RegisterUserDto {
  @ApiProperty() @IsString() @MaxLength(254) email!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(256) password!: string;
  @ApiProperty() @IsString() @Length(1, 100) displayName!: string;
  @ApiPropertyOptional({ enum: LOCALES, default: 'zh-CN' }) @IsOptional() @IsIn(LOCALES) locale?: Locale;
}

export class RegisterDto {
  @ApiProperty({ type: RegisterOrganizationDto })
  @ValidateNested()
  @Type(() => RegisterOrganizationDto)
  organization!: RegisterOrganizationDto;

  @ApiProperty({ type: RegisterUserDto })
  @ValidateNested()
  @Type(() => RegisterUserDto)
  user!: RegisterUserDto;

  @ApiPropertyOptional({
    description:
      'The token of the registration link emailed to the claimant of an upheld credit code dispute: the code is reserved for it (30 days), other sign-ups with the code get 409 USCC_TAKEN',
  })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  usccClaimToken?: string;
}

export class LoginDto {
  @ApiProperty() @IsString() email!: string;
  @ApiProperty() @IsString() password!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Browsers leave it out: the httpOnly cookie carries it' })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  refreshToken?: string;
}

export class UpdateOrganizationDto extends EnterpriseFactsDto {
  // Present or absent, never null: the legal name and credit code cannot be cleared.
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== undefined) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== undefined) @IsString() @MaxLength(40) uscc?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) website?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) address?: string;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class InviteDto {
  @ApiProperty() @IsString() @MaxLength(254) email!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) @IsIn(MEMBERSHIP_ROLES) role!: MembershipRole;
}

export class InvitationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES, description: 'Never above the caller’s own role' })
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;
}

export class AcceptInvitationDto {
  @ApiProperty() @IsString() @Length(10, 200) token!: string;
  @ApiProperty() @IsString() @MaxLength(256) password!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) displayName?: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) reason!: string;
}

class NewOperatorDto {
  @ApiProperty() @IsString() @Length(2, 200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) uscc?: string;
  @ApiProperty({ description: "Invited as the operator organization's owner" })
  @IsString()
  @MaxLength(254)
  adminEmail!: string;
}

export class CreateParkDto {
  @ApiProperty({ example: '苏州工业园区' }) @IsString() @Length(2, 200) name!: string;
  @ApiProperty({ example: '320594' }) @IsString() @Matches(/^\d{6}$/) regionCode!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() operatorOrganizationId?: string;

  @ApiPropertyOptional({ type: NewOperatorDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewOperatorDto)
  operator?: NewOperatorDto;
}

export class JoinParkDto {
  @ApiProperty() @IsUUID() organizationId!: string;
}

export class ParkMembershipQueryDto {
  @ApiPropertyOptional({ enum: PARK_MEMBERSHIP_STATUSES })
  @IsOptional()
  @IsIn(PARK_MEMBERSHIP_STATUSES)
  status?: (typeof PARK_MEMBERSHIP_STATUSES)[number];
}

export class ParkListQueryDto {
  @ApiPropertyOptional({
    description:
      'A province, city or county code: 32 is Jiangsu, 3205 Suzhou (2, 4 or 6 digits; unknown → 422 REGION_UNKNOWN)',
  })
  @IsOptional()
  @Matches(/^\d{2}(\d{2}(\d{2})?)?$/)
  region?: string;
}

export class VerificationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['pending', 'unverified', 'verified', 'rejected', 'all'],
    default: 'pending',
    description: 'pending: unverified, or a 专精特新 badge awaiting review',
  })
  @IsOptional()
  @IsIn(['pending', 'unverified', 'verified', 'rejected', 'all'])
  state?: 'pending' | 'unverified' | 'verified' | 'rejected' | 'all';
}
