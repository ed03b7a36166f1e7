import { Module } from '@nestjs/common';
import { IdentityModule } from '@rongtong/identity';
import { ListingRepository } from './persistence/listing.repository';
import {
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  GetListingUseCase,
  ModerationQueueUseCase,
  ReportListingUseCase,
  UpdateListingUseCase,
} from './use-cases';
import { ListingAccess } from './use-cases/listing-access';

const USE_CASES = [
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  GetListingUseCase,
  ModerationQueueUseCase,
  ReportListingUseCase,
  UpdateListingUseCase,
];

/** Listings: what providers publish, its lifecycle and moderation. */
@Module({
  imports: [IdentityModule],
  providers: [ListingRepository, ListingAccess, ...USE_CASES],
  exports: USE_CASES,
})
export class ListingsModule {}
