import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import { toSearchDocument } from './domain/search-document.mapping';
import { type SearchDocument } from './domain/search-document';
import { toSupplierDocument } from './domain/supplier-document';
import { SearchEngines } from './search-engines';

/** An engine's supplier directory against the enterprises that should be in it. */
export interface SupplierDrift {
  engine: string;
  listed: number;
  indexed: number;
  missing: string[];
  orphaned: string[];
}

/**
 * Keeps the supplier directory's documents (one per verified enterprise) in step with
 * the enterprises' profiles and published listings, on every engine. Reads the current
 * state, so replays and duplicates are harmless; an enterprise no longer verified, or
 * frozen, leaves the directory.
 */
@Injectable()
export class SupplierIndexer {
  constructor(
    private readonly listings: ListingsForIndexUseCase,
    private readonly directory: OrganizationDirectory,
    private readonly engines: SearchEngines,
  ) {}

  async sync(organizationIds: readonly string[]): Promise<{ indexed: number; removed: number }> {
    const ids = [...new Set(organizationIds)];
    if (ids.length === 0) return { indexed: 0, removed: 0 };
    const profiles = await this.directory.supplierProfiles(ids);
    const listings = await this.listings.load(await this.listings.publishedIdsOfOwners([...profiles.keys()]));
    const byOwner = new Map<string, SearchDocument[]>();
    for (const listing of listings) {
      const owner = profiles.get(listing.ownerOrganizationId);
      if (listing.status !== 'published' || !owner) continue;
      const document = toSearchDocument(listing, {
        id: owner.id,
        name: owner.name,
        verified: true,
        parkIds: owner.parkIds,
      });
      byOwner.set(owner.id, [...(byOwner.get(owner.id) ?? []), document]);
    }
    const documents = [...profiles.values()].map((p) => toSupplierDocument(p, byOwner.get(p.id) ?? []));
    const removed = ids.filter((id) => !profiles.has(id));
    for (const engine of this.engines.writers()) {
      await engine.upsertSuppliers(documents);
      await engine.removeSuppliers(removed);
    }
    return { indexed: documents.length, removed: removed.length };
  }

  /**
   * Per engine, how its directory differs from the enterprises that should be listed
   * (verified, not frozen): those it lacks and those it keeps that are no longer listed.
   */
  async drift(): Promise<SupplierDrift[]> {
    const listed = new Set(await this.directory.listedSupplierIds());
    const drift: SupplierDrift[] = [];
    for (const engine of this.engines.writers()) {
      const indexed = await engine.indexedSupplierIds();
      drift.push({
        engine: engine.name,
        listed: listed.size,
        indexed: indexed.size,
        missing: [...listed].filter((id) => !indexed.has(id)),
        orphaned: [...indexed].filter((id) => !listed.has(id)),
      });
    }
    return drift;
  }

  /** Rebuilds the directory from every verified enterprise, in batches; drops what is no longer listed. */
  async reindexAll(onProgress?: (done: number, total: number) => void, batchSize = 500): Promise<number> {
    const ids = await this.directory.listedSupplierIds();
    for (let i = 0; i < ids.length; i += batchSize) {
      await this.sync(ids.slice(i, i + batchSize));
      onProgress?.(Math.min(i + batchSize, ids.length), ids.length);
    }
    const listed = new Set(ids);
    for (const engine of this.engines.writers()) {
      const stale = [...(await engine.indexedSupplierIds())].filter((id) => !listed.has(id));
      for (let i = 0; i < stale.length; i += batchSize) await this.sync(stale.slice(i, i + batchSize));
    }
    return ids.length;
  }
}
