import { type EnqueuedTaskPromise, type Index, Meilisearch, type Task } from 'meilisearch';
import { extractPlace } from '../../domain/regions';
import type { SearchDocument } from '../../domain/search-document';
import type { SearchEngine, SearchQuery, SearchResult } from '../../domain/search-query';
import { type MeiliDocument, meiliDocument } from './meili-document';
import { type MeiliHit, type MeiliSearchParams, meiliSearchParams, meiliSearchResult } from './meili-search';
import { Segmenter } from '../../text/segmenter';
import { meiliSettings } from './meili-settings';
import {
  type MeiliSupplierDocument,
  meiliSupplierDocument,
  meiliSupplierSearchParams,
  meiliSupplierSettings,
  supplierDocumentFrom,
} from './meili-suppliers';
import type { SupplierDocument, SupplierSearchQuery, SupplierSearchResult } from '../../domain/supplier-document';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  indexName: string;
  /** The supplier directory's index; by default the listings' name with `-suppliers` for `-listings`. */
  suppliersIndexName?: string;
  /** How long to wait for one indexing or settings task; settings on a large index take a while. */
  taskTimeoutMs?: number;
  /** Where a query's words begin and end, for finding a county named in it (see `extractPlace`). */
  wordEdges?: (text: string) => ReadonlySet<number>;
}

const VERSIONS_PAGE_SIZE = 1000;
const SUGGEST_MAX = 20;

/** The search engine on Meilisearch, through its official client. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;
  private readonly suppliers: Index<MeiliSupplierDocument>;
  private readonly suppliersIndexName: string;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 60_000, interval: 50 },
    });
    this.index = this.client.index<MeiliDocument>(options.indexName);
    this.suppliersIndexName = options.suppliersIndexName ?? `${options.indexName.replace(/-listings$/, '')}-suppliers`;
    this.suppliers = this.client.index<MeiliSupplierDocument>(this.suppliersIndexName);
  }

  /** Creates the index if it is missing and applies the settings; safe to run at every start. */
  async ensureIndex(): Promise<void> {
    for (const name of [this.options.indexName, this.suppliersIndexName]) {
      const created = await this.client.createIndex(name, { primaryKey: 'id' }).waitTask();
      // Another instance starting at the same time, or an earlier start, made it: fine.
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') failed(created);
    }
    await this.completed(this.index.updateSettings(meiliSettings()));
    await this.completed(this.suppliers.updateSettings(meiliSupplierSettings()));
  }

  async upsertSuppliers(documents: SupplierDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.completed(this.suppliers.addDocuments(documents.map(meiliSupplierDocument), { primaryKey: 'id' }));
  }

  async removeSuppliers(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.completed(this.suppliers.deleteDocuments(ids));
  }

  async indexedSupplierIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let offset = 0; ; offset += VERSIONS_PAGE_SIZE) {
      const page = await this.suppliers.getDocuments<Pick<MeiliSupplierDocument, 'id'>>({
        fields: ['id'],
        offset,
        limit: VERSIONS_PAGE_SIZE,
      });
      for (const { id } of page.results) ids.add(id);
      if (page.results.length < VERSIONS_PAGE_SIZE || offset + VERSIONS_PAGE_SIZE >= page.total) return ids;
    }
  }

  /** Enterprises by what they can do; a place named in the query narrows it, as for listings. */
  async searchSuppliers(query: SupplierSearchQuery): Promise<SupplierSearchResult> {
    let narrowed = query;
    if (query.filters.region === undefined) {
      const text = Segmenter.normalize(query.q);
      const found = extractPlace(text, this.options.wordEdges?.(text));
      if (found?.rest.trim()) {
        narrowed = { ...query, q: found.rest, filters: { ...query.filters, region: found.place.prefix } };
      }
    }
    const response = await this.suppliers.search<MeiliSupplierDocument, MeiliSearchParams>(
      narrowed.q,
      meiliSupplierSearchParams(narrowed),
    );
    return {
      hits: response.hits.map((hit) => ({
        id: hit.id,
        score: hit._rankingScore ?? 0,
        document: supplierDocumentFrom(hit as unknown as Record<string, unknown>),
      })),
      total: response.totalHits ?? response.hits.length,
      engine: 'meilisearch',
    };
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.completed(this.index.addDocuments(documents.map(meiliDocument), { primaryKey: 'id' }));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.completed(this.index.deleteDocuments(ids));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const narrowed = this.narrowedToPlace(query);
    const response = await this.index.search<MeiliHit, MeiliSearchParams>(narrowed.q, meiliSearchParams(narrowed));
    return meiliSearchResult(response, narrowed);
  }

  /**
   * A place named in the query narrows it to the place's region, as on PostgreSQL (the
   * query analyzer there): `瑞安 注塑` searches 注塑 in 330381. Only when other words remain
   * and no region was chosen.
   */
  private narrowedToPlace(query: SearchQuery): SearchQuery {
    if (query.filters.region !== undefined) return query;
    const text = Segmenter.normalize(query.q);
    const found = extractPlace(text, this.options.wordEdges?.(text));
    if (!found?.rest.trim()) return query;
    return { ...query, q: found.rest, filters: { ...query.filters, region: found.place.prefix } };
  }

  /** Distinct titles of public listings with a word that begins with what the buyer has typed. */
  async suggest(prefix: string, limit: number): Promise<string[]> {
    const q = prefix.trim();
    const wanted = Math.min(Math.max(Math.floor(limit), 0), SUGGEST_MAX);
    if (!q || wanted === 0) return [];
    // Several listings share a title: ask for more and keep the first of each.
    const response = await this.index.search<Pick<MeiliDocument, 'title'>>(q, {
      attributesToSearchOn: ['title', 'titleEn'],
      attributesToRetrieve: ['title'],
      filter: 'visibility = "public"',
      limit: wanted * 3,
    });
    return [...new Set(response.hits.map((hit) => hit.title))].slice(0, wanted);
  }

  async indexedVersions(): Promise<Map<string, string>> {
    const versions = new Map<string, string>();
    for (let offset = 0; ; offset += VERSIONS_PAGE_SIZE) {
      const page = await this.index.getDocuments<Pick<MeiliDocument, 'id' | 'updatedAt'>>({
        fields: ['id', 'updatedAt'],
        offset,
        limit: VERSIONS_PAGE_SIZE,
      });
      for (const { id, updatedAt } of page.results) versions.set(id, updatedAt);
      if (page.results.length < VERSIONS_PAGE_SIZE || offset + VERSIONS_PAGE_SIZE >= page.total) return versions;
    }
  }

  /** The server answers and the index exists. */
  async ping(): Promise<void> {
    await this.client.health();
    await this.index.getRawInfo();
  }

  private async completed(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask();
    if (task.status !== 'succeeded') failed(task);
    return task;
  }
}

function failed(task: Task): never {
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
  throw new Error(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'no index'}) ${reason}`);
}
