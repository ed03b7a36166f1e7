import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { todayInChina } from '@rongtong/kernel';
import { isUniqueViolation, UnitOfWork } from '@rongtong/platform';
import {
  CapacityExceededError,
  capacityListingOf,
  IdempotencyKeyReusedError,
  type ReservationPlan,
  type ReservationRequestInput,
  readReservationRequest,
  requestFingerprint,
} from '../domain';
import { CapacityRepository } from '../persistence/capacity.repository';
import { type DealRecord, DealRepository } from '../persistence/deal.repository';
import { DealOfferRepository } from '../persistence/deal-offer.repository';
import { partySides } from '../access/deal-access';
import { DealListings } from '../access/deal-listings';
import { dealView } from '../views/deal-view';
import { DealWorkflow, holdUntil } from '../workflow/deal-workflow';
import { ExpireLapsedDealsUseCase } from './expire-lapsed-deals.use-case';

export interface CreateReservationInput extends ReservationRequestInput {
  listingId: string;
  organizationId?: string;
}

/**
 * A requester reserves a quantity of capacity in each period of a window. The request
 * holds that quantity at once (under the period rows' locks: of any number of concurrent
 * requests, exactly as many get in as there is room for, the rest get 409) and waits for
 * the provider, who accepts, declines or counters, under a hold that lapses.
 */
@Injectable()
export class CreateReservationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly offers: DealOfferRepository,
    private readonly capacity: CapacityRepository,
    private readonly listings: DealListings,
    private readonly workflow: DealWorkflow,
    private readonly expireLapsed: ExpireLapsedDealsUseCase,
  ) {}

  async execute(actor: Actor, input: CreateReservationInput, idempotencyKey: string | null) {
    assertEmailVerified(actor);
    const fingerprint = idempotencyKey ? requestFingerprint('reservation', input) : null;
    if (idempotencyKey) {
      const earlier = await this.deals.findByIdempotencyKey(this.uow.db, actor.userId, idempotencyKey);
      if (earlier) return this.replay(actor, earlier, fingerprint!);
    }
    const { listing, requesterOrganizationId } = await this.listings.forNewDeal(
      actor,
      input.listingId,
      'reservation',
      input.organizationId,
    );
    const now = new Date();
    const plan = readReservationRequest(input, capacityListingOf(listing), todayInChina(now));

    const open = () =>
      this.uow.run(async (tx) => {
        const deal = await this.deals.insert(tx, {
          kind: 'reservation',
          listingId: listing.id,
          listingTitle: listing.title,
          requesterOrganizationId,
          requesterUserId: actor.userId,
          providerOrganizationId: listing.ownerOrganizationId,
          state: 'requested',
          turn: 'provider',
          terms: plan.terms,
          holdExpiresAt: holdUntil(now),
          idempotency: idempotencyKey ? { key: idempotencyKey, fingerprint: fingerprint! } : null,
        });
        const offer = await this.offers.append(tx, deal.id, {
          side: 'requester',
          terms: plan.terms,
          note: plan.note,
          createdBy: actor.userId,
        });
        await this.capacity.hold(
          tx,
          deal.id,
          listing.id,
          plan.periods.map((p) => ({ ...p, quantity: plan.terms.quantity })),
        );
        await this.workflow.opened(
          tx,
          deal,
          { side: 'requester', userId: actor.userId },
          { offerVersion: offer.version },
        );
        return deal;
      });

    try {
      return await this.view(actor, await this.openOrRetry(open, listing.id, plan));
    } catch (error) {
      if (idempotencyKey && isUniqueViolation(error, 'deals_idempotency_key')) {
        // A concurrent request with the same key won the race: answer as it did.
        const earlier = await this.deals.findByIdempotencyKey(this.uow.db, actor.userId, idempotencyKey);
        if (earlier) return this.replay(actor, earlier, fingerprint!);
      }
      throw error;
    }
  }

  /** Capacity taken only by requests whose hold lapsed unanswered is freed, and the request tried once more. */
  private async openOrRetry(open: () => Promise<DealRecord>, listingId: string, plan: ReservationPlan) {
    try {
      return await open();
    } catch (error) {
      if (!(error instanceof CapacityExceededError)) throw error;
      const starts = error.periods.map((p) => p.periodStart);
      const lapsed = await this.capacity.lapsedHolders(
        this.uow.db,
        listingId,
        starts.length ? starts : plan.terms.periods.map((p) => p.start),
      );
      if (lapsed.length === 0 || (await this.expireLapsed.execute({ dealIds: lapsed })) === 0) throw error;
      return open();
    }
  }

  private async replay(actor: Actor, deal: DealRecord, fingerprint: string) {
    if (deal.requestFingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    return this.view(actor, deal);
  }

  private async view(actor: Actor, deal: DealRecord) {
    const db = this.uow.db;
    const [offers, extras] = await Promise.all([this.offers.list(db, deal.id), this.workflow.extras(db, deal)]);
    return dealView(deal, { sides: partySides(actor, deal), offers, extras });
  }
}
