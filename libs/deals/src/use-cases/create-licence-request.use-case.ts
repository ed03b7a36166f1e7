import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { todayInChina } from '@rongtong/kernel';
import { isUniqueViolation, UnitOfWork } from '@rongtong/platform';
import {
  DealValidationError,
  findLicenceConflict,
  IdempotencyKeyReusedError,
  isOpenLicenceGrant,
  LicenceConflictError,
  type LicenceRequestInput,
  licenceScope,
  readLicenceRequest,
  requestFingerprint,
} from '../domain';
import { type DealRecord, DealRepository } from '../persistence/deal.repository';
import { DealOfferRepository } from '../persistence/deal-offer.repository';
import { LicenceRepository } from '../persistence/licence.repository';
import { DealListings } from '../access/deal-listings';
import { dealView } from '../views/deal-view';
import { DealWorkflow, holdUntil } from '../workflow/deal-workflow';
import { LicenceEffects, licenceDealTerms, patentSnapshotOf } from '../workflow/licence.effects';

export interface CreateLicenceRequestInput extends LicenceRequestInput {
  listingId: string;
  /** Which of the caller's enterprises asks; optional when the caller has one. */
  organizationId?: string;
  note?: string;
}

const NOTE_MAX_LENGTH = 2000;

/**
 * A requester asks for a licence of a patent (or its assignment). The request goes to
 * the provider as offer 1, under a hold that lapses; on a listing with a standing open
 * licence (开放许可) an ordinary licence at the published fees is granted at once. A
 * request that an agreement in force already rules out is refused early (409); the
 * binding check is the one made when a licence is granted.
 */
@Injectable()
export class CreateLicenceRequestUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly offers: DealOfferRepository,
    private readonly licences: LicenceRepository,
    private readonly listings: DealListings,
    private readonly workflow: DealWorkflow,
    private readonly effects: LicenceEffects,
  ) {}

  async execute(actor: Actor, input: CreateLicenceRequestInput, idempotencyKey: string | null) {
    assertEmailVerified(actor);
    const fingerprint = idempotencyKey ? requestFingerprint('licence', input) : null;
    if (idempotencyKey) {
      const earlier = await this.deals.findByIdempotencyKey(this.uow.db, actor.userId, idempotencyKey);
      if (earlier) return this.replay(earlier, fingerprint!);
    }
    const note = readNote(input.note);
    const { listing, requesterOrganizationId } = await this.listings.forNewDeal(
      actor,
      input.listingId,
      'licence',
      input.organizationId,
    );
    const patent = patentSnapshotOf(listing);
    const now = new Date();
    const today = todayInChina(now);
    const terms = readLicenceRequest(input, patent, today);
    const granted = isOpenLicenceGrant(terms, patent);
    const scope = licenceScope(terms, terms.startsOn ?? today, patent.expiresOn);

    const open = () =>
      this.uow.run(async (tx) => {
        const conflict = findLicenceConflict(await this.licences.activeForListing(tx, listing.id, today), scope);
        if (conflict) throw new LicenceConflictError(conflict.id);
        const deal = await this.deals.insert(tx, {
          kind: 'licence',
          listingId: listing.id,
          listingTitle: listing.title,
          requesterOrganizationId,
          requesterUserId: actor.userId,
          providerOrganizationId: listing.ownerOrganizationId,
          state: granted ? 'accepted' : 'requested',
          turn: granted ? null : 'provider',
          terms: licenceDealTerms(terms, patent),
          holdExpiresAt: granted ? null : holdUntil(now),
          idempotency: idempotencyKey ? { key: idempotencyKey, fingerprint: fingerprint! } : null,
        });
        const offer = await this.offers.append(tx, deal.id, {
          side: 'requester',
          terms: deal.terms,
          note,
          createdBy: actor.userId,
        });
        const agreement = granted ? await this.effects.grant(tx, deal, now, { openLicence: true }) : undefined;
        await this.workflow.opened(
          tx,
          deal,
          { side: 'requester', userId: actor.userId },
          {
            offerVersion: offer.version,
            ...(agreement ? { openLicence: true, agreementId: agreement.id } : {}),
          },
        );
        return deal;
      });

    try {
      return await this.view(await open());
    } catch (error) {
      if (idempotencyKey && isUniqueViolation(error, 'deals_idempotency_key')) {
        // A concurrent request with the same key won the race: answer as it did.
        const earlier = await this.deals.findByIdempotencyKey(this.uow.db, actor.userId, idempotencyKey);
        if (earlier) return this.replay(earlier, fingerprint!);
      }
      throw error;
    }
  }

  private async replay(deal: DealRecord, fingerprint: string) {
    if (deal.requestFingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    return this.view(deal);
  }

  private async view(deal: DealRecord) {
    const db = this.uow.db;
    const [offers, extras] = await Promise.all([this.offers.list(db, deal.id), this.workflow.extras(db, deal)]);
    return dealView(deal, { sides: ['requester'], offers, extras });
  }
}

function readNote(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > NOTE_MAX_LENGTH) {
    throw new DealValidationError([
      { field: 'note', message: `must be a text of at most ${NOTE_MAX_LENGTH} characters` },
    ]);
  }
  return value.trim() || null;
}
