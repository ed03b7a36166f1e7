import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@rongtong/identity';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'owner@example.cn' }) @IsString() @MaxLength(254) email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the emailed link' }) @IsString() @Length(10, 200) token!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(256) password!: string;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the emailed link' }) @IsString() @Length(10, 200) token!: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) @Matches(/\S/) displayName?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) locale?: Locale;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MaxLength(256) currentPassword!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(256) newPassword!: string;
}

export class ChangeEmailDto {
  @ApiProperty({ description: 'The new address; it replaces the current one once its link is followed' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty() @IsString() @MaxLength(256) currentPassword!: string;
}

export class UsersQueryDto {
  @ApiPropertyOptional({ description: 'Part of the email or display name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class SuspendUserDto {
  @ApiProperty({ example: '冒用他人企业信息' }) @IsString() @Length(1, 2000) reason!: string;
}

// Response shapes, for the OpenAPI document.

export class AcceptedDto {
  @ApiProperty({ example: 'accepted' }) status!: 'accepted';
}

export class MeMembershipOrganizationDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['enterprise', 'park_operator', 'platform'] }) kind!: string;
}

export class MeMembershipDto {
  @ApiProperty({ type: MeMembershipOrganizationDto }) organization!: MeMembershipOrganizationDto;
  @ApiProperty({ enum: ['owner', 'admin', 'member'] }) role!: string;
}

export class MeDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty({ description: 'Until true, listings cannot be submitted nor deals, demands or invitations made' })
  emailVerified!: boolean;

  @ApiProperty() createdAt!: Date;
  @ApiProperty() isPlatformAdmin!: boolean;
  @ApiProperty({ type: [MeMembershipDto] }) memberships!: MeMembershipDto[];
  @ApiProperty({ type: [String] }) operatedParkIds!: string[];
}

export class EmailChangeDto {
  @ApiProperty({ description: 'The address the account still uses' }) email!: string;
  @ApiProperty({ description: 'The address the link was sent to' }) pendingEmail!: string;
}

export class SessionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
  @ApiProperty({ nullable: true, type: String }) ipAddress!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() lastUsedAt!: Date;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ description: 'The session of this request' }) current!: boolean;
}

export class SuspensionDto {
  @ApiProperty() suspendedAt!: Date;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The platform admin who suspended' })
  suspendedBy!: string | null;
}

export class AdminUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty() isPlatformAdmin!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) lastLoginAt!: Date | null;
  @ApiProperty({ nullable: true, type: SuspensionDto }) suspension!: SuspensionDto | null;
}

export class AdminUserPageDto {
  @ApiProperty({ type: [AdminUserDto] }) items!: AdminUserDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
