import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BADGE_TIERS, type BadgeTier, type SizeClass } from '@rongtong/identity';
import { QUOTE_STATUSES, RFQ_STATUSES, RFQ_UNITS, RFQ_VISIBILITIES, type RfqStatus } from '@rongtong/sourcing';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../openapi/page.dto';

const SIZE_CLASSES: SizeClass[] = ['large', 'medium', 'small', 'micro'];

/**
 * An RFQ's fields. Only their presence in the body is checked here: the domain reads
 * each (type, range, the capacity taxonomy, the deadline ahead) and answers 422
 * RFQ_INVALID naming every bad field.
 */
export class RfqContentDto {
  @ApiPropertyOptional({ type: String, example: '6061 铝合金壳体 CNC 加工 20000 件', maxLength: 200 })
  @IsOptional()
  title?: unknown;

  @ApiPropertyOptional({ type: String, example: '阳极氧化，公差 ±0.02 mm，图纸见附件', maxLength: 10_000 })
  @IsOptional()
  description?: unknown;

  @ApiPropertyOptional({
    type: String,
    example: '机械加工',
    description: 'A category of the capacity taxonomy (name, slug or English)',
  })
  @IsOptional()
  category?: unknown;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'CNC 铣削' })
  @IsOptional()
  process?: unknown;

  @ApiPropertyOptional({ type: [String], example: ['6061 铝合金'] })
  @IsOptional()
  materials?: unknown;

  @ApiPropertyOptional({ type: Number, example: 20000, description: 'A whole number above 0' })
  @IsOptional()
  quantity?: unknown;

  @ApiPropertyOptional({
    type: String,
    example: 'piece',
    maxLength: 20,
    description: `Usually one of ${RFQ_UNITS.join(', ')}; other units are kept as written`,
  })
  @IsOptional()
  unit?: unknown;

  @ApiPropertyOptional({
    type: String,
    example: '2027-03-31',
    description: 'YYYY-MM-DD, not before the quote deadline',
  })
  @IsOptional()
  deliveryDate?: unknown;

  @ApiPropertyOptional({ type: String, example: '320594', description: 'GB/T 2260 county-level code' })
  @IsOptional()
  deliveryRegionCode?: unknown;

  @ApiPropertyOptional({ type: [String], example: ['IATF 16949'] })
  @IsOptional()
  certifications?: unknown;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 1250,
    description: 'Fen; hidden from suppliers unless showTarget',
  })
  @IsOptional()
  targetUnitPriceFen?: unknown;

  // No `default` in the document: absent from an edit, it keeps its value (false when posting).
  @ApiPropertyOptional({
    type: Boolean,
    description: 'Show the target price to suppliers; false when posting without it',
  })
  @IsOptional()
  showTarget?: unknown;

  @ApiPropertyOptional({
    type: String,
    example: '2027-01-15T18:00:00+08:00',
    description: 'ISO 8601 instant with an offset, ahead of now',
  })
  @IsOptional()
  quoteDeadline?: unknown;

  @ApiPropertyOptional({ type: String, enum: RFQ_VISIBILITIES })
  @IsOptional()
  visibility?: unknown;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'An NDA suppliers accept before downloading attachments',
  })
  @IsOptional()
  ndaText?: unknown;
}

export class CreateRfqDto extends RfqContentDto {
  @ApiPropertyOptional({ description: 'Which of your enterprises buys; needed when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ default: false, description: 'Keep it as a draft (publish later); else it opens at once' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Enterprises invited (visibility invited)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true })
  invitedOrganizationIds?: string[];
}

export class UpdateRfqDto extends RfqContentDto {
  @ApiPropertyOptional({ description: 'The version edited (or If-Match); a stale one → 409 RFQ_VERSION_CONFLICT' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class RfqReasonDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class TakeDownRfqDto {
  @ApiProperty({ maxLength: 2000, example: '含违规内容' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReinstateRfqDto {
  @ApiProperty({ maxLength: 2000, example: '采购方已更正信息' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class InviteSuppliersDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The enterprises to invite' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true })
  organizationIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The same, spelt as in POST /rfqs (either may be sent)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true })
  invitedOrganizationIds?: string[];
}

export class SupplierActingDto {
  @ApiPropertyOptional({ description: 'Which of your enterprises acts; needed when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class AskQuestionDto extends SupplierActingDto {
  @ApiProperty({ type: String, example: '是否接受分批交货？', maxLength: 5000 })
  @IsOptional()
  question?: unknown;
}

export class AnswerQuestionDto {
  @ApiProperty({ type: String, example: '接受，每批不少于 5000 件', maxLength: 5000 })
  @IsOptional()
  answer?: unknown;
}

export class PriceBreakDto {
  @ApiProperty({ example: 1000, description: 'From this quantity on' }) minQuantity!: number;
  @ApiProperty({ example: 1180, description: 'Fen per unit' }) unitPriceFen!: number;
}

/** A quote's fields; the domain reads them (422 QUOTE_INVALID naming every bad field). */
export class QuoteBodyDto {
  @ApiProperty({ type: [PriceBreakDto], description: '1–20 breaks, distinct minQuantity' })
  @IsOptional()
  priceBreaks?: unknown;

  @ApiProperty({ type: Number, example: 21, description: 'Days from order to shipment' })
  @IsOptional()
  leadTimeDays?: unknown;

  @ApiProperty({ type: String, example: '2027-02-28', description: 'YYYY-MM-DD, not in the past' })
  @IsOptional()
  validUntil?: unknown;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  notes?: unknown;
}

export class SubmitQuoteDto extends QuoteBodyDto {
  @ApiPropertyOptional({ description: 'Which of your enterprises quotes; needed when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class AwardLineDto {
  @ApiProperty({ format: 'uuid' }) quoteId!: string;
  @ApiProperty({ example: 12000 }) quantity!: number;
}

export class AwardRfqDto {
  @ApiProperty({ type: [AwardLineDto], description: 'At most the quantity requested in all; live quotes only' })
  @IsOptional()
  awards?: unknown;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Told to every supplier that quoted' })
  @IsOptional()
  reason?: unknown;
}

export class ListRfqsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['supplier', 'buyer'],
    default: 'supplier',
    description: 'supplier: the board; buyer: yours',
  })
  @IsOptional()
  @IsIn(['supplier', 'buyer'])
  role?: 'supplier' | 'buyer';

  @ApiPropertyOptional({ enum: RFQ_STATUSES, description: 'The board shows open RFQs unless told otherwise' })
  @IsOptional()
  @IsIn(RFQ_STATUSES)
  status?: RfqStatus;

  @ApiPropertyOptional({ example: '机械加工' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({ example: '3205', description: 'Delivery region: 2, 4 or 6 digits of a GB/T 2260 code' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  region?: string;

  @ApiPropertyOptional({ example: '铝合金' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export const PARK_RFQ_STATUSES = [...RFQ_STATUSES, 'taken_down'] as const;

export class ParkRfqsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: PARK_RFQ_STATUSES,
    description:
      'The effective status (an open RFQ past its deadline is closed), of the RFQs not taken down; ' +
      'taken_down: the ones taken down. All of them when absent.',
  })
  @IsOptional()
  @IsIn(PARK_RFQ_STATUSES)
  status?: RfqStatus | 'taken_down';

  @ApiPropertyOptional({ example: '铝合金', description: 'Words of the title or description' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class SupplierQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '五轴 CNC 铝合金', description: 'What they can do, in Chinese or English' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '3205' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  region?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  park?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['IATF 16949'],
    description: 'All of them (comma-separated or repeated)',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsString({ each: true })
  certifications?: string[];

  @ApiPropertyOptional({ enum: SIZE_CLASSES })
  @IsOptional()
  @IsIn(SIZE_CLASSES)
  sizeClass?: SizeClass;

  @ApiPropertyOptional({ enum: BADGE_TIERS, description: 'At least this 专精特新 tier' })
  @IsOptional()
  @IsIn(BADGE_TIERS)
  specialisedTier?: BadgeTier;

  @ApiPropertyOptional({ minimum: 0, maximum: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(5)
  minRating?: number;
}

// Responses

export class RfqDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The buyer' }) organizationId!: string;
  @ApiPropertyOptional() organizationName?: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ type: String, nullable: true }) process!: string | null;
  @ApiProperty({ type: [String] }) materials!: string[];
  @ApiProperty() quantity!: number;
  @ApiProperty({ example: 'piece' }) unit!: string;
  @ApiProperty({ example: '2027-03-31' }) deliveryDate!: string;
  @ApiProperty() deliveryRegionCode!: string;
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Null for suppliers unless showTarget' })
  targetUnitPriceFen!: number | null;
  @ApiProperty() showTarget!: boolean;
  @ApiProperty({ format: 'date-time' }) quoteDeadline!: string;
  @ApiProperty({ enum: RFQ_VISIBILITIES }) visibility!: string;
  @ApiPropertyOptional({ type: [String], description: 'The buyer (and moderators) only' })
  invitedOrganizationIds?: string[];
  @ApiProperty() ndaRequired!: boolean;
  @ApiProperty({ type: String, nullable: true }) ndaText!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Suppliers: when yours accepted it',
  })
  ndaAcceptedAt?: string | null;
  @ApiProperty({ enum: RFQ_STATUSES, description: 'An open RFQ past its deadline reads closed' }) status!: string;
  @ApiProperty({ type: String, nullable: true }) statusReason!: string | null;
  @ApiProperty({ description: 'Quotes are sealed (the buyer cannot read them yet)' }) sealed!: boolean;
  @ApiProperty() takenDown!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) takenDownReason?: string | null;
  @ApiProperty({ enum: ['buyer', 'supplier', 'moderator'] }) yourSide!: string;
  @ApiProperty({ type: [String], enum: ['publish', 'edit', 'close', 'cancel', 'award'] }) actions!: string[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt!: string | null;
}

export class RfqPageDto extends PageOf(RfqDto, 'RfqPageDto') {}

export class InvitationsResultDto {
  @ApiProperty({ type: [String], description: 'Newly invited by this request' }) invited!: string[];
  @ApiProperty({ type: [String], description: 'Every invited enterprise' }) invitedOrganizationIds!: string[];
}

export class NdaAcceptanceDto {
  @ApiProperty({ format: 'uuid' }) rfqId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'SHA-256 of the NDA text accepted' }) ndaSha256!: string;
  @ApiProperty({ format: 'date-time' }) acceptedAt!: string;
}

export class RfqQuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) answeredAt!: string | null;
  @ApiProperty({ format: 'date-time' }) askedAt!: string;
  @ApiPropertyOptional({ description: 'Who asked: for the buyer, and for the asker itself' }) organizationId?: string;
  @ApiProperty() yours!: boolean;
}

export class RfqQuestionsDto {
  @ApiProperty({ type: [RfqQuestionDto] }) items!: RfqQuestionDto[];
}

export class QuoteRevisionDto {
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: ['submit', 'revise', 'withdraw'] }) action!: string;
  @ApiProperty({ type: [PriceBreakDto] }) priceBreaks!: PriceBreakDto[];
  @ApiProperty() leadTimeDays!: number;
  @ApiProperty() validUntil!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class QuoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) rfqId!: string;
  @ApiProperty({ format: 'uuid', description: 'The supplier' }) organizationId!: string;
  @ApiProperty({ type: [PriceBreakDto] }) priceBreaks!: PriceBreakDto[];
  @ApiProperty() leadTimeDays!: number;
  @ApiProperty() validUntil!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ enum: QUOTE_STATUSES }) status!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: Number, nullable: true }) awardedQuantity!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The order deal, once awarded' })
  dealId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) withdrawnAt!: string | null;
}

export class ComparedSupplierDto {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ enum: ['same_county', 'same_city', 'same_province', 'other_province', 'unknown'] })
  proximity!: string;
  @ApiProperty({ type: String, nullable: true, enum: BADGE_TIERS }) specialisedTier!: string | null;
  @ApiProperty({ type: Number, nullable: true }) averageRating!: number | null;
  @ApiProperty() ratingCount!: number;
  @ApiProperty({ type: [String], description: "Stated by the supplier's published listings" })
  certifications!: string[];
  @ApiProperty({ type: [String], description: 'Required by the RFQ, not stated by the supplier' })
  missingCertifications!: string[];
}

export class QuoteWithHistoryDto extends QuoteDto {
  @ApiProperty({ type: [QuoteRevisionDto] }) history!: QuoteRevisionDto[];
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Buyer, unsealed: unit price at the requested quantity',
  })
  unitPriceAtQuantityFen?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) totalFen?: number | null;
  @ApiPropertyOptional({ type: ComparedSupplierDto }) supplier?: ComparedSupplierDto;
}

export class QuotesDto {
  @ApiProperty() sealed!: boolean;
  @ApiPropertyOptional() quantity?: number;
  @ApiPropertyOptional() unit?: string;
  @ApiProperty({ type: [QuoteWithHistoryDto], description: 'Buyer: cheapest at the requested quantity first' })
  items!: QuoteWithHistoryDto[];
}

export class AwardedDto {
  @ApiProperty({ format: 'uuid' }) quoteId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() unitPriceFen!: number;
  @ApiProperty() totalFen!: number;
  @ApiProperty({ format: 'uuid', description: 'The order deal opened (GET /deals/:id)' }) dealId!: string;
}

export class AwardResultDto {
  @ApiProperty({ type: RfqDto }) rfq!: RfqDto;
  @ApiProperty({ type: [AwardedDto] }) awards!: AwardedDto[];
  @ApiProperty({ type: [String] }) notAwardedQuoteIds!: string[];
}

export class SupplierListingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() kind!: string;
}

export class SupplierDto {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ type: [String] }) parkIds!: string[];
  @ApiProperty({ type: String, nullable: true, enum: SIZE_CLASSES }) sizeClass!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: BADGE_TIERS }) specialisedTier!: string | null;
  @ApiProperty({ type: Number, nullable: true }) averageRating!: number | null;
  @ApiProperty() ratingCount!: number;
  @ApiProperty({ type: [String] }) categories!: string[];
  @ApiProperty({ type: [String], description: 'Processes, materials … of its listings' }) processes!: string[];
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ type: [SupplierListingDto], description: 'Its listings (up to 5)' })
  listings!: SupplierListingDto[];
}

export class DirectorySupplierDto extends SupplierDto {
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Its profile, in its own words' })
  description!: string | null;
  @ApiProperty({ description: 'Its public capacity and equipment listings' }) listingCount!: number;
}

export class SupplierPageDto extends PageOf(DirectorySupplierDto, 'SupplierPageDto') {
  @ApiProperty({ enum: ['postgres', 'meilisearch'] }) engine!: string;
}

export class SuggestionReasonDto {
  @ApiProperty({ enum: ['process', 'category', 'certifications', 'region', 'specialised', 'rating'] }) factor!: string;
  @ApiProperty() contribution!: number;
}

export class SuggestedSupplierDto extends SupplierDto {
  @ApiProperty() invited!: boolean;
  @ApiProperty() score!: number;
  @ApiProperty({ type: [SuggestionReasonDto] }) reasons!: SuggestionReasonDto[];
}

export class SuggestedSuppliersDto {
  @ApiProperty({ type: [SuggestedSupplierDto] }) items!: SuggestedSupplierDto[];
}

/** The multipart form of an RFQ attachment upload, for the API docs. */
export class UploadRfqAttachmentFormDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'One drawing or specification: PDF, JPEG, PNG, WebP, DOCX, XLSX, PPTX, ZIP or CSV, judged by content; ' +
      'at most the configured upload size.',
  })
  file!: unknown;
}

export class RfqAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** The RFQ's audit trail, paged: `?page=` and `?limit=`. */
export class RfqAuditQueryDto extends PageQueryDto {}

class RfqAuditOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: '苏州精工机械有限公司' }) name!: string | null;
}

/** A line of an RFQ's audit trail: a take-down, a reinstatement or one of the buyer's edits. */
export class RfqAuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['edit', 'take_down', 'reinstate'] }) action!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The actor's display name" }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why (a take-down or reinstatement)' })
  reason!: string | null;
  @ApiProperty({ type: [String], example: ['quantity', 'quoteDeadline'], description: 'An edit: the fields changed' })
  changedFields!: string[];
  @ApiProperty({
    type: [RfqAuditOrganizationDto],
    description: 'An edit: the quoting suppliers told of a material change',
  })
  notifiedOrganizations!: RfqAuditOrganizationDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'An edit: the version it made' }) version!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class RfqAuditPageDto extends PageOf(RfqAuditEntryDto, 'RfqAuditPageDto') {}
