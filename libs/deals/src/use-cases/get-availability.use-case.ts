import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { clipIntervals, instantInZone, type Interval, mergeIntervals } from '@rongtong/kernel';
import { GetListingUseCase } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import {
  availabilityWindow,
  bookingRulesOf,
  calendarDaysIn,
  freeSlots,
  ListingNotDealableError,
  offersTimeSlots,
} from '../domain';
import { AvailabilityRepository } from '../persistence/availability.repository';

const MINUTE = 60_000;

/**
 * The free and busy time of an equipment listing, with the rules a request must meet, for
 * whoever may see the listing. Busy time says when, never who.
 */
@Injectable()
export class GetAvailabilityUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: GetListingUseCase,
    private readonly availability: AvailabilityRepository,
  ) {}

  async execute(actor: Actor | undefined, listingId: string, query: { from?: string; to?: string }, now = new Date()) {
    const listing = await this.listings.execute(actor, listingId);
    if (listing.kind !== 'equipment') {
      throw new ListingNotDealableError(
        'LISTING_NOT_BOOKABLE',
        `Only equipment time can be booked; this listing offers ${listing.kind}`,
        { field: 'listingId' },
      );
    }
    if (!offersTimeSlots(listing.details)) {
      throw new ListingNotDealableError(
        'LISTING_NOT_BOOKABLE',
        'This equipment takes samples for testing only: it has no time to book',
        { field: 'listingId' },
      );
    }
    const rules = bookingRulesOf(listing.details);
    const { from, to } = availabilityWindow(query, now);
    // A slot ending at `to` must keep its buffer clear of a booking just after the window.
    const busy = await this.availability.busy(
      this.uow.db,
      listing.id,
      from,
      new Date(to.getTime() + rules.bufferMinutes * MINUTE),
    );
    const zone = rules.timeZone;
    const shown = (intervals: Interval[]) =>
      intervals.map((i) => ({ start: instantInZone(i.start, zone), end: instantInZone(i.end, zone) }));
    return {
      listingId: listing.id,
      from: instantInZone(from, zone),
      to: instantInZone(to, zone),
      timeZone: zone,
      slotMinutes: rules.slotMinutes,
      minMinutes: rules.minMinutes,
      maxMinutes: rules.maxMinutes,
      leadTimeHours: rules.leadTimeHours,
      bufferMinutes: rules.bufferMinutes,
      cancellationCutoffHours: rules.cancellationCutoffHours,
      instantBook: rules.instantBook,
      serviceModes: (listing.details as { serviceModes?: string[] }).serviceModes ?? [],
      openingHours: rules.openingHours,
      blackoutDates: rules.blackoutDates,
      publicHolidays: rules.publicHolidays,
      makeUpWorkdays: rules.makeUpWorkdays,
      calendarDays: calendarDaysIn(rules, from, to),
      free: shown(freeSlots(rules, from, to, busy, now)),
      busy: shown(mergeIntervals(clipIntervals(busy, from, to))),
    };
  }
}
