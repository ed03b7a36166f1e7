import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEMAND_KINDS,
  DEMAND_STATUSES,
  DEMAND_VISIBILITIES,
  type DemandKind,
  type DemandStatus,
  type DemandVisibility,
  LOCATION_PREFERENCES,
  type LocationPreference,
  MATCH_STATUSES,
} from '@rongtong/matching';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const DETAILS =
  'Per kind. capacity: {quantity > 0, unit: machine_hour|piece|tonne, per: week|month, from, to, process?, ' +
  'materials?}. equipment: {serviceMode: self_operated|technician_operated|sample_testing, hours (time slots), ' +
  'samples and testItems (sample testing), from, to}. ip: {technologyField, licenceType: exclusive_licence|' +
  "sole_licence|ordinary_licence|assignment, territory: worldwide|CN|region prefix, fieldOfUse? (default 'all'), " +
  'termMonths?}. Dates YYYY-MM-DD (Asia/Shanghai), inclusive; to ≥ from, under a year long. Fields of another ' +
  'kind → 422 naming them.';

/** Query strings say `true`/`false`. */
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * A demand's fields. Types and sizes are checked here (400); the domain then checks their
 * meaning — window, deadline, budget, category, kind details (422 DEMAND_INVALID naming each field).
 */
export class DemandContentDto {
  @ApiPropertyOptional({ example: '需要铝合金壳体CNC加工 2万件' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: '6061铝合金，阳极氧化，3月底前交付' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '机械加工',
    description: "A name (or slug) from the kind's listing taxonomy",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '320594',
    description: "GB/T 2260; default the organization's",
  })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  regionCode?: string | null;

  @ApiPropertyOptional({ enum: LOCATION_PREFERENCES, description: 'Default anywhere' })
  @IsOptional()
  @IsIn(LOCATION_PREFERENCES)
  locationPreference?: LocationPreference;

  @ApiPropertyOptional({ type: [String], example: ['IATF16949'], description: 'Canonicalised (IATF 16949)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certifications?: string[];

  // Its range is the domain's rule (422 naming the field), not a shape check.
  @ApiPropertyOptional({ type: Number, nullable: true, example: 5_000_000, description: 'Whole fen, ≥ 0' })
  @IsOptional()
  @IsInt()
  budgetFen?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-03-31',
    description: 'YYYY-MM-DD, not in the past',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  deadline?: string | null;

  @ApiPropertyOptional({
    enum: DEMAND_VISIBILITIES,
    description: 'providers (default): matched providers see it and may express interest; matcher_only: nobody',
  })
  @IsOptional()
  @IsIn(DEMAND_VISIBILITIES)
  visibility?: DemandVisibility;

  @ApiPropertyOptional({ description: DETAILS, type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  details?: Record<string, unknown>;
}

export class CreateDemandDto extends DemandContentDto {
  @ApiProperty({ enum: DEMAND_KINDS }) @IsIn(DEMAND_KINDS) kind!: DemandKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Which of your enterprises posts, when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class UpdateDemandDto extends DemandContentDto {
  @ApiPropertyOptional({ enum: DEMAND_KINDS, description: 'Cannot change' })
  @IsOptional()
  @IsIn(DEMAND_KINDS)
  kind?: DemandKind;

  @ApiPropertyOptional({ description: 'The version edited (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DemandReasonDto {
  @ApiPropertyOptional({ description: 'Why (kept with the demand)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DismissMatchDto {
  // Required by the domain (422 REASON_REQUIRED), so a missing one is told apart from a malformed one.
  @ApiProperty({ example: '距离太远', description: 'Required; kept with the match' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ListDemandsQueryDto {
  @ApiPropertyOptional({ enum: DEMAND_STATUSES }) @IsOptional() @IsIn(DEMAND_STATUSES) status?: DemandStatus;
  @ApiPropertyOptional({ enum: DEMAND_KINDS }) @IsOptional() @IsIn(DEMAND_KINDS) kind?: DemandKind;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) page?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class DemandMatchesQueryDto {
  @ApiPropertyOptional({ description: 'Also the matches you dismissed' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeDismissed?: boolean;
}

export class MatchedDemandsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Matches of this listing of yours only' })
  @IsOptional()
  @IsUUID()
  listingId?: string;

  @ApiPropertyOptional({ description: 'Also demands no longer wanted (fulfilled, closed, expired)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeClosed?: boolean;

  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) page?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

// Responses, for the API docs.

export class MatchReasonDto {
  @ApiProperty({ example: 'certifications' }) factor!: string;
  @ApiProperty({ example: 0.12, description: "This factor's part of the score" }) contribution!: number;
  @ApiProperty({
    example: '持有 IATF 16949 +0.12',
    description: "The reason in words, in Accept-Language's language (zh-CN or en), else the user's, else zh-CN",
  })
  text!: string;
}

export class MatchedListingDto {
  @ApiProperty() title!: string;
  @ApiProperty({ enum: DEMAND_KINDS }) kind!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'uuid' }) providerOrganizationId!: string;
}

export class DemandMatchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) demandId!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ type: MatchedListingDto, nullable: true }) listing!: MatchedListingDto | null;
  @ApiProperty({ example: 0.82 }) score!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReasonDto[];
  @ApiProperty({ enum: MATCH_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) dismissReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) providerInterestAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) dealId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DemandMatchesDto {
  @ApiProperty({ format: 'uuid' }) demandId!: string;
  @ApiProperty({ enum: DEMAND_STATUSES }) demandStatus!: string;
  @ApiProperty({ type: [DemandMatchDto], description: 'Best first' }) items!: DemandMatchDto[];
}

export class DemandDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: DEMAND_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The taxonomy name' }) category!: string | null;
  @ApiProperty({ nullable: true, type: String }) categorySlug!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ enum: LOCATION_PREFERENCES }) locationPreference!: string;
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ nullable: true, type: Number }) budgetFen!: number | null;
  @ApiProperty({ nullable: true, type: String }) deadline!: string | null;
  @ApiProperty({ enum: DEMAND_VISIBILITIES }) visibility!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: DETAILS }) details!: Record<string, unknown>;
  @ApiProperty({ enum: DEMAND_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) statusReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ nullable: true, type: String }) categoryEn!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
}
