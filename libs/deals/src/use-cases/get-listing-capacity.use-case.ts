import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { chinaDaysBetween, todayInChina } from '@rongtong/kernel';
import { GetListingUseCase } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import { capacityListingOf, capacityPeriods, capacityWindow, ListingNotDealableError } from '../domain';
import { CapacityRepository } from '../persistence/capacity.repository';

/** Quantities are shown to thousandths, so sums of decimals read as written. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The periods of a capacity listing in a window, with what is offered and what remains
 * after the quantities held by open requests and committed to accepted ones: for the
 * reservation form. For whoever may see the listing; who holds what is not shown.
 */
@Injectable()
export class GetListingCapacityUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: GetListingUseCase,
    private readonly capacity: CapacityRepository,
  ) {}

  async execute(actor: Actor | undefined, listingId: string, window: { from?: string; to?: string }) {
    const listing = await this.listings.execute(actor, listingId);
    if (listing.kind !== 'capacity') {
      throw new ListingNotDealableError(
        'LISTING_KIND_MISMATCH',
        `Only a capacity listing has capacity; this one is ${listing.kind}`,
        {
          field: 'listingId',
        },
      );
    }
    const { from, to } = capacityWindow(window, todayInChina(new Date()));
    const { offering } = capacityListingOf(listing);
    const periods = capacityPeriods(offering, from, to);
    const taken = new Map(
      (
        await this.capacity.usage(
          this.uow.db,
          listingId,
          periods.map((p) => p.start),
        )
      ).map((u) => [u.start, u.held + u.committed]),
    );
    return {
      listingId,
      unit: offering.capacity.unit,
      per: offering.capacity.per,
      from,
      to,
      periods: periods.map((p) => ({
        start: p.start,
        end: p.end,
        offered: p.offered,
        remaining: round(Math.max(0, p.offered - (taken.get(p.start) ?? 0))),
        // What China's calendar takes from (or adds to) the period's working days.
        calendarDays: chinaDaysBetween(p.start, p.end).map(({ date, kind, holiday }) => ({
          date,
          kind,
          name: holiday,
        })),
      })),
    };
  }
}
