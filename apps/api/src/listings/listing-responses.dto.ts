import { PageOf } from '../openapi/page.dto';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  ATTACHMENT_PURPOSES,
  LISTING_KINDS,
  LISTING_STATUSES,
  REASON_TEMPLATE_KINDS,
  type ListingKind,
  type ListingStatus,
  VISIBILITIES,
  type Visibility,
} from '@rongtong/listings';

const nullable = { nullable: true } as const;

class QuantityPerPeriodDto {
  @ApiProperty({ example: 800 }) quantity!: number;
  @ApiProperty({ enum: ['machine_hour', 'piece', 'tonne'] }) unit!: string;
  @ApiProperty({ enum: ['week', 'month'] }) per!: string;
}

class MinOrderDto {
  @ApiProperty() quantity!: number;
  @ApiProperty({ enum: ['machine_hour', 'piece', 'tonne', 'kg', 'set'] }) unit!: string;
}

class CapacityOfferDto {
  @ApiProperty({ format: 'date', example: '2027-01-01' }) start!: string;
  @ApiProperty({ format: 'date', example: '2027-03-31' }) end!: string;
  @ApiProperty({ description: 'Offered in each week or month of the range' }) quantity!: number;
}

/** `details` of a capacity listing. */
export class CapacityDetailsDto {
  @ApiProperty({ example: '五轴联动铣削' }) process!: string;
  @ApiProperty({ type: [String] }) materials!: string[];
  @ApiProperty({ type: QuantityPerPeriodDto }) capacity!: QuantityPerPeriodDto;
  @ApiProperty({ type: [Number], ...nullable, description: 'x · y · z in mm', example: [800, 600, 500] })
  maxPartSizeMm!: number[] | null;
  @ApiProperty({ type: Number, ...nullable, example: 0.005 }) toleranceMm!: number | null;
  @ApiProperty({ type: [String], example: ['ISO 9001', 'IATF 16949'] }) certifications!: string[];
  @ApiProperty({ type: MinOrderDto, ...nullable }) minOrder!: MinOrderDto | null;
  @ApiProperty({ example: 7 }) leadTimeDays!: number;
  @ApiProperty({ type: [CapacityOfferDto], description: 'Empty: every period, open-ended' })
  periods!: CapacityOfferDto[];
}

class OpeningIntervalDto {
  @ApiProperty({ example: '09:00' }) start!: string;
  @ApiProperty({ example: '18:00' }) end!: string;
}

const WEEKDAY_HOURS = {
  type: 'array',
  items: { $ref: getSchemaPath(OpeningIntervalDto) },
} as const;

@ApiExtraModels(OpeningIntervalDto)
class BookingRulesDto {
  @ApiProperty({ example: 30 }) slotMinutes!: number;
  @ApiProperty({ example: 30 }) minMinutes!: number;
  @ApiProperty({ type: Number, ...nullable }) maxMinutes!: number | null;
  @ApiProperty({ example: 24 }) leadTimeHours!: number;
  @ApiProperty({ example: 365, description: 'How far ahead a booking may start, in days' }) horizonDays!: number;
  @ApiProperty({ example: 0 }) bufferMinutes!: number;
  @ApiProperty({ example: 24 }) cancellationCutoffHours!: number;
  @ApiProperty() instantBook!: boolean;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
  @ApiProperty({
    type: 'object',
    description: 'Per weekday (mon … sun), the open intervals in local time',
    properties: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, WEEKDAY_HOURS])),
  })
  openingHours!: Record<string, OpeningIntervalDto[]>;
  @ApiProperty({ type: [String], format: 'date' }) blackoutDates!: string[];
  @ApiProperty({
    enum: ['closed', 'open'],
    description: "China's statutory holidays: closed all day (default) or open by the week's hours",
  })
  publicHolidays!: 'closed' | 'open';
  @ApiProperty({
    enum: ['open', 'closed'],
    description:
      "China's make-up working days (调休): open with the hours of the weekday they stand in for (default), " +
      'or closed (kept as the weekend day they are)',
  })
  makeUpWorkdays!: 'open' | 'closed';
}

/** `details` of an equipment listing. */
export class EquipmentDetailsDto {
  @ApiProperty({ example: 'ZEISS' }) manufacturer!: string;
  @ApiProperty({ example: 'CONTURA 7/10/6' }) model!: string;
  @ApiProperty({ enum: ['self_operated', 'technician_operated', 'sample_testing'], isArray: true })
  serviceModes!: string[];
  @ApiProperty({ type: Number, ...nullable, description: 'Null: on request' }) hourlyRateFen!: number | null;
  @ApiProperty({ type: Number, ...nullable }) turnaroundDays!: number | null;
  @ApiProperty() requiresTraining!: boolean;
  @ApiProperty({ type: BookingRulesDto }) booking!: BookingRulesDto;
}

class RoyaltyTermsDto {
  @ApiProperty({ type: Number, ...nullable }) upfrontFeeFen!: number | null;
  @ApiProperty({ type: Number, ...nullable }) annualFeeFen!: number | null;
  @ApiProperty({ type: Number, ...nullable }) royaltyPercent!: number | null;
  @ApiProperty({ type: Number, ...nullable }) perUnitFen!: number | null;
}

class OpenLicenceDto {
  @ApiProperty() declared!: boolean;
  @ApiProperty({ type: RoyaltyTermsDto, ...nullable }) royalty!: RoyaltyTermsDto | null;
}

class LicenceTermsDto {
  @ApiProperty({ type: String, ...nullable }) territory!: string | null;
  @ApiProperty({ type: String, ...nullable }) fieldOfUse!: string | null;
  @ApiProperty({ type: Number, ...nullable }) termMonths!: number | null;
  @ApiProperty({ type: Number, ...nullable }) upfrontFeeFen!: number | null;
  @ApiProperty({ type: Number, ...nullable }) royaltyPercent!: number | null;
  @ApiProperty({ type: Boolean, ...nullable }) sublicensable!: boolean | null;
  @ApiProperty({ type: String, ...nullable }) improvements!: string | null;
}

/** `details` of a patent (ip) listing. */
export class IpDetailsDto {
  @ApiProperty({ example: '202310123456.6' }) patentNumber!: string;
  @ApiProperty({ enum: ['invention', 'utility_model', 'design'] }) patentType!: string;
  @ApiProperty({ enum: ['granted', 'pending'] }) legalStatus!: string;
  @ApiProperty({ enum: ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'], isArray: true })
  transactionTypes!: string[];
  @ApiProperty({ type: OpenLicenceDto }) openLicence!: OpenLicenceDto;
  @ApiProperty({ type: [String], example: ['H01M 4/525'] }) ipc!: string[];
  @ApiProperty({ type: String, ...nullable, example: '12-16' }) locarno!: string | null;
  @ApiProperty({ type: String, ...nullable, format: 'date' }) filingDate!: string | null;
  @ApiProperty({ type: LicenceTermsDto, ...nullable }) licenceTerms!: LicenceTermsDto | null;
}

/** The kind's details, by `kind`: capacity, equipment or ip. */
export const LISTING_DETAILS_SCHEMA = {
  description: "The kind's details: CapacityDetails, EquipmentDetails or IpDetails as `kind` says",
  oneOf: [
    { $ref: getSchemaPath(CapacityDetailsDto) },
    { $ref: getSchemaPath(EquipmentDetailsDto) },
    { $ref: getSchemaPath(IpDetailsDto) },
  ],
};

class PendingRevisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The edited content awaiting review' })
  content!: Record<string, unknown>;
}

@ApiExtraModels(CapacityDetailsDto, EquipmentDetailsDto, IpDetailsDto)
export class ListingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LISTING_KINDS }) kind!: ListingKind;
  @ApiProperty({ enum: LISTING_STATUSES }) status!: ListingStatus;
  @ApiProperty({ format: 'uuid' }) ownerOrganizationId!: string;
  @ApiProperty({ example: '五轴联动CNC加工 钛合金精密结构件' }) title!: string;
  @ApiProperty({ type: String, ...nullable }) titleEn!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, ...nullable }) descriptionEn!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ example: '机械加工' }) category!: string;
  @ApiProperty({ example: 'machining' }) categorySlug!: string;
  @ApiProperty({ type: String, ...nullable, example: 'Machining' }) categoryEn!: string | null;
  @ApiProperty({ type: String, ...nullable, example: 'C34', description: 'GB/T 4754 division' }) industryDivision!:
    string | null;
  @ApiProperty({ type: String, ...nullable, format: 'uuid' }) parkId!: string | null;
  @ApiProperty({ example: '320594' }) regionCode!: string;
  @ApiProperty({ type: String, ...nullable }) address!: string | null;
  @ApiProperty({ type: Number, ...nullable }) latitude!: number | null;
  @ApiProperty({ type: Number, ...nullable }) longitude!: number | null;
  @ApiProperty({ type: Number, ...nullable, description: 'In fen; null with a null unit: negotiable' }) priceFen!:
    number | null;
  @ApiProperty({ ...nullable, enum: ['hour', 'machine_hour', 'piece', 'sample', 'licence'] })
  priceUnit!: string | null;
  @ApiProperty({ enum: VISIBILITIES }) visibility!: Visibility;
  @ApiProperty(LISTING_DETAILS_SCHEMA) details!: CapacityDetailsDto | EquipmentDetailsDto | IpDetailsDto;
  @ApiProperty({ example: 3, description: 'Send it back as If-Match when editing' }) version!: number;
  @ApiProperty({ type: String, ...nullable, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: String, ...nullable, description: "The moderator's reason (owner and moderators only)" })
  statusReason?: string | null;
  @ApiPropertyOptional({ type: String, ...nullable, description: 'Owner and moderators only' }) externalRef?:
    string | null;
  @ApiPropertyOptional({ type: PendingRevisionDto, ...nullable, description: 'Owner and moderators only' })
  pendingRevision?: PendingRevisionDto | null;
}

export class ModerationItemDto extends ListingDto {
  @ApiProperty({ example: 0 }) openReports!: number;
  @ApiProperty() hasPendingRevision!: boolean;
}

export class ListingAuditEntryDto {
  @ApiProperty({ example: '17' }) id!: string;
  @ApiProperty({ type: String, ...nullable, format: 'uuid', description: 'Hidden from the owner for reports' })
  actorUserId!: string | null;
  @ApiProperty({ example: 'approve' }) action!: string;
  @ApiPropertyOptional({ type: String, ...nullable }) reason?: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What changed, before',
  })
  before?: unknown;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What changed, after',
  })
  after?: unknown;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ListingReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['open'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ enum: ATTACHMENT_PURPOSES }) purpose!: string;
  @ApiProperty({ example: '厂房全景.jpg' }) filename!: string;
  @ApiProperty({ example: 'image/jpeg' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** A row of a park's audit trail: what happened to which of its enterprises' listings, by whom. */
export class ParkAuditEntryDto extends ListingAuditEntryDto {
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty() listingTitle!: string;
  @ApiProperty({ enum: LISTING_KINDS }) listingKind!: string;
  @ApiProperty({ format: 'uuid' }) ownerOrganizationId!: string;
  @ApiProperty({ type: String, nullable: true, description: "The actor's display name" }) actorName!: string | null;
}

export class ParkAuditPageDto extends PageOf(ParkAuditEntryDto, 'ParkAuditPageDto') {}

class ReasonTemplateViewDto {
  @ApiProperty({ enum: REASON_TEMPLATE_KINDS }) kind!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

/** A park's moderation reasons: its own once saved, else the defaults. */
export class ReasonTemplateListDto {
  @ApiProperty({ type: [ReasonTemplateViewDto] }) templates!: ReasonTemplateViewDto[];
  @ApiProperty({ description: 'True until the park saves its own list' }) isDefault!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt!: string | null;
}
