import { Module } from '@nestjs/common';
import { AvailabilityModule, FindFreeListingsUseCase } from '@rongtong/deals';
import { type FreeTimeFinder, SearchQueryModule } from '@rongtong/search';
import { RegionsController } from './regions.controller';
import { SearchController } from './search.controller';

@Module({
  imports: [
    // Search's free-time filter asks deals' free-time table: the app wires the two, neither knows the other.
    SearchQueryModule.register({
      imports: [AvailabilityModule],
      inject: [FindFreeListingsUseCase],
      useFactory: (find: FindFreeListingsUseCase): FreeTimeFinder => ({
        listingsFreeFor: (wanted) => find.execute(wanted),
      }),
    }),
  ],
  controllers: [SearchController, RegionsController],
})
export class SearchHttpModule {}
