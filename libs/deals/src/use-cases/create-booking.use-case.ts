import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import type { EquipmentDetails } from '@rongtong/listings';
import { isUniqueViolation, UnitOfWork } from '@rongtong/platform';
import {
  type BookingRequest,
  type BookingRequestInput,
  type BookingTerms,
  bookingRulesOf,
  checkSlot,
  estimateFee,
  IdempotencyKeyReusedError,
  ListingNotDealableError,
  QualificationRequiredError,
  readBookingRequest,
  requestFingerprint,
  type SampleTestTerms,
  SlotTakenError,
  SlotUnavailableError,
} from '../domain';
import { BookingRepository, QualificationRepository } from '../persistence/booking.repository';
import { type DealRecord, DealRepository } from '../persistence/deal.repository';
import { BookingLanes } from '../workflow/booking-lanes';
import { DealListings } from '../access/deal-listings';
import { DealWorkflow, holdUntil } from '../workflow/deal-workflow';
import { dealView } from '../views/deal-view';
import { ExpireLapsedDealsUseCase } from './expire-lapsed-deals.use-case';

export interface CreateBookingInput extends BookingRequestInput {
  listingId: string;
  organizationId?: string;
}

/**
 * A requester asks for equipment time (or sends samples for testing). A slot is checked
 * against the listing's rules, then held by the exclusion constraint: of any number of
 * concurrent requests for overlapping time, exactly one gets it. Instant-book listings
 * confirm at once; others wait for the provider under a hold that lapses.
 */
@Injectable()
export class CreateBookingUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly bookings: BookingRepository,
    private readonly qualifications: QualificationRepository,
    private readonly listings: DealListings,
    private readonly workflow: DealWorkflow,
    private readonly expireLapsed: ExpireLapsedDealsUseCase,
    private readonly lanes: BookingLanes,
  ) {}

  async execute(actor: Actor, input: CreateBookingInput, idempotencyKey: string | null) {
    assertEmailVerified(actor);
    const fingerprint = idempotencyKey ? requestFingerprint('booking', input) : null;
    if (idempotencyKey) {
      const earlier = await this.deals.findByIdempotencyKey(this.uow.db, actor.userId, idempotencyKey);
      if (earlier) return this.replay(earlier, fingerprint!);
    }
    const request = readBookingRequest(input);
    const kind = request.serviceMode === 'sample_testing' ? 'sample_test' : 'booking';
    const { listing, requesterOrganizationId } = await this.listings.forNewDeal(
      actor,
      input.listingId,
      kind,
      input.organizationId,
    );
    const details = listing.details as unknown as EquipmentDetails;
    if (!details.serviceModes.includes(request.serviceMode)) {
      throw new ListingNotDealableError(
        'SERVICE_MODE_NOT_OFFERED',
        `This equipment is offered ${details.serviceModes.join(', ')}, not ${request.serviceMode}`,
        { field: 'serviceMode', offered: details.serviceModes },
      );
    }
    const now = new Date();
    if (request.serviceMode !== 'sample_testing') {
      const reasons = checkSlot(bookingRulesOf(details), request.start, request.end, now);
      if (reasons.length) throw new SlotUnavailableError(reasons);
      if (request.serviceMode === 'self_operated' && details.requiresTraining) {
        if (!(await this.qualifications.isQualified(this.uow.db, listing.id, actor.userId))) {
          throw new QualificationRequiredError();
        }
      }
    }

    const open = () =>
      this.uow.run(async (tx) => {
        const instant = request.serviceMode !== 'sample_testing' && bookingRulesOf(details).instantBook;
        const deal = await this.deals.insert(tx, {
          kind,
          listingId: listing.id,
          listingTitle: listing.title,
          requesterOrganizationId,
          requesterUserId: actor.userId,
          providerOrganizationId: listing.ownerOrganizationId,
          state: instant ? 'confirmed' : 'requested',
          turn: instant ? null : 'provider',
          terms: termsOf(request, details),
          holdExpiresAt: instant ? null : holdFor(request, now),
          idempotency: idempotencyKey ? { key: idempotencyKey, fingerprint: fingerprint! } : null,
        });
        if (request.serviceMode !== 'sample_testing') {
          await this.bookings.hold(tx, {
            dealId: deal.id,
            listingId: listing.id,
            serviceMode: request.serviceMode,
            start: request.start,
            end: request.end,
            bufferMinutes: bookingRulesOf(details).bufferMinutes,
          });
        }
        await this.workflow.opened(
          tx,
          deal,
          { side: 'requester', userId: actor.userId },
          instant ? { instant } : undefined,
        );
        return deal;
      });

    try {
      if (request.serviceMode === 'sample_testing') return dealView(await open(), { sides: ['requester'] });
      const bufferMinutes = bookingRulesOf(details).bufferMinutes;
      const blocked = { start: request.start, blockedUntil: new Date(request.end.getTime() + bufferMinutes * 60_000) };
      const deal = await this.lanes.run(listing.id, blocked, async () => {
        // A quick refusal for a time already held, before any transaction.
        if (await this.bookings.isTaken(this.uow.db, listing.id, request.start, request.end, bufferMinutes)) {
          throw new SlotTakenError();
        }
        return this.openOrRetry(open, request, listing.id, bufferMinutes);
      });
      // What was just written needs no second read.
      return dealView(deal, {
        sides: ['requester'],
        extras: {
          booking: { start: request.start, end: request.end, blockedUntil: blocked.blockedUntil, holdsSlot: true },
        },
      });
    } catch (error) {
      if (idempotencyKey && (isUniqueViolation(error, 'deals_idempotency_key') || error instanceof SlotTakenError)) {
        // A concurrent request with the same key won the race (the key's own insert, or the
        // slot it took while this one waited): answer as it did.
        const earlier = await this.deals.findByIdempotencyKey(this.uow.db, actor.userId, idempotencyKey);
        if (earlier) return this.replay(earlier, fingerprint!);
      }
      throw error;
    }
  }

  /** A slot blocked only by holds that lapsed unanswered is freed, and the booking tried once more. */
  private async openOrRetry(
    open: () => Promise<DealRecord>,
    request: Exclude<BookingRequest, { serviceMode: 'sample_testing' }>,
    listingId: string,
    bufferMinutes: number,
  ) {
    try {
      return await open();
    } catch (error) {
      if (!(error instanceof SlotTakenError)) throw error;
      const lapsed = await this.bookings.lapsedOverlapping(
        this.uow.db,
        listingId,
        request.start,
        request.end,
        bufferMinutes,
      );
      if (lapsed.length === 0 || (await this.expireLapsed.execute({ dealIds: lapsed })) === 0) throw error;
      return open();
    }
  }

  private async replay(deal: DealRecord, fingerprint: string) {
    if (deal.requestFingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    return this.view(deal);
  }

  private async view(deal: DealRecord) {
    return dealView(deal, { sides: ['requester'], extras: await this.workflow.extras(this.uow.db, deal) });
  }
}

function termsOf(request: BookingRequest, details: EquipmentDetails): BookingTerms | SampleTestTerms {
  if (request.serviceMode === 'sample_testing') {
    return {
      serviceMode: 'sample_testing',
      samples: request.samples,
      testItems: request.testItems,
      note: request.note,
      turnaroundDays: details.turnaroundDays,
      estimatedFeeFen: null,
    };
  }
  const minutes = Math.round((request.end.getTime() - request.start.getTime()) / 60_000);
  return {
    serviceMode: request.serviceMode,
    start: request.start.toISOString(),
    end: request.end.toISOString(),
    minutes,
    estimatedFeeFen: estimateFee(details.hourlyRateFen, minutes),
    cancellationCutoffHours: bookingRulesOf(details).cancellationCutoffHours,
    note: request.note,
  };
}

/** An unanswered request lapses after the usual hold, or when its slot begins, whichever is first. */
function holdFor(request: BookingRequest, now: Date): Date {
  const hold = holdUntil(now);
  return request.serviceMode !== 'sample_testing' && request.start < hold ? request.start : hold;
}
