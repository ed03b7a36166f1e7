import { Injectable } from '@nestjs/common';
import type { Interval } from '@rongtong/kernel';
import { FREE_TIME_HORIZON_DAYS, ListingsForIndexUseCase } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import { bookingRulesOf, freeSlots, offersTimeSlots } from '../domain';
import { AvailabilityRepository } from '../persistence/availability.repository';
import { FreeTimeRepository } from '../persistence/free-time.repository';

const DAY = 24 * 3_600_000;
/** Rows reach past the horizon search asks about, so a day-old refresh still covers it. */
const COMPUTED_DAYS = FREE_TIME_HORIZON_DAYS + 2;
/** The longest buffer the rules allow: busy time this far past the end still matters. */
const MAX_BUFFER_MS = DAY;
const CHUNK = 200;

/**
 * Recomputes `listing_free_time` for listings from their booking rules and active
 * bookings: published, time-bookable equipment gets its free intervals for the coming
 * weeks; any other listing (unpublished, another kind, samples only) gets none.
 */
@Injectable()
export class RefreshFreeTimeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingsForIndexUseCase,
    private readonly availability: AvailabilityRepository,
    private readonly freeTime: FreeTimeRepository,
  ) {}

  async execute(listingIds: readonly string[], now = new Date()): Promise<{ bookable: number; rows: number }> {
    const ids = [...new Set(listingIds)];
    if (ids.length === 0) return { bookable: 0, rows: 0 };
    return this.uow.run(async (tx) => {
      // Locked before reading, so the state read is at least as new as any committed before.
      await this.freeTime.lock(tx, ids);
      const bookable = (await this.listings.load(ids)).filter(
        (l) => l.kind === 'equipment' && l.status === 'published' && offersTimeSlots(l.details),
      );
      const until = new Date(now.getTime() + COMPUTED_DAYS * DAY);
      const busy = await this.availability.busyOf(
        tx,
        bookable.map((l) => l.id),
        now,
        new Date(until.getTime() + MAX_BUFFER_MS),
      );
      const free = new Map<string, Interval[]>(
        bookable.map((l) => [l.id, freeSlots(bookingRulesOf(l.details), now, until, busy.get(l.id) ?? [], now)]),
      );
      return { bookable: bookable.length, rows: await this.freeTime.replace(tx, ids, free, now) };
    });
  }

  /** Every published listing, and every listing with rows: rolls the horizon forward daily. */
  async refreshAll(now = new Date()): Promise<{ listings: number; bookable: number; rows: number }> {
    const ids = [
      ...new Set([...(await this.listings.publishedIds()), ...(await this.freeTime.listingIds(this.uow.db))]),
    ];
    let bookable = 0;
    let rows = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const done = await this.execute(ids.slice(i, i + CHUNK), now);
      bookable += done.bookable;
      rows += done.rows;
    }
    return { listings: ids.length, bookable, rows };
  }
}
