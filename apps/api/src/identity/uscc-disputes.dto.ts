import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LOCALES,
  type Locale,
  REVIEWED_USCC_DISPUTE_STATUSES,
  type ReviewedUsccDisputeStatus,
  USCC_DISPUTE_STATUSES,
} from '@rongtong/identity';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../openapi/page.dto';

/**
 * The text fields of a dispute, sent as multipart/form-data before the `licence` file
 * (the fields say what the file is for, so they come first and are checked before a byte
 * of it is stored).
 */
export class UsccDisputeFieldsDto {
  @ApiProperty({ example: '91320594MA1N2K5B77', description: 'The disputed unified social credit code' })
  @IsString()
  @MaxLength(40)
  uscc!: string;

  @ApiProperty({
    example: '苏州澄锐精密制造有限公司',
    description: 'The company that holds the code, as on its licence',
  })
  @IsString()
  @Length(2, 200)
  organizationName!: string;

  @ApiProperty({ example: '王芳' }) @IsString() @Length(1, 100) contactName!: string;
  @ApiProperty({ example: 'legal@chengrui.example.cn' }) @IsString() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ example: '0512-66886688' }) @IsOptional() @IsString() @MaxLength(40) phone?: string;

  @ApiProperty({ description: 'Why the code is yours and how the other registration came about', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  statement!: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "The emails' language; default: Accept-Language, else zh-CN" })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UsccDisputeFormDto extends UsccDisputeFieldsDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The business licence (营业执照): PDF, JPEG or PNG, judged by content; last part of the form',
  })
  licence!: unknown;
}

export class FollowUsccDisputeDto {
  @ApiProperty({ description: "The token of the link in the claimant's receipt email" })
  @IsString()
  @Length(10, 200)
  token!: string;
}

export class ConfirmUsccDisputeDto {
  @ApiProperty({ description: "The token of the link in the claimant's confirmation email (single use, 24 h)" })
  @IsString()
  @Length(10, 200)
  token!: string;
}

export class UsccDisputeListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REVIEWED_USCC_DISPUTE_STATUSES })
  @IsOptional()
  @IsIn(REVIEWED_USCC_DISPUTE_STATUSES)
  status?: ReviewedUsccDisputeStatus;
}

export class ClaimantUsccDisputeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '91320594MA1N2K5B77' }) uscc!: string;
  @ApiProperty({
    enum: USCC_DISPUTE_STATUSES,
    description: 'unconfirmed until the link of the confirmation email is followed (expired if never); then open',
  })
  status!: string;
  @ApiProperty() claimantOrganizationName!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Unconfirmed: until when the link of the confirmation email works',
  })
  confirmExpiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Upheld: until when the emailed registration link keeps the code for the claimant',
  })
  claimExpiresAt!: string | null;
  @ApiProperty({ description: 'Upheld: whether the claimant registered with the code' }) claimed!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ConfirmedUsccDisputeDto extends ClaimantUsccDisputeDto {
  @ApiProperty({ description: 'The token that follows the dispute (also emailed in the receipt)' })
  followToken!: string;
}

class DisputedOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class ClaimantDto {
  @ApiProperty() organizationName!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ enum: LOCALES }) locale!: string;
}

class LicenceFileDto {
  @ApiProperty() filename!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
}

class UsccDisputeStepDto {
  @ApiProperty({ enum: ['filed', 'opened', 'upheld', 'dismissed', 'claimed'] }) action!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UsccDisputeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '91320594MA1N2K5B77' }) uscc!: string;
  @ApiProperty({ enum: REVIEWED_USCC_DISPUTE_STATUSES }) status!: string;
  @ApiProperty({ type: DisputedOrganizationDto, description: 'The enterprise that registered the code' })
  organization!: DisputedOrganizationDto;
  @ApiProperty({ type: ClaimantDto }) claimant!: ClaimantDto;
  @ApiProperty() statement!: string;
  @ApiProperty({ type: LicenceFileDto }) licence!: LicenceFileDto;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) decidedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) claimExpiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) claimedByOrganizationId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: [UsccDisputeStepDto], description: 'Every step, who took it and why (one dispute)' })
  history?: UsccDisputeStepDto[];
}
