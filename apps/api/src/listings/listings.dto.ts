import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../openapi/page.dto';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  LISTING_KINDS,
  LISTING_STATUSES,
  REASON_TEMPLATE_KINDS,
  type ReasonTemplateKind,
  type ListingKind,
  type ListingStatus,
  VISIBILITIES,
  type Visibility,
} from '@rongtong/listings';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/**
 * The shape of a listing body. Types and sizes are checked here (400); the domain then
 * checks meaning — category, price rules, kind details (422 naming each field).
 */
export class ListingContentDto {
  @ApiPropertyOptional({ example: '五轴联动CNC加工 钛合金精密结构件' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) titleEn?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10_000) description?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) descriptionEn?:
    string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ example: '机械加工', description: "A name (or slug) from the kind's taxonomy" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'C34' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  industryDivision?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsUUID() parkId?: string | null;
  @ApiPropertyOptional({ example: '320594' }) @IsOptional() @IsString() @MaxLength(6) regionCode?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(300) address?:
    string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) @IsOptional() @IsNumber() @Min(-90) @Max(90) latitude?:
    number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) @IsOptional() @IsNumber() @Min(-180) @Max(180) longitude?:
    number | null;

  // Its range is the domain's rule (422 naming the field), not a shape check.
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Price in fen; null with a null unit means negotiable',
  })
  @IsOptional()
  @IsInt()
  priceFen?: number | null;

  @ApiPropertyOptional({ enum: ['hour', 'machine_hour', 'piece', 'sample', 'licence'] })
  @IsOptional()
  @IsString()
  priceUnit?: string | null;

  @ApiPropertyOptional({ enum: VISIBILITIES }) @IsOptional() @IsIn(VISIBILITIES) visibility?: Visibility;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Kind-specific details: the fields of CapacityDetails, EquipmentDetails or IpDetails; missing ones get defaults where sensible',
  })
  @IsOptional()
  @IsObject()
  details?: Record<string, unknown>;
}

export class CreateListingDto extends ListingContentDto {
  @ApiProperty({ enum: LISTING_KINDS }) @IsIn(LISTING_KINDS) kind!: ListingKind;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) externalRef?: string;
}

export class UpdateListingDto extends ListingContentDto {
  @ApiPropertyOptional({ description: 'The version edited (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListingReasonDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) reason!: string;
}

export class ModerationQueryDto {
  @ApiPropertyOptional({
    enum: ['pending_review', 'published', 'rejected', 'suspended', 'archived', 'draft', 'reported', 'revision'],
  })
  @IsOptional()
  @IsIn(['pending_review', 'published', 'rejected', 'suspended', 'archived', 'draft', 'reported', 'revision'])
  status?: 'pending_review' | 'published' | 'rejected' | 'suspended' | 'archived' | 'draft' | 'reported' | 'revision';

  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One park of those one moderates (any park, for platform admins)',
  })
  @IsOptional()
  @IsUUID()
  park?: string;
}

/** The multipart form of an upload, for the API docs: `purpose` first, then `file`. */
export class UploadAttachmentFormDto {
  @ApiProperty({ enum: ATTACHMENT_PURPOSES, description: 'Send before the file' }) purpose!: AttachmentPurpose;
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'Photos: JPEG, PNG or WebP. Documents: PDF, or a JPEG or PNG scan. Judged by content.',
  })
  file!: unknown;
}

export class OrganizationListingsQueryDto {
  @ApiPropertyOptional({ enum: LISTING_STATUSES })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  status?: ListingStatus;
}

export const PARK_AUDIT_ACTIONS = [
  'create',
  'edit',
  'revise',
  'submit',
  'approve',
  'reject',
  'approve_revision',
  'reject_revision',
  'withdraw_revision',
  'suspend',
  'reinstate',
  'archive',
  'report',
  'attach',
  'detach',
] as const;

/** A park's audit trail, filtered: who, what, which listing, when, and words. */
export class ParkAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The user who acted' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ enum: PARK_AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(PARK_AUDIT_ACTIONS)
  action?: (typeof PARK_AUDIT_ACTIONS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'One listing' })
  @IsOptional()
  @IsUUID()
  listing?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ maxLength: 100, description: "Words of the listing's title, the reason or the action" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

class ReasonTemplateDto {
  @ApiProperty({ enum: REASON_TEMPLATE_KINDS, description: 'What the reason is for' })
  @IsIn(REASON_TEMPLATE_KINDS)
  kind!: ReasonTemplateKind;

  @ApiProperty({ maxLength: 500, example: '价格或计价单位不清楚，请注明单价和计价方式。' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  zh!: string;

  @ApiProperty({
    maxLength: 500,
    example: 'The price or its unit is unclear: state the unit price and how it is charged.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  en!: string;
}

/** A park's whole list of moderation reasons, replacing the one before. */
export class ReasonTemplatesDto {
  @ApiProperty({ type: [ReasonTemplateDto], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReasonTemplateDto)
  templates!: ReasonTemplateDto[];
}
