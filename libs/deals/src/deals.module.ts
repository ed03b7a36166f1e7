import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { BookingRepository, QualificationRepository } from './persistence/booking.repository';
import { DealRepository } from './persistence/deal.repository';
import { DealOfferRepository } from './persistence/deal-offer.repository';
import { ActOnDealUseCase, MakeOfferUseCase } from './use-cases/act-on-deal.use-case';
import { BookingEffects, SampleTestEffects } from './workflow/booking.effects';
import { BookingLanes } from './workflow/booking-lanes';
import { CreateBookingUseCase } from './use-cases/create-booking.use-case';
import { DealListings } from './access/deal-listings';
import { DEAL_EFFECTS, DealWorkflow } from './workflow/deal-workflow';
import { ExpireLapsedDealsUseCase } from './use-cases/expire-lapsed-deals.use-case';
import { GetDealUseCase, ListDealsUseCase } from './use-cases/get-deal.use-case';
import { ManageQualificationsUseCase } from './use-cases/qualifications.use-case';
import { DealDocumentRepository } from './persistence/deal-document.repository';
import { DealMessageRepository } from './persistence/deal-message.repository';
import { ReviewRepository } from './persistence/review.repository';
import { DeliverReportUseCase } from './use-cases/deliver-report.use-case';
import { DownloadDealDocumentUseCase } from './use-cases/download-deal-document.use-case';
import { ListDealDocumentsUseCase } from './use-cases/list-deal-documents.use-case';
import { ListDealMessagesUseCase } from './use-cases/list-deal-messages.use-case';
import { ListDealReviewsUseCase } from './use-cases/list-deal-reviews.use-case';
import { ListListingReviewsUseCase } from './use-cases/list-listing-reviews.use-case';
import { ListOrganizationReviewsUseCase } from './use-cases/list-organization-reviews.use-case';
import { PostDealMessageUseCase } from './use-cases/post-deal-message.use-case';
import { UploadDealDocumentUseCase } from './use-cases/upload-deal-document.use-case';
import { WriteReviewUseCase } from './use-cases/write-review.use-case';
import { RevealLapsedReviewsUseCase } from './use-cases/reveal-lapsed-reviews.use-case';
import { CapacityRepository } from './persistence/capacity.repository';
import { CreateReservationUseCase } from './use-cases/create-reservation.use-case';
import { GetListingCapacityUseCase } from './use-cases/get-listing-capacity.use-case';
import { ReservationEffects } from './workflow/reservation.effects';
import { LicenceRepository } from './persistence/licence.repository';
import { CreateLicenceRequestUseCase } from './use-cases/create-licence-request.use-case';
import { GetLicenceAgreementUseCase } from './use-cases/get-licence-agreement.use-case';
import { LicenceEffects } from './workflow/licence.effects';
import { ListListingLicencesUseCase } from './use-cases/list-listing-licences.use-case';
import { FreeTimeRepository } from './persistence/free-time.repository';
import { DealFacts } from './facts/deal-facts';
import { OrderEffects } from './workflow/order.effects';
import { OpenOrderDealUseCase } from './use-cases/open-order-deal.use-case';
import { dealsEntities } from './persistence/entities';

// Each kind's effects: what a step does to the time, capacity or licence a deal holds.
const EFFECTS = [BookingEffects, SampleTestEffects, ReservationEffects, LicenceEffects, OrderEffects];

const REPOSITORIES = [
  DealRepository,
  DealOfferRepository,
  BookingRepository,
  QualificationRepository,
  DealDocumentRepository,
  DealMessageRepository,
  ReviewRepository,
  CapacityRepository,
  LicenceRepository,
  FreeTimeRepository,
];

const USE_CASES = [
  ActOnDealUseCase,
  CreateBookingUseCase,
  ExpireLapsedDealsUseCase,
  GetDealUseCase,
  ListDealsUseCase,
  MakeOfferUseCase,
  ManageQualificationsUseCase,
  UploadDealDocumentUseCase,
  ListDealDocumentsUseCase,
  DownloadDealDocumentUseCase,
  DeliverReportUseCase,
  PostDealMessageUseCase,
  ListDealMessagesUseCase,
  WriteReviewUseCase,
  RevealLapsedReviewsUseCase,
  ListDealReviewsUseCase,
  ListListingReviewsUseCase,
  ListOrganizationReviewsUseCase,
  CreateReservationUseCase,
  GetListingCapacityUseCase,
  CreateLicenceRequestUseCase,
  GetLicenceAgreementUseCase,
  ListListingLicencesUseCase,
  OpenOrderDealUseCase,
  DealFacts,
];

/**
 * Deals: bookings of equipment time, sample-testing orders, capacity reservations,
 * licence requests and the orders an RFQ's award opens, from request to completion, with
 * messages, documents and reviews.
 */
@Module({
  imports: [TypeOrmModule.forFeature(dealsEntities), IdentityModule, ListingsModule],
  providers: [
    ...REPOSITORIES,
    ...EFFECTS,
    { provide: DEAL_EFFECTS, useFactory: (...effects: unknown[]) => effects, inject: EFFECTS },
    DealWorkflow,
    DealListings,
    BookingLanes,
    ...USE_CASES,
  ],
  exports: USE_CASES,
})
export class DealsModule {}
