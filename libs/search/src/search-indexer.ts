import { Injectable, Logger } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import { type ProviderFacts, toSearchDocument } from './domain/search-document.mapping';
import { SearchEngines } from './search-engines';
import { SupplierIndexer } from './supplier-indexer';

/**
 * Brings the engines in line with the listings: published listings are (re)indexed,
 * anything else leaves the index. Reads the current state, so replays and duplicates
 * are harmless.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly listings: ListingsForIndexUseCase,
    private readonly directory: OrganizationDirectory,
    private readonly engines: SearchEngines,
    private readonly suppliers: SupplierIndexer,
  ) {}

  /** The listings, then the supplier directory's documents of their owners (what they can do changed). */
  async sync(ids: readonly string[]): Promise<{ indexed: number; removed: number }> {
    const { indexed, removed, owners } = await this.index(ids);
    await this.suppliers.sync(owners);
    return { indexed, removed };
  }

  private async index(ids: readonly string[]): Promise<{ indexed: number; removed: number; owners: string[] }> {
    const unique = [...new Set(ids)];
    const listings = await this.listings.load(unique);
    const published = listings.filter((l) => l.status === 'published');
    const providers = new Map<string, ProviderFacts>();
    for (const ownerId of new Set(published.map((l) => l.ownerOrganizationId))) {
      const facts = await this.directory.facts(ownerId);
      // A frozen provider (its credit code disputed or revoked) is not found in search.
      if (facts && !facts.frozen) {
        providers.set(ownerId, {
          id: facts.id,
          name: facts.name,
          verified: facts.verificationState === 'verified',
          parkIds: facts.parkIds,
        });
      }
    }
    const documents = published
      .filter((l) => providers.has(l.ownerOrganizationId))
      .map((l) => toSearchDocument(l, providers.get(l.ownerOrganizationId)!));
    const keep = new Set(documents.map((d) => d.id));
    const removed = unique.filter((id) => !keep.has(id));
    for (const engine of this.engines.writers()) {
      await engine.upsert(documents);
      await engine.remove(removed);
    }
    const owners = [...new Set(listings.map((l) => l.ownerOrganizationId))];
    return { indexed: documents.length, removed: removed.length, owners };
  }

  /**
   * Reindexes a provider's listings after facts about it changed (its parks, a freeze),
   * and its supplier document (also when it has no listing).
   */
  async syncProvider(organizationId: string): Promise<{ indexed: number; removed: number }> {
    const { indexed, removed } = await this.index(await this.listings.publishedIdsOf(organizationId));
    await this.suppliers.sync([organizationId]);
    return { indexed, removed };
  }

  /** Rebuilds the index from every published listing, in batches. */
  async reindexAll(onProgress?: (done: number, total: number) => void, batchSize = 500): Promise<number> {
    const ids = await this.listings.publishedIds();
    const indexed = new Set(ids);
    for (let i = 0; i < ids.length; i += batchSize) {
      await this.index(ids.slice(i, i + batchSize));
      onProgress?.(Math.min(i + batchSize, ids.length), ids.length);
    }
    // What the index holds beyond that snapshot is synced by its current state: gone if
    // no longer published, kept if it was approved while the rebuild ran.
    for (const engine of this.engines.writers()) {
      const stale = [...(await engine.indexedVersions()).keys()].filter((id) => !indexed.has(id));
      if (stale.length) {
        const { removed } = await this.index(stale);
        this.logger.log(
          `Checked ${stale.length} documents ${engine.name} held beyond the snapshot: ${removed} removed`,
        );
      }
    }
    await this.refreshGlossaryConcepts();
    // Then the supplier directory, from every verified enterprise.
    await this.suppliers.reindexAll();
    return ids.length;
  }

  /**
   * Gives the PostgreSQL index the glossary's concept terms when it was built with another
   * glossary (or none): until then its searches expand glossary concepts word by word.
   */
  async refreshGlossaryConcepts(): Promise<void> {
    const started = Date.now();
    if (await this.engines.postgres.refreshGlossaryConcepts())
      this.logger.log(`Glossary concepts indexed in PostgreSQL in ${Date.now() - started} ms`);
  }
}
