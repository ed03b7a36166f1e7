import { Module } from '@nestjs/common';
import { ListingsModule } from '@rongtong/listings';
import { AvailabilityRepository } from './persistence/availability.repository';
import { FreeTimeRepository } from './persistence/free-time.repository';
import { FindFreeListingsUseCase } from './use-cases/find-free-listings.use-case';
import { GetAvailabilityUseCase } from './use-cases/get-availability.use-case';
import { RefreshFreeTimeUseCase } from './use-cases/refresh-free-time.use-case';

const USE_CASES = [FindFreeListingsUseCase, GetAvailabilityUseCase, RefreshFreeTimeUseCase];

/**
 * Equipment availability: free and busy time for the API, the free-time table the worker
 * keeps, and the lookup search filters by. Apart from DealsModule so that search and the
 * worker can have it without the deal workflow.
 */
@Module({
  imports: [ListingsModule],
  providers: [AvailabilityRepository, FreeTimeRepository, ...USE_CASES],
  exports: USE_CASES,
})
export class AvailabilityModule {}
