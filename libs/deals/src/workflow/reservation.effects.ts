import { Injectable } from '@nestjs/common';
import { todayInChina } from '@rongtong/kernel';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import type { Db } from '@rongtong/platform';
import {
  type CapacityListing,
  capacityListingOf,
  capacityPeriods,
  DealNotDueError,
  readReservationCounter,
  type ReservationTerms,
} from '../domain';
import { CapacityRepository } from '../persistence/capacity.repository';
import { type DealRecord, listingIdOf } from '../persistence/deal.repository';
import type { DealEffects, StepContext, StepOutcome } from './deal-workflow';

const RELEASING = new Set(['declined', 'expired', 'cancelled']);

/**
 * Capacity reservations: a request holds its quantity in each period; a counter-offer
 * re-shapes that hold to the new terms (which may not fit: 409); acceptance commits it;
 * a decline, lapse or cancellation (also of an accepted reservation) frees it.
 */
@Injectable()
export class ReservationEffects implements DealEffects {
  readonly kind = 'reservation' as const;

  constructor(
    private readonly capacity: CapacityRepository,
    private readonly listings: ListingsForIndexUseCase,
  ) {}

  async apply(tx: Db, deal: DealRecord, step: StepContext): Promise<StepOutcome | void> {
    if (step.action === 'counter') {
      const terms = step.input.terms as unknown as ReservationTerms;
      const periods = capacityPeriods((await this.listing(deal)).offering, terms.from, terms.to);
      await this.capacity.hold(
        tx,
        deal.id,
        listingIdOf(deal),
        periods.map((p) => ({ ...p, quantity: terms.quantity })),
      );
      return { data: { quantity: terms.quantity, from: terms.from, to: terms.to } };
    }
    if (step.action === 'accept') return this.capacity.commit(tx, deal.id);
    if (step.action === 'complete') {
      const from = String(deal.terms.from);
      if (todayInChina(step.now) < from) {
        throw new DealNotDueError(`A reservation can be completed once its window has begun (${from})`, {
          reason: 'window_not_begun',
          from,
        });
      }
    }
    if (RELEASING.has(step.to)) await this.capacity.release(tx, deal.id);
  }

  /** The side whose turn it is proposes: the requester in `countered`, the provider in `requested`. */
  async readOffer(deal: DealRecord, body: unknown): Promise<Record<string, unknown>> {
    const plan = readReservationCounter(
      body,
      deal.terms as unknown as ReservationTerms,
      await this.listing(deal),
      todayInChina(new Date()),
      deal.turn ?? 'provider',
    );
    return plan.terms as unknown as Record<string, unknown>;
  }

  async extras(db: Db, deal: DealRecord): Promise<Record<string, unknown>> {
    return { periods: await this.capacity.periodsOf(db, deal.id) };
  }

  /** The listing as it stands now, whatever its status: the parties are already dealing. */
  private async listing(deal: DealRecord): Promise<CapacityListing> {
    const [listing] = await this.listings.load([listingIdOf(deal)]);
    return capacityListingOf(listing);
  }
}
