import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEAL_ACTIONS, DEAL_KINDS, DEAL_STATES } from '@rongtong/deals';
import { PageOf } from '../openapi/page.dto';

const SIDES = ['requester', 'provider'];

class DealListingDto {
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: "Null for an order (an RFQ's award): title is the RFQ's",
  })
  id!: string | null;
  @ApiProperty() title!: string;
}

export class DealOfferDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ enum: SIDES }) side!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The offer's full terms" })
  terms!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) createdBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DealEventDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty({ enum: [...SIDES, 'system'] }) actorSide!: string;
  @ApiProperty({ example: 'accept' }) action!: string;
  @ApiProperty({ type: String, nullable: true, enum: DEAL_STATES }) fromState!: string | null;
  @ApiProperty({ enum: DEAL_STATES }) toState!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class BookingSlotDto {
  @ApiProperty({ format: 'date-time' }) start!: string;
  @ApiProperty({ format: 'date-time' }) end!: string;
  @ApiProperty({ format: 'date-time', description: 'End of the slot plus the buffer kept free' }) blockedUntil!: string;
  @ApiProperty({ description: 'Whether the booking still holds its slot' }) holdsSlot!: boolean;
}

class ReservedPeriodDto {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date' }) end!: string;
  @ApiProperty({ example: '120', description: 'Decimal, as text' }) quantity!: string;
  @ApiProperty({ example: 'held' }) status!: string;
}

export class LicenceAgreementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dealId!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ example: 'active' }) status!: string;
  @ApiProperty({ enum: ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] }) licenceType!: string;
  @ApiProperty({ example: '中国大陆' }) territory!: string;
  @ApiProperty({ type: String, nullable: true }) fieldOfUse!: string | null;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) endsOn!: string | null;
  @ApiProperty() openLicence!: boolean;
  @ApiProperty({ format: 'uuid' }) licensorOrganizationId!: string;
  @ApiProperty({ format: 'uuid' }) licenseeOrganizationId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The terms as agreed' })
  snapshot!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/**
 * A deal as its parties see it: a booking, a sample test, a reservation or a licence
 * request. `actions` are the steps the caller may take now; the kind adds `booking`,
 * `periods` or `licenceAgreement`; one deal (GET /deals/:id) adds `offers` and `events`.
 */
export class DealDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DEAL_KINDS }) kind!: string;
  @ApiProperty({ enum: DEAL_STATES }) state!: string;
  @ApiProperty({ type: String, nullable: true, enum: SIDES, description: 'Whose move it is' }) turn!: string | null;
  @ApiProperty({ type: DealListingDto }) listing!: DealListingDto;
  @ApiProperty({ format: 'uuid' }) requesterOrganizationId!: string;
  @ApiProperty({ format: 'uuid' }) requesterUserId!: string;
  @ApiProperty({ format: 'uuid' }) providerOrganizationId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The current terms' })
  terms!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) holdExpiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: SIDES }) cancelledBy!: string | null;
  @ApiProperty() lateCancellation!: boolean;
  @ApiProperty({ type: String, nullable: true }) stateReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ enum: SIDES, isArray: true }) yourSides!: string[];
  @ApiProperty({ enum: DEAL_ACTIONS, isArray: true, description: 'What the caller may do now' }) actions!: string[];
  @ApiPropertyOptional({ type: [DealOfferDto] }) offers?: DealOfferDto[];
  @ApiPropertyOptional({ type: [DealEventDto] }) events?: DealEventDto[];
  @ApiPropertyOptional({ type: BookingSlotDto, description: 'Bookings' }) booking?: BookingSlotDto;
  @ApiPropertyOptional({ type: [ReservedPeriodDto], description: 'Reservations' }) periods?: ReservedPeriodDto[];
  @ApiPropertyOptional({ type: LicenceAgreementDto, nullable: true, description: 'Licence requests' })
  licenceAgreement?: LicenceAgreementDto | null;
}

export class DealPageDto extends PageOf(DealDto) {}

export class DealDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '检测报告.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ example: 'attachment' }) purpose!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DealMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorUserId!: string;
  @ApiProperty({ enum: SIDES }) authorSide!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [DealDocumentDto] }) documents!: DealDocumentDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** Newest first, by cursor rather than page number: a thread grows while it is read. */
export class DealMessagePageDto {
  @ApiProperty({ type: [DealMessageDto] }) items!: DealMessageDto[];
  @ApiProperty({ description: 'Older messages remain (pass the last id as `before`)' }) hasMore!: boolean;
}

export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dealId!: string;
  @ApiProperty({ enum: SIDES }) authorSide!: string;
  @ApiProperty({ format: 'uuid' }) authorUserId!: string;
  @ApiProperty({ format: 'uuid' }) authorOrganizationId!: string;
  @ApiProperty({ format: 'uuid' }) subjectOrganizationId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null for an order' }) listingId!:
    string | null;
  @ApiProperty({ minimum: 1, maximum: 5 }) rating!: number;
  @ApiProperty() body!: string;
  @ApiProperty({ description: 'Visible to the other party and the public' }) revealed!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PublicReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null for an order' }) listingId!:
    string | null;
  @ApiProperty() listingTitle!: string;
  @ApiProperty({ enum: DEAL_KINDS }) dealKind!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) rating!: number;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DealReviewsDto {
  @ApiProperty({ description: 'Both sides have written, or 14 days have passed' }) revealed!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) revealsAt!: string | null;
  @ApiProperty({ type: [ReviewDto] }) items!: ReviewDto[];
}

class RatingSummaryDto {
  @ApiProperty({ type: Number, nullable: true }) averageRating!: number | null;
  @ApiProperty() count!: number;
}

/** Revealed reviews, a page of them, with the rating over all (`count` is `total`, kept for older clients). */
export class ReviewPageDto extends PageOf(PublicReviewDto, 'PublicReviewPageDto') {
  @ApiProperty({ type: Number, nullable: true, example: 4.5, description: 'Mean to 2 decimals; null without reviews' })
  averageRating!: number | null;
  @ApiProperty({ description: 'The same as total' }) count!: number;
}

export class QualificationDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) expiresOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) recordedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class QualificationListDto {
  @ApiProperty({ type: [QualificationDto] }) items!: QualificationDto[];
}

export class OrganizationReviewPageDto extends ReviewPageDto {
  @ApiProperty({ type: RatingSummaryDto, description: 'How it was rated as a requester' })
  asRequester!: RatingSummaryDto;
}
