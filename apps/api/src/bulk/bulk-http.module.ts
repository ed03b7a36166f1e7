import { Module } from '@nestjs/common';
import { CalendarModule } from '@rongtong/deals';
import { ListingImportsModule } from '@rongtong/listings';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { ListingImportsController } from './listing-imports.controller';

/** Large catalogues (issue 22): imports, exports, bulk steps, calendar feeds. */
@Module({
  imports: [ListingImportsModule, CalendarModule],
  controllers: [ListingImportsController, CalendarFeedsController],
})
export class BulkHttpModule {}
