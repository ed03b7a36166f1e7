import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds, isMemberOf, OrganizationDirectory } from '@rongtong/identity';
import { GetListingUseCase, ListingNotFoundError } from '@rongtong/listings';
import { DealForbiddenError, type DealKind, ListingNotDealableError, SelfDealingError } from '../domain';

/** What a deal needs to know of the listing it is opened against. */
export interface DealableListing {
  id: string;
  kind: 'capacity' | 'equipment' | 'ip';
  title: string;
  ownerOrganizationId: string;
  priceFen: number | null;
  priceUnit: string | null;
  details: Record<string, unknown>;
}

/** The kinds opened against a listing (an order is opened by an RFQ's award instead). */
export type ListingDealKind = Exclude<DealKind, 'order'>;

const LISTING_KIND: Record<ListingDealKind, DealableListing['kind']> = {
  booking: 'equipment',
  sample_test: 'equipment',
  reservation: 'capacity',
  licence: 'ip',
};

/**
 * The listings side of opening a deal, through the listings context's public face: the
 * listing must be published and visible to the caller, of the kind the deal needs, and
 * not the caller's own; the caller acts for one of its enterprises.
 */
@Injectable()
export class DealListings {
  constructor(
    private readonly listings: GetListingUseCase,
    private readonly directory: OrganizationDirectory,
  ) {}

  async forNewDeal(
    actor: Actor,
    listingId: string,
    kind: ListingDealKind,
    organizationId?: string,
  ): Promise<{ listing: DealableListing; requesterOrganizationId: string }> {
    const requesterOrganizationId = this.requesterOrganization(actor, organizationId);
    let view: Awaited<ReturnType<GetListingUseCase['execute']>>;
    try {
      view = await this.listings.execute(actor, listingId);
    } catch (error) {
      if (error instanceof ListingNotFoundError) {
        throw new ListingNotDealableError('LISTING_NOT_FOUND', 'No published listing with this id', {
          field: 'listingId',
        });
      }
      throw error;
    }
    if (view.status !== 'published') {
      throw new ListingNotDealableError('LISTING_NOT_PUBLISHED', 'Only a published listing takes requests', {
        field: 'listingId',
      });
    }
    if (view.kind !== LISTING_KIND[kind]) {
      throw new ListingNotDealableError(
        'LISTING_KIND_MISMATCH',
        `A ${kind.replace('_', ' ')} needs a${LISTING_KIND[kind] === 'ip' ? 'n' : ''} ${LISTING_KIND[kind]} listing; this one is ${view.kind}`,
        { field: 'listingId' },
      );
    }
    if (view.ownerOrganizationId === requesterOrganizationId) {
      throw new ListingNotDealableError('OWN_LISTING', 'An enterprise cannot open a deal on its own listing', {
        field: 'listingId',
      });
    }
    // Someone on both sides would set the terms, run the deal and review it alone.
    if (isMemberOf(actor, view.ownerOrganizationId)) throw new SelfDealingError();
    // Neither a frozen requester (its credit code disputed) nor a frozen provider starts a deal.
    await this.directory.assertNotFrozen(requesterOrganizationId, view.ownerOrganizationId);
    return {
      requesterOrganizationId,
      listing: {
        id: view.id,
        kind: view.kind,
        title: view.title,
        ownerOrganizationId: view.ownerOrganizationId,
        priceFen: view.priceFen,
        priceUnit: view.priceUnit,
        details: view.details as unknown as Record<string, unknown>,
      },
    };
  }

  private requesterOrganization(actor: Actor, organizationId: string | undefined): string {
    const owned = enterpriseIds(actor);
    const id = organizationId ?? (owned.length === 1 ? owned[0] : undefined);
    if (!id || !isMemberOf(actor, id) || !owned.includes(id)) {
      throw new DealForbiddenError(
        'ENTERPRISE_MEMBER_REQUIRED',
        owned.length > 1
          ? 'Say which of your enterprises asks (organizationId)'
          : 'Only members of an enterprise open deals',
      );
    }
    return id;
  }
}
