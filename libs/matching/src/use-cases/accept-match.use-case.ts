import { Injectable } from '@nestjs/common';
import {
  AVAILABILITY_MAX_DAYS,
  CreateBookingUseCase,
  CreateLicenceRequestUseCase,
  CreateReservationUseCase,
  type DealView,
  GetAvailabilityUseCase,
  GetDealUseCase,
  IdempotencyKeyReusedError,
} from '@rongtong/deals';
import { type Actor, assertEmailVerified, enterpriseIds } from '@rongtong/identity';
import { assertNever, DEFAULT_LOCALE, DomainError, instantInZone, type Locale, todayInChina } from '@rongtong/kernel';
import { type CapacityDetails, GetListingUseCase, ListingNotFoundError } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import {
  bookingMinutes,
  type DealPrefill,
  DemandStateConflictError,
  type EquipmentDemandDetails,
  firstFit,
  isDemandActive,
  licencePrefill,
  MatchNotAcceptableError,
  MatchNotFoundError,
  MatchStateConflictError,
  NoFreeSlotError,
  type PrefillTarget,
  reservationPrefill,
  sampleTestPrefill,
  slotPrefill,
  windowInstants,
} from '../domain';
import type { DemandRecord } from '../persistence/demand.repository';
import { type MatchRecord, MatchRepository } from '../persistence/match.repository';
import { matchView } from './demand-view';
import { MatchingParties } from './matching-parties';

const DAY = 86_400_000;

/** One key per match: a retried accept gets the deal the first one opened, never a second. */
export function acceptIdempotencyKey(matchId: string): string {
  return `demand-match:${matchId}`;
}

/**
 * The SME accepts a match: a deal of the right kind is opened on the listing, prefilled
 * from the demand, through the deals context's own use cases (so every deal rule holds):
 * a reservation for capacity, a licence request for a patent, a booking for equipment
 * (sample testing, or the first free slot of the demanded hours inside the window; 409
 * NO_FREE_SLOT when there is none). The prefilled request is kept on the match until the
 * deal exists, and the deal is opened under a key derived from the match, so a retry
 * (even after a crash between the two steps) returns the same deal.
 */
@Injectable()
export class AcceptMatchUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchRepository,
    private readonly parties: MatchingParties,
    private readonly listings: GetListingUseCase,
    private readonly availability: GetAvailabilityUseCase,
    private readonly reserve: CreateReservationUseCase,
    private readonly licence: CreateLicenceRequestUseCase,
    private readonly book: CreateBookingUseCase,
    private readonly deals: GetDealUseCase,
  ) {}

  async execute(actor: Actor, demandId: string, matchId: string, locale: Locale = DEFAULT_LOCALE) {
    assertEmailVerified(actor);
    const db = this.uow.db;
    const demand = await this.parties.ownedDemand(db, actor, demandId);
    const match = await this.matches.get(db, enterpriseIds(actor), demandId, matchId);
    if (!match) throw new MatchNotFoundError();
    if (match.dealId) return this.result(match, await this.deals.execute(actor, match.dealId), locale);
    if (match.status === 'dismissed') throw new MatchStateConflictError('dismissed', 'accepted');
    if (!isDemandActive(demand.status)) throw new DemandStateConflictError(demand.status, 'turned into a deal');

    const request =
      match.dealRequest ??
      (await this.matches.claimDealRequest(db, match.id, await this.prefill(actor, demand, match)));
    let deal: DealView;
    try {
      deal = await this.open(actor, request, acceptIdempotencyKey(match.id));
    } catch (error) {
      // Refused by the deals context (slot taken, capacity gone …): the next accept prefills afresh.
      if (error instanceof DomainError && !(error instanceof IdempotencyKeyReusedError)) {
        await this.matches.clearDealRequest(db, match.id);
      }
      throw error;
    }
    const accepted = await this.uow.run((tx) => this.matches.attachDeal(tx, match.id, deal.id));
    return this.result(accepted, deal, locale);
  }

  private async result(match: MatchRecord, deal: DealView, locale: Locale) {
    const listings = await this.parties.listingSummaries([match.listingId]);
    return { match: matchView(match, listings.get(match.listingId), locale), deal };
  }

  private open(actor: Actor, request: DealPrefill, key: string): Promise<DealView> {
    switch (request.kind) {
      case 'reservation':
        return this.reserve.execute(actor, request.input, key);
      case 'licence':
        return this.licence.execute(actor, request.input, key);
      case 'booking':
        return this.book.execute(actor, request.input, key);
      default:
        return assertNever(request, 'deal prefill');
    }
  }

  private async prefill(actor: Actor, demand: DemandRecord, match: MatchRecord): Promise<DealPrefill> {
    const target: PrefillTarget = { listingId: match.listingId, organizationId: demand.organizationId };
    switch (demand.kind) {
      case 'capacity': {
        const details = (await this.listing(actor, match.listingId, 'capacity')).details as unknown as CapacityDetails;
        const offer = { ...details.capacity, leadTimeDays: details.leadTimeDays ?? 0 };
        return reservationPrefill(demand, target, offer, todayInChina());
      }
      case 'ip':
        return licencePrefill(demand, target);
      case 'equipment':
        return demand.details.serviceMode === 'sample_testing'
          ? sampleTestPrefill(demand, target)
          : slotPrefill(demand, target, await this.firstFreeSlot(actor, match.listingId, demand.details));
      default:
        return assertNever(demand, 'demand kind');
    }
  }

  /** The matched listing as the SME may see it now; 422 when it is gone or of another kind. */
  private async listing(actor: Actor, listingId: string, kind: string) {
    let listing: Awaited<ReturnType<GetListingUseCase['execute']>>;
    try {
      listing = await this.listings.execute(actor, listingId);
    } catch (error) {
      if (error instanceof ListingNotFoundError) throw unavailable();
      throw error;
    }
    if (listing.status !== 'published') throw unavailable();
    if (listing.kind !== kind) {
      throw new MatchNotAcceptableError(
        'LISTING_KIND_MISMATCH',
        `The matched listing offers ${listing.kind}, not ${kind}`,
      );
    }
    return listing;
  }

  /** The first free slot of the demanded hours in the window, read from the listing's availability. */
  private async firstFreeSlot(actor: Actor, listingId: string, details: EquipmentDemandDetails) {
    if (details.serviceMode === 'sample_testing') throw new TypeError('sample testing books no time');
    const window = windowInstants(details.from, details.to);
    const now = new Date();
    let minutes: number | undefined;
    // Availability is read at most AVAILABILITY_MAX_DAYS at a time; a window may be up to a year.
    for (let from = Math.max(window.start.getTime(), now.getTime()); from < window.end.getTime();) {
      const to = Math.min(from + AVAILABILITY_MAX_DAYS * DAY, window.end.getTime());
      let availability: Awaited<ReturnType<GetAvailabilityUseCase['execute']>>;
      try {
        availability = await this.availability.execute(
          actor,
          listingId,
          { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
          now,
        );
      } catch (error) {
        if (error instanceof ListingNotFoundError) throw unavailable();
        throw error;
      }
      minutes ??= bookingMinutes(details.hours, availability);
      const free = availability.free.map((i) => ({ start: new Date(i.start), end: new Date(i.end) }));
      const slot = firstFit(free, minutes);
      if (slot) {
        return {
          start: instantInZone(slot.start, availability.timeZone),
          end: instantInZone(slot.end, availability.timeZone),
        };
      }
      from = to;
    }
    throw new NoFreeSlotError(
      `No free slot of ${details.hours} hours on this equipment between ${details.from} and ${details.to}`,
      { from: details.from, to: details.to, hours: details.hours },
    );
  }
}

function unavailable(): MatchNotAcceptableError {
  return new MatchNotAcceptableError('LISTING_UNAVAILABLE', 'The matched listing is no longer published');
}
