import { Module } from '@nestjs/common';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { DealsModule } from './deals.module';
import { CalendarFeedRepository, DealExportRepository } from './persistence/calendar-feed.repository';
import { BookingCalendarUseCase } from './use-cases/booking-calendar.use-case';
import { CalendarFeedsUseCase } from './use-cases/calendar-feeds.use-case';
import { ExportDealsUseCase } from './use-cases/export-deals.use-case';

const USE_CASES = [BookingCalendarUseCase, CalendarFeedsUseCase, ExportDealsUseCase];

/** Bookings in people's calendars (secret feeds, a booking's .ics) and deals for accountants (issue 22). */
@Module({
  imports: [IdentityModule, ListingsModule, DealsModule],
  providers: [CalendarFeedRepository, DealExportRepository, ...USE_CASES],
  exports: USE_CASES,
})
export class CalendarModule {}
