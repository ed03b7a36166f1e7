import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  LISTING_KINDS,
  LISTING_STATUSES,
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
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
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
