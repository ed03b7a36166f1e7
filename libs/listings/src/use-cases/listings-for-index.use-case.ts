import { Injectable } from '@nestjs/common';
import { type Db, UnitOfWork } from '@rongtong/platform';
import { ListingRepository } from '../persistence/listing.repository';
import { listingView } from './listing-view';

export type IndexableListing = ReturnType<typeof listingView>;

/**
 * For the search indexer: the current state of the given listings (any status: the
 * indexer removes what is no longer published), and every published id for rebuilds.
 */
@Injectable()
export class ListingsForIndexUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
  ) {}

  async load(ids: readonly string[]): Promise<IndexableListing[]> {
    const records = await this.listings.findMany(this.uow.db, ids);
    return records.map((record) => listingView(record, { privileged: false }));
  }

  /**
   * For writers of facts about listings (matches): which of these are published, held so
   * in `tx` until it ends. A listing unpublished meanwhile is not written about, and one
   * unpublished after waits, so its `listing.unpublished` follows what was written.
   */
  holdPublished(tx: Db, ids: readonly string[]): Promise<Set<string>> {
    return this.listings.holdPublished(tx, ids);
  }

  publishedIds(): Promise<string[]> {
    return this.listings.publishedIds(this.uow.db);
  }

  /** The published listings of several owners, for the supplier directory's documents. */
  publishedIdsOfOwners(ownerOrganizationIds: readonly string[]): Promise<string[]> {
    return this.listings.publishedIdsOfOwners(this.uow.db, ownerOrganizationIds);
  }

  /** One owner's published listings, to reindex when facts about the owner change. */
  async publishedIdsOf(ownerOrganizationId: string): Promise<string[]> {
    return (await this.listings.ownedBy(this.uow.db, ownerOrganizationId))
      .filter((l) => l.status === 'published')
      .map((l) => l.id);
  }
}
