import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { ListingAttachmentRepository } from './persistence/listing-attachment.repository';
import { ListingAuditRepository } from './persistence/listing-audit.repository';
import { ListingReportRepository } from './persistence/listing-report.repository';
import { ListingRevisionRepository } from './persistence/listing-revision.repository';
import { ListingRepository } from './persistence/listing.repository';
import { ParkReasonTemplatesRepository } from './persistence/park-reason-templates.repository';
import {
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  DeleteAttachmentUseCase,
  DownloadAttachmentUseCase,
  GetListingUseCase,
  ListAttachmentsUseCase,
  ListingsForIndexUseCase,
  ListParkAuditUseCase,
  ParkReasonTemplatesUseCase,
  ListOrganizationListingsUseCase,
  ModerationQueueUseCase,
  ReportListingUseCase,
  UpdateListingUseCase,
  UploadAttachmentUseCase,
  WithdrawRevisionUseCase,
} from './use-cases';
import { ListingAccess } from './use-cases/listing-access';
import { listingsEntities } from './persistence/entities';

const USE_CASES = [
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  DeleteAttachmentUseCase,
  DownloadAttachmentUseCase,
  GetListingUseCase,
  ListAttachmentsUseCase,
  ListingsForIndexUseCase,
  ListParkAuditUseCase,
  ParkReasonTemplatesUseCase,
  ListOrganizationListingsUseCase,
  ModerationQueueUseCase,
  ReportListingUseCase,
  UpdateListingUseCase,
  UploadAttachmentUseCase,
  WithdrawRevisionUseCase,
];

/**
 * Listings: what providers publish, its lifecycle, moderation, photos and documents.
 * The files go to the global `ObjectStorage` (StorageModule, imported by the app).
 */
@Module({
  imports: [TypeOrmModule.forFeature(listingsEntities), IdentityModule],
  providers: [
    ListingRepository,
    ListingRevisionRepository,
    ListingAuditRepository,
    ListingReportRepository,
    ListingAttachmentRepository,
    ParkReasonTemplatesRepository,
    ListingAccess,
    ...USE_CASES,
  ],
  exports: USE_CASES,
})
export class ListingsModule {}
