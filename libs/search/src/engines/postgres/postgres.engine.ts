import { findCategory, LISTING_KINDS } from '@rongtong/listings';
import type { DataSource } from 'typeorm';
import { highlight } from '../../domain/highlight';
import type { SearchDocument } from '../../domain/search-document';
import type { SearchEngine, SearchQuery, SearchResult } from '../../domain/search-query';
import { type AnalyzedQuery, analyzeQuery, latinWords } from '../../text/query-analyzer';
import { isCjk, type Segmenter } from '../../text/segmenter';

/** tsvector weights for D, C, B, A: provider and place < description < tags and category < title. */
const WEIGHTS = '{0.1, 0.3, 0.6, 1.0}';

/** Most candidates ranked per query, whatever matches: keeps the cost bounded as matches grow. */
export const CANDIDATE_CAP = 1_000;
const KNOWN_WORD_TTL_MS = 10 * 60_000;

/** An analysed query with each concept compiled to tsquery text. */
interface CompiledQuery extends AnalyzedQuery {
  tsqueries: string[];
}

interface PageRow {
  id: string;
  document: SearchDocument;
  score: number;
  distance: number | null;
  /** How many candidates the page was ranked from (at most CANDIDATE_CAP). */
  candidates: string;
}

function categoryName(slug: string): string | undefined {
  for (const kind of LISTING_KINDS) {
    const found = findCategory(kind, slug);
    if (found) return found.name;
  }
  return undefined;
}

class Sql {
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/**
 * The embedded engine: PostgreSQL full text search over application-segmented text.
 * Chinese tokens go into a `simple` tsvector, Latin words into an `english` one (stemmed),
 * weighted by field; misspelt Latin query words are corrected against a term dictionary
 * with pg_trgm; synonyms expand query concepts; ranking covers the most concepts first.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  /** Words found in the term dictionary, until when: they need no spelling correction. */
  private readonly knownWords = new Map<string, number>();
  /** Concepts already compiled to tsquery text (the same alternatives always compile alike). */
  private readonly compiled = new Map<string, string[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly segmenter: Segmenter,
  ) {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = documents.map((doc) => this.row(doc));
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO search_documents (id, kind, document, tsv, category_slug, region_code, park_ids, visibility, price_fen,
                                       certifications, service_modes, patent_type, transaction_types, open_licence,
                                       latitude, longitude, published_at, source_updated_at)
         SELECT r.id, r.kind, r.document,
                setweight(to_tsvector('simple', r.a_cjk), 'A') || setweight(to_tsvector('english', r.a_latin), 'A') ||
                setweight(to_tsvector('simple', r.b_cjk), 'B') || setweight(to_tsvector('english', r.b_latin), 'B') ||
                setweight(to_tsvector('simple', r.c_cjk), 'C') || setweight(to_tsvector('english', r.c_latin), 'C') ||
                setweight(to_tsvector('simple', r.d_cjk), 'D') || setweight(to_tsvector('english', r.d_latin), 'D'),
                r.category_slug, r.region_code, r.park_ids, r.visibility, r.price_fen, r.certifications, r.service_modes,
                r.patent_type, r.transaction_types, r.open_licence, r.latitude, r.longitude, r.published_at, r.source_updated_at
           FROM jsonb_to_recordset($1::jsonb) AS r(
                  id uuid, kind text, document jsonb, a_cjk text, a_latin text, b_cjk text, b_latin text, c_cjk text,
                  c_latin text, d_cjk text, d_latin text, category_slug text, region_code text, park_ids uuid[],
                  visibility text, price_fen bigint, certifications text[], service_modes text[], patent_type text,
                  transaction_types text[], open_licence boolean, latitude float8, longitude float8,
                  published_at timestamptz, source_updated_at text)
         ON CONFLICT (id) DO UPDATE SET
           kind = EXCLUDED.kind, document = EXCLUDED.document, tsv = EXCLUDED.tsv, category_slug = EXCLUDED.category_slug,
           region_code = EXCLUDED.region_code, park_ids = EXCLUDED.park_ids, visibility = EXCLUDED.visibility,
           price_fen = EXCLUDED.price_fen, certifications = EXCLUDED.certifications, service_modes = EXCLUDED.service_modes,
           patent_type = EXCLUDED.patent_type, transaction_types = EXCLUDED.transaction_types,
           open_licence = EXCLUDED.open_licence, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
           published_at = EXCLUDED.published_at, source_updated_at = EXCLUDED.source_updated_at, indexed_at = now()
         -- An older state of a listing never overwrites a newer one (concurrent indexers).
         WHERE search_documents.source_updated_at <= EXCLUDED.source_updated_at`,
        [JSON.stringify(rows)],
      );
      // The term dictionary: Latin words for spelling correction, all words for suggestions.
      // Only public listings feed it: suggestions are public, park-only text is not.
      const terms = [...new Set(rows.filter((r) => r.visibility === 'public').flatMap((r) => r.terms))];
      await tx.query(
        `INSERT INTO search_terms (term, documents) SELECT t, 1 FROM unnest($1::text[]) AS t
         ON CONFLICT (term) DO UPDATE SET documents = search_terms.documents + 1`,
        [terms],
      );
    });
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`DELETE FROM search_documents WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1 FROM search_documents LIMIT 1');
  }

  async indexedVersions(): Promise<Map<string, string>> {
    const rows: Array<{ id: string; updatedAt: string }> = await this.dataSource.query(
      `SELECT id, source_updated_at AS "updatedAt" FROM search_documents`,
    );
    return new Map(rows.map((r) => [r.id, r.updatedAt]));
  }

  async suggest(prefix: string, limit: number): Promise<string[]> {
    const normalized = prefix.normalize('NFKC').trim().toLowerCase();
    if (!normalized) return [];
    const rows: Array<{ term: string }> = await this.dataSource.query(
      `SELECT term FROM search_terms WHERE term LIKE $1 || '%' AND length(term) > 1 ORDER BY documents DESC, term LIMIT $2`,
      [normalized.replace(/[\\%_]/g, (c) => `\\${c}`), limit],
    );
    return rows.map((r) => r.term);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const analyzed = await this.analyze(query);
    // Totals and facets describe everything that matches any concept; they run alongside.
    const summary = this.facets(query, analyzed);
    let page: PageRow[] | undefined;
    if (analyzed.tsqueries.length > 1 && query.sort === 'relevance') {
      // Listings with every concept outrank any with fewer, so when they fill the page
      // they are the page: a narrower, cheaper candidate set with the same answer.
      const all = await this.page(query, analyzed, 'all');
      if (all.length > 0 && Number(all[0].candidates) >= query.page * query.limit) page = all;
    }
    page ??= await this.page(query, analyzed, 'any');
    const terms = analyzed.highlightTerms;
    return {
      hits: page.map((row) => ({
        id: row.id,
        score: Number(row.score),
        highlights: {
          title: highlight(row.document.title, terms),
          description: highlight(row.document.description, terms, 160),
        },
        document: row.document,
        ...(row.distance === null ? {} : { distanceKm: Math.round(Number(row.distance) * 10) / 10 }),
      })),
      ...(await summary),
      page: query.page,
      limit: query.limit,
      engine: 'postgres',
    };
  }

  /**
   * One page of results. With words to match, candidates are capped (CANDIDATE_CAP)
   * before scoring, taken as the GIN bitmap scan finds them (no sort), so the cost stays
   * bounded however many listings match; scoring covers the most concepts first, then
   * field weights. Without words, the filters select and the sort orders them all.
   */
  private async page(query: SearchQuery, analyzed: CompiledQuery, mode: 'any' | 'all'): Promise<PageRow[]> {
    const sql = new Sql();
    const { conditions } = this.match(sql, query, analyzed, mode);
    const concepts = analyzed.tsqueries.map((text) => `${sql.param(text)}::tsquery`);
    const score = concepts.length
      ? concepts
          .map((c) => `(CASE WHEN d.tsv @@ (${c}) THEN 1 + ts_rank('${WEIGHTS}', d.tsv, (${c}), 0) ELSE 0 END)`)
          .join(' + ')
      : '0';
    const distance = query.near ? this.distance(sql, query.near) : 'NULL::float8';
    const order = {
      relevance: 'score DESC, d.published_at DESC, d.id',
      price_asc: 'd.price_fen ASC NULLS LAST, score DESC, d.id',
      price_desc: 'd.price_fen DESC NULLS LAST, score DESC, d.id',
      newest: 'd.published_at DESC, d.id',
      distance: 'distance ASC NULLS LAST, score DESC, d.id',
    }[query.sort];
    const limit = sql.param(query.limit);
    const offset = sql.param((query.page - 1) * query.limit);
    return this.dataSource.query(
      concepts.length
        ? `WITH matched AS (
             SELECT d.id, d.tsv, d.price_fen, d.published_at, d.latitude, d.longitude
               FROM search_documents d WHERE ${conditions} LIMIT ${CANDIDATE_CAP}
           ), scored AS (
             SELECT d.id, d.price_fen, d.published_at, ${score} AS score, ${distance} AS distance,
                    count(*) OVER () AS candidates
               FROM matched d
           ), page AS (
             SELECT * FROM scored d ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
           )
           -- Only the page's rows fetch their (large) documents.
           SELECT p.id, s.document, p.score, p.distance, p.candidates
             FROM page p JOIN search_documents s ON s.id = p.id
            ORDER BY ${order.replace(/d\./g, 'p.')}`
        : `SELECT d.id, d.document, 0 AS score, ${distance} AS distance, 0 AS candidates
             FROM search_documents d WHERE ${conditions}
            ORDER BY ${order.replace('score DESC, ', '')} LIMIT ${limit} OFFSET ${offset}`,
      sql.params,
    );
  }

  /** The WHERE clause (text match and filters) and each concept's tsquery, with their parameters in `sql`. */
  private match(
    sql: Sql,
    query: SearchQuery,
    analyzed: CompiledQuery,
    mode: 'any' | 'all' = 'any',
  ): { conditions: string } {
    const where = this.filters(sql, query, analyzed);
    if (analyzed.tsqueries.length) {
      const combined = analyzed.tsqueries.map((t) => `(${t})`).join(mode === 'any' ? ' | ' : ' & ');
      where.unshift(`d.tsv @@ ${sql.param(combined)}::tsquery`);
    }
    if (query.near?.radiusKm !== undefined) {
      where.push(`d.latitude IS NOT NULL AND ${this.distance(sql, query.near)} <= ${sql.param(query.near.radiusKm)}`);
    }
    return { conditions: where.join(' AND ') };
  }

  /**
   * Each concept as tsquery text, built by PostgreSQL itself in one round trip (Latin
   * words stemmed as the index stems them), so the search queries carry plain constants
   * and plan quickly.
   */
  private async compile(analyzed: AnalyzedQuery): Promise<string[]> {
    if (analyzed.concepts.length === 0) return [];
    // Compiling is deterministic: popular queries skip the round trip.
    const key = JSON.stringify(analyzed.concepts.map((c) => c.alternatives));
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const sql = new Sql();
    const concepts = analyzed.concepts.map((concept) =>
      concept.alternatives
        .map((alt) => {
          const parts: string[] = [];
          if (alt.cjk.length) parts.push(`plainto_tsquery('simple', ${sql.param(alt.cjk.join(' '))})`);
          if (alt.latin.length) parts.push(`plainto_tsquery('english', ${sql.param(alt.latin.join(' '))})`);
          return parts.length > 1 ? `(${parts.join(' && ')})` : parts[0];
        })
        .join(' || '),
    );
    const [{ texts }]: [{ texts: string[] }] = await this.dataSource.query(
      `SELECT ARRAY[${concepts.map((c) => `(${c})::text`).join(', ')}]::text[] AS texts`,
      sql.params,
    );
    // A concept of stop words only compiles to nothing: it neither matches nor scores.
    const tsqueries = texts.filter((t) => t.trim() !== '');
    if (this.compiled.size > 10_000) this.compiled.clear();
    this.compiled.set(key, tsqueries);
    return tsqueries;
  }

  private distance(sql: Sql, near: { lat: number; lng: number }): string {
    const lat = sql.param(near.lat);
    const lng = sql.param(near.lng);
    return `(2 * 6371 * asin(sqrt(power(sin(radians(d.latitude - ${lat}) / 2), 2) +
             cos(radians(${lat})) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - ${lng}) / 2), 2))))`;
  }

  /** Facet counts and the total, over the matching candidates (at most CANDIDATE_CAP). */
  private async facets(query: SearchQuery, analyzed: CompiledQuery): Promise<Pick<SearchResult, 'facets' | 'total'>> {
    const sql = new Sql();
    const { conditions } = this.match(sql, query, analyzed);
    const rows: Array<{ facet: string; value: string; count: number }> = await this.dataSource.query(
      `WITH m AS (SELECT d.kind, d.region_code, d.certifications, d.category_slug AS category
                    FROM search_documents d WHERE ${conditions} LIMIT ${CANDIDATE_CAP})
       SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM m
       UNION ALL SELECT 'kind', kind, count(*)::int FROM m GROUP BY kind
       UNION ALL SELECT 'category', category, count(*)::int FROM m GROUP BY category
       UNION ALL SELECT 'region', region_code, count(*)::int FROM m GROUP BY region_code
       UNION ALL SELECT 'certifications', c, count(*)::int FROM m, unnest(certifications) AS c GROUP BY c`,
      sql.params,
    );
    const facets: SearchResult['facets'] = { kind: {}, category: {}, region: {}, certifications: {} };
    let total = 0;
    for (const row of rows) {
      if (row.facet === 'total') {
        total = row.count;
        continue;
      }
      // Category counts are keyed by name, as documents show it; the store keeps slugs.
      const value = row.facet === 'category' ? (categoryName(row.value) ?? row.value) : row.value;
      facets[row.facet as keyof SearchResult['facets']][value] = row.count;
    }
    return { facets, total };
  }

  private async analyze(query: SearchQuery): Promise<CompiledQuery> {
    const now = Date.now();
    // Words known to the dictionary need no correction; only they are remembered, since
    // an unknown word may be indexed any moment (a new listing's model number).
    const unknown = [...new Set(latinWords(query.q).filter((w) => w.length >= 4))].filter(
      (w) => (this.knownWords.get(w) ?? 0) < now,
    );
    const corrections = new Map<string, string>();
    if (unknown.length) {
      const rows: Array<{ word: string; known: boolean; term: string | null }> = await this.dataSource.query(
        `SELECT w AS word, EXISTS (SELECT 1 FROM search_terms k WHERE k.term = w) AS known,
                (SELECT t.term FROM search_terms t WHERE t.term % w
                  ORDER BY similarity(t.term, w) DESC, t.documents DESC LIMIT 1) AS term
           FROM unnest($1::text[]) AS w`,
        [unknown],
      );
      if (this.knownWords.size > 50_000) this.knownWords.clear();
      for (const row of rows) {
        if (row.known) this.knownWords.set(row.word, now + KNOWN_WORD_TTL_MS);
        else if (row.term) corrections.set(row.word, row.term);
      }
    }
    const analyzed = analyzeQuery(this.segmenter, query.q, corrections, {
      detectPlace: query.filters.region === undefined,
    });
    return { ...analyzed, tsqueries: await this.compile(analyzed) };
  }

  private filters(sql: Sql, query: SearchQuery, analyzed: AnalyzedQuery): string[] {
    const f = query.filters;
    const where: string[] = [];
    if (f.kind) where.push(`d.kind = ${sql.param(f.kind)}`);
    if (f.category) where.push(`d.category_slug = ${sql.param(f.category)}`);
    const region = f.region ?? analyzed.place?.prefix;
    if (region) where.push(`d.region_code LIKE ${sql.param(`${region}%`)}`);
    if (f.park) where.push(`${sql.param(f.park)}::uuid = ANY(d.park_ids)`);
    if (f.priceMin !== undefined) where.push(`d.price_fen >= ${sql.param(f.priceMin)}`);
    if (f.priceMax !== undefined) where.push(`d.price_fen <= ${sql.param(f.priceMax)}`);
    if (f.certifications?.length) where.push(`d.certifications @> ${sql.param(f.certifications)}::text[]`);
    if (f.serviceMode) where.push(`${sql.param(f.serviceMode)} = ANY(d.service_modes)`);
    if (f.patentType) where.push(`d.patent_type = ${sql.param(f.patentType)}`);
    if (f.licenceType) where.push(`${sql.param(f.licenceType)} = ANY(d.transaction_types)`);
    if (f.openLicence !== undefined) where.push(`d.open_licence = ${sql.param(f.openLicence)}`);
    if (f.ids) where.push(`d.id = ANY(${sql.param(f.ids)}::uuid[])`);
    where.push(`(d.visibility = 'public' OR d.park_ids && ${sql.param(query.viewerParkIds)}::uuid[])`);
    return where;
  }

  private row(doc: SearchDocument) {
    const split = (texts: Array<string | null | undefined>) => {
      const tokens = this.segmenter.index(texts.filter(Boolean).join(' \n '));
      return { cjk: tokens.cjk.join(' '), latin: tokens.latin.join(' '), all: [...tokens.cjk, ...tokens.latin] };
    };
    const a = split([doc.title, doc.titleEn]);
    const b = split([...doc.tags, doc.category, doc.categoryEn, ...doc.certifications]);
    const c = split([doc.description, doc.descriptionEn, ...doc.detailsText]);
    const d = split([doc.provider.name, ...doc.regionNames]);
    const terms = [...a.all, ...b.all, ...c.all].filter((t) =>
      isCjk(t) ? t.length > 1 : t.length > 2 && /^[a-z]/.test(t),
    );
    return {
      id: doc.id,
      kind: doc.kind,
      document: doc,
      a_cjk: a.cjk,
      a_latin: a.latin,
      b_cjk: b.cjk,
      b_latin: b.latin,
      c_cjk: c.cjk,
      c_latin: c.latin,
      d_cjk: d.cjk,
      d_latin: d.latin,
      category_slug: doc.categorySlug,
      region_code: doc.regionCode,
      park_ids: doc.parkIds,
      visibility: doc.visibility,
      price_fen: doc.priceFen,
      certifications: doc.certifications,
      service_modes: doc.serviceModes,
      patent_type: doc.patentType,
      transaction_types: doc.transactionTypes,
      open_licence: doc.openLicence,
      latitude: doc.geo?.lat ?? null,
      longitude: doc.geo?.lng ?? null,
      published_at: doc.publishedAt,
      source_updated_at: doc.updatedAt,
      terms,
    };
  }
}
