import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds, isMemberOf, OrganizationDirectory } from '@rongtong/identity';
import { todayInChina, assertKnownRegionCode } from '@rongtong/kernel';
import { isUniqueViolation, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  ExternalRefTakenError,
  isListingKind,
  type ListingContent,
  type ListingContentInput,
  ListingForbiddenError,
  type ListingKind,
  ListingValidationError,
  validateListingContent,
} from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { listingView } from './listing-view';

export interface CreateListingInput extends ListingContentInput {
  kind: ListingKind;
  /** Which of the caller's enterprises lists it; optional when the caller has one. */
  organizationId?: string;
  /** The owner's own reference (stock number, corpus ref): unique per owner. */
  externalRef?: string;
}

/** A member of an enterprise drafts a listing for it. */
@Injectable()
export class CreateListingUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly directory: OrganizationDirectory,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, input: CreateListingInput) {
    if (!isListingKind(input.kind)) {
      throw new ListingValidationError([{ field: 'kind', message: 'must be capacity, equipment or ip' }]);
    }
    const owned = enterpriseIds(actor);
    const ownerId = input.organizationId ?? (owned.length === 1 ? owned[0] : undefined);
    if (!ownerId || !isMemberOf(actor, ownerId) || !owned.includes(ownerId)) {
      throw new ListingForbiddenError(
        'ENTERPRISE_MEMBER_REQUIRED',
        owned.length > 1
          ? 'Say which of your enterprises lists it (organizationId)'
          : 'Only enterprise members create listings',
      );
    }
    const owner = (await this.directory.facts(ownerId))!;
    const content = validateListingContent(input.kind, input, { regionCode: owner.regionCode, today: todayInChina() });
    // The owner's own region (from its credit code) may be a historical code; one sent must exist.
    assertKnownRegionCode(input.regionCode, 'regionCode');
    if (content.parkId && !owner.parkIds.includes(content.parkId)) {
      throw new ListingValidationError([{ field: 'parkId', message: 'must be a park the enterprise belongs to' }]);
    }
    try {
      return await this.create(actor, ownerId, input, content);
    } catch (error) {
      if (isUniqueViolation(error, 'listings_owner_organization_id_external_ref_key'))
        throw new ExternalRefTakenError();
      throw error;
    }
  }

  private create(actor: Actor, ownerId: string, input: CreateListingInput, content: ListingContent) {
    return this.uow.run(async (tx) => {
      const listing = await this.listings.insert(tx, ownerId, {
        kind: input.kind,
        content,
        createdBy: actor.userId,
        externalRef: input.externalRef ?? null,
      });
      await this.listingAudit.append(tx, {
        listingId: listing.id,
        actorUserId: actor.userId,
        action: 'create',
        after: { status: 'draft' },
      });
      // Park analytics count listings of every status, drafts too.
      await this.outbox.append(tx, {
        type: 'listing.created',
        aggregateType: 'listing',
        aggregateId: listing.id,
        payload: { listingId: listing.id, ownerOrganizationId: ownerId, kind: input.kind },
      });
      return listingView(listing, { privileged: true });
    });
  }
}
