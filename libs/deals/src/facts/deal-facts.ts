import { Injectable } from '@nestjs/common';
import type { Interval, PeriodRange } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { type CapacityOffering, capacityPeriods, type LicenceScope } from '../domain';
import { CapacityRepository } from '../persistence/capacity.repository';
import { DealRepository } from '../persistence/deal.repository';
import { FreeTimeRepository } from '../persistence/free-time.repository';
import { LicenceRepository } from '../persistence/licence.repository';
import { type RatingSummary, ReviewRepository } from '../persistence/review.repository';

/** How far back a provider's answers count towards its responsiveness. */
export const RESPONSIVENESS_WINDOW_DAYS = 180;
const DAY_MS = 86_400_000;

/** A capacity listing's periods in a window, each with what remains of it, in the listing's unit. */
export interface CapacityLeft {
  unit: CapacityOffering['capacity']['unit'];
  per: CapacityOffering['capacity']['per'];
  periods: Array<PeriodRange & { remaining: number }>;
}

/**
 * What other contexts (the matcher) may ask deals about many listings and providers at
 * once, one query per question, never one per listing: they weigh dozens of candidates.
 */
@Injectable()
export class DealFacts {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly capacity: CapacityRepository,
    private readonly freeTimes: FreeTimeRepository,
    private readonly licences: LicenceRepository,
    private readonly deals: DealRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  /**
   * Per capacity listing, the periods `[from, to]` (dates) touches, each with what remains:
   * offered (as the listing states it) minus what is held and committed. One query.
   */
  async capacityLeft(
    offers: ReadonlyArray<{ listingId: string; offering: Pick<CapacityOffering, 'capacity' | 'periods'> }>,
    from: string,
    to: string,
  ): Promise<Map<string, CapacityLeft>> {
    const periods = new Map(offers.map((o) => [o.listingId, capacityPeriods(o.offering, from, to)]));
    const starts = [...new Set([...periods.values()].flatMap((list) => list.map((p) => p.start)))];
    const taken = new Map(
      (
        await this.capacity.takenOfMany(
          this.uow.db,
          offers.map((o) => o.listingId),
          starts,
        )
      ).map((t) => [`${t.listingId}/${t.start}`, t.taken]),
    );
    return new Map(
      offers.map(({ listingId, offering }) => [
        listingId,
        {
          unit: offering.capacity.unit,
          per: offering.capacity.per,
          periods: periods.get(listingId)!.map(({ start, end, offered }) => ({
            start,
            end,
            remaining: Math.max(0, offered - (taken.get(`${listingId}/${start}`) ?? 0)),
          })),
        },
      ]),
    );
  }

  /**
   * Bookable equipment's free intervals cut to `[from, to)`; listings whose free time was
   * never computed (not time-bookable, or not yet) are absent. One query.
   */
  freeTime(listingIds: readonly string[], from: Date, to: Date): Promise<Map<string, Interval[]>> {
    return this.freeTimes.freeWithin(this.uow.db, listingIds, from, to);
  }

  /** The licences (and assignments) in force on `today` (`YYYY-MM-DD`), by listing. */
  async activeLicences(listingIds: readonly string[], today: string): Promise<Map<string, LicenceScope[]>> {
    const byListing = new Map<string, LicenceScope[]>();
    for (const a of await this.licences.activeForListings(this.uow.db, listingIds, today)) {
      const scopes = byListing.get(a.listingId) ?? [];
      scopes.push({
        licenceType: a.licenceType,
        territory: a.territory,
        fieldOfUse: a.fieldOfUse,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
      });
      byListing.set(a.listingId, scopes);
    }
    return byListing;
  }

  /** Median minutes each provider takes to answer a request, over the last 180 days; absent without requests. */
  responseMinutes(organizationIds: readonly string[], now = new Date()): Promise<Map<string, number>> {
    return this.deals.medianResponseMinutes(
      this.uow.db,
      organizationIds,
      new Date(now.getTime() - RESPONSIVENESS_WINDOW_DAYS * DAY_MS),
    );
  }

  /** The providers rated at least `min` on average (revealed reviews): the supplier directory's rating filter. */
  providersRatedAtLeast(min: number): Promise<string[]> {
    return this.reviews.providersRatedAtLeast(this.uow.db, min);
  }

  /** Revealed ratings of each organization as a provider; absent without reviews. */
  providerRatings(organizationIds: readonly string[]): Promise<Map<string, RatingSummary>> {
    return this.reviews.providerSummaries(this.uow.db, organizationIds);
  }
}
