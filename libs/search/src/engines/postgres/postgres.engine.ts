import { createHash } from 'node:crypto';
import { findCategory, LISTING_KINDS } from '@rongtong/listings';
import type { DataSource } from 'typeorm';
import { highlight } from '../../domain/highlight';
import type { SearchDocument } from '../../domain/search-document';
import { GLOSSARY_ENTRY_IDS, SYNONYM_EXPANSIONS, VOCABULARY_WORDS } from '../../domain/synonyms';
import { relaxation, type SearchEngine, type SearchQuery, type SearchResult } from '../../domain/search-query';
import type {
  SupplierDocument,
  SupplierHitDocument,
  SupplierSearchQuery,
  SupplierSearchResult,
} from '../../domain/supplier-document';
import { type Alternative, alternative, type AnalyzedQuery, analyzeQuery, latinWords } from '../../text/query-analyzer';
import { isCjk, type Segmenter } from '../../text/segmenter';

/** tsvector weights for D, C, B, A: provider and place < description < tags and category < title. */
const WEIGHTS = '{0.1, 0.3, 0.6, 1.0}';

/**
 * Most candidates ranked (and counted for the total and facets) per query, whatever
 * matches, unless the page asked for reaches further: keeps the cost bounded as matches
 * grow. Candidates are taken newest first.
 */
export const CANDIDATE_CAP = 500;
const KNOWN_WORD_TTL_MS = 10 * 60_000;
/** How long a process trusts what it last read of `search_index_state`. */
const INDEX_STATE_TTL_MS = 30_000;

/**
 * The glossary's concepts as the index holds them: `lexemes[i]` (`g:<entry>`) is carried by
 * every row that matches `queries[i]`, the entry's expansion compiled as a search for it
 * would be (see `search_concepts` in the migrations). `fingerprint` names this glossary
 * as compiled; `search_index_state.glossary` holds the one every row was built with.
 */
interface GlossaryConcepts {
  lexemes: string[];
  queries: string[];
  byEntry: ReadonlyMap<string, string>;
  fingerprint: string;
}

/** An analysed query with each concept compiled to tsquery text. */
interface CompiledQuery extends AnalyzedQuery {
  tsqueries: string[];
  /** The words `tsqueries` stand for, one each (concepts of stop words only compile to nothing). */
  words: string[];
}

/** How many terms of the index a query that finds nothing is offered instead. */
const SUGGESTIONS = 5;

interface PageRow {
  id: string;
  document: SearchDocument;
  score: number;
  distance: number | null;
  /** Which of the query's concepts the hit has (with two or more). */
  has: boolean[] | null;
}

/**
 * Price-band keys covering every price in [min, max], as rows hold them (`p<size>:<band /
 * size>`, the band being the price's bit length, in aligned blocks of 1, 4 and 16 bands):
 * a GIN-indexable superset of the range. Undefined when it would not narrow.
 */
export function priceBands(min: number | undefined, max: number | undefined): string[] | undefined {
  if (max === undefined && (min === undefined || min < 1)) return undefined;
  const band = (price: number) => {
    let n = 0;
    while (n < 64 && 2 ** n <= price) n++;
    return n;
  };
  const keys: string[] = [];
  const last = max === undefined ? 64 : band(max);
  for (let n = min === undefined ? 0 : band(min); n <= last;) {
    const size = [16, 4, 1].find((s) => n % s === 0 && n + s - 1 <= last)!;
    keys.push(`p${size}:${n / size}`);
    n += size;
  }
  return keys;
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

/** SQL for the tsquery of a concept's alternatives: any of them, each with all its words. */
function alternativesSql(sql: Sql, alternatives: readonly Alternative[]): string {
  const each = alternatives.flatMap((alt) => {
    const parts: string[] = [];
    if (alt.cjk.length) parts.push(`plainto_tsquery('simple', ${sql.param(alt.cjk.join(' '))})`);
    if (alt.latin.length) parts.push(`plainto_tsquery('english', ${sql.param(alt.latin.join(' '))})`);
    return parts.length > 1 ? [`(${parts.join(' && ')})`] : parts;
  });
  return each.length ? each.join(' || ') : `''::tsquery`;
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
  private readonly compiled = new Map<string, { tsqueries: string[]; words: string[] }>();
  private glossary?: Promise<GlossaryConcepts>;
  /** Whether every row carries the glossary's concept terms, as last read, and until when. */
  private indexState?: { until: number; current: Promise<boolean> };

  constructor(
    private readonly dataSource: DataSource,
    private readonly segmenter: Segmenter,
  ) {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = documents.map((doc) => this.row(doc));
    const glossary = await this.glossaryConcepts();
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO search_documents (id, kind, document, tsv, category_slug, region_code, park_ids, visibility, price_fen,
                                       certifications, service_modes, patent_type, transaction_types, open_licence,
                                       latitude, longitude, published_at, source_updated_at)
         SELECT r.id, r.kind, r.document, v.tsv || search_concepts(v.tsv, $2::text[], $3::tsquery[]),
                r.category_slug, r.region_code, r.park_ids, r.visibility, r.price_fen, r.certifications, r.service_modes,
                r.patent_type, r.transaction_types, r.open_licence, r.latitude, r.longitude, r.published_at, r.source_updated_at
           FROM jsonb_to_recordset($1::jsonb) AS r(
                  id uuid, kind text, document jsonb, a_cjk text, a_latin text, b_cjk text, b_latin text, c_cjk text,
                  c_latin text, d_cjk text, d_latin text, category_slug text, region_code text, park_ids uuid[],
                  visibility text, price_fen bigint, certifications text[], service_modes text[], patent_type text,
                  transaction_types text[], open_licence boolean, latitude float8, longitude float8,
                  published_at timestamptz, source_updated_at text)
          CROSS JOIN LATERAL (SELECT
                setweight(to_tsvector('simple', r.a_cjk), 'A') || setweight(to_tsvector('english', r.a_latin), 'A') ||
                setweight(to_tsvector('simple', r.b_cjk), 'B') || setweight(to_tsvector('english', r.b_latin), 'B') ||
                setweight(to_tsvector('simple', r.c_cjk), 'C') || setweight(to_tsvector('english', r.c_latin), 'C') ||
                setweight(to_tsvector('simple', r.d_cjk), 'D') || setweight(to_tsvector('english', r.d_latin), 'D') AS tsv
          ) v
         ON CONFLICT (id) DO UPDATE SET
           kind = EXCLUDED.kind, document = EXCLUDED.document, tsv = EXCLUDED.tsv, category_slug = EXCLUDED.category_slug,
           region_code = EXCLUDED.region_code, park_ids = EXCLUDED.park_ids, visibility = EXCLUDED.visibility,
           price_fen = EXCLUDED.price_fen, certifications = EXCLUDED.certifications, service_modes = EXCLUDED.service_modes,
           patent_type = EXCLUDED.patent_type, transaction_types = EXCLUDED.transaction_types,
           open_licence = EXCLUDED.open_licence, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
           published_at = EXCLUDED.published_at, source_updated_at = EXCLUDED.source_updated_at, indexed_at = now()
         -- An older state of a listing never overwrites a newer one (concurrent indexers).
         WHERE search_documents.source_updated_at <= EXCLUDED.source_updated_at`,
        [JSON.stringify(rows), glossary.lexemes, glossary.queries],
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

  /**
   * One statement: the candidates (at most CANDIDATE_CAP, newest first) come from the
   * newest blocks of buckets, each block's matches found in the GIN index with the filters
   * (so a broad query stops early and a filtered one reads only rows that pass); they give
   * the total and the facets, and with words they are scored (most concepts first, then
   * field weights) for the page. Only the page's hits fetch their documents.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const analyzed = await this.analyze(query);
    const sql = new Sql();
    const { keys, conditions } = this.filters(sql, query, analyzed);
    // One condition per key: GIN then leapfrogs between them, where one condition with
    // them all would step through every row that holds any of them.
    const keyed = keys.map((key) => `d.filter_keys @> ARRAY[${sql.param(key)}::text]`);
    const where = conditions.join(' AND ');
    const concepts = analyzed.tsqueries.map((text) => `${sql.param(text)}::tsquery`);
    // Every concept a listing has counts 1, plus its rank by field weights. (With one
    // concept, every candidate has it.)
    const rank = (c: string) => `ts_rank('${WEIGHTS}', d.tsv, ${c}, 0)`;
    const score =
      concepts.length > 1
        ? concepts.map((c) => `(CASE WHEN d.tsv @@ ${c} THEN 1 + ${rank(c)} ELSE 0 END)`).join(' + ')
        : concepts.length
          ? `1 + ${rank(concepts[0])}`
          : '0::float8';
    const distance = query.near ? this.distance(sql, query.near) : 'NULL::float8';
    const order = {
      relevance: 'score DESC, d.published_at DESC, d.id',
      price_asc: 'd.price_fen ASC NULLS LAST, score DESC, d.id',
      price_desc: 'd.price_fen DESC NULLS LAST, score DESC, d.id',
      newest: 'd.published_at DESC, d.id',
      distance: 'distance ASC NULLS LAST, score DESC, d.id',
    }[query.sort];
    const combined = (operator: string) =>
      `d.tsv @@ ${sql.param(analyzed.tsqueries.map((t) => `(${t})`).join(operator))}::tsquery`;
    const hasAny = concepts.length ? combined(' | ') : 'true';
    const cap = Math.max(CANDIDATE_CAP, query.page * query.limit);
    /** The first `cap` rows that match, from the newest blocks of buckets. */
    const candidates = (match: string[], columns: string) =>
      `SELECT c.* FROM search_document_blocks() AS b(block) CROSS JOIN LATERAL (
         SELECT d.id, d.ctid AS row, d.price_fen, d.published_at, ${distance} AS distance, ${columns}
           FROM search_documents d
          WHERE ${['d.filter_keys @> ARRAY[b.block]', ...keyed, ...match, where].join(' AND ')}
          LIMIT ${cap}
       ) c LIMIT ${cap}`;
    const facetColumns = 'd.kind, d.category_slug, d.region_code, d.certifications';
    const limit = sql.param(query.limit);
    const offset = sql.param((query.page - 1) * query.limit);
    let ctes: string;
    let page: string;
    if (concepts.length === 0) {
      // Without words, the filters select and the sort orders every match; the candidates
      // give only the facets and the total.
      ctes = `matched AS MATERIALIZED (${candidates([], facetColumns)})`;
      page = `SELECT d.id, d.ctid AS row, 0::float8 AS score, ${distance} AS distance FROM search_documents d
               WHERE ${[...keyed, where].join(' AND ')}
               ORDER BY ${order.replace('score DESC, ', '')} LIMIT ${limit} OFFSET ${offset}`;
    } else if (concepts.length > 1 && query.sort === 'relevance') {
      // Listings with every concept outrank any with fewer, so when they fill the page
      // they are the page, ranked among themselves: first those among the candidates
      // (newest first, like them), else the first `cap` of their own when the
      // candidates were capped. Otherwise every candidate is ranked. Only the listings
      // ranked are scored, fetched again by their row address.
      const needed = sql.param(query.page * query.limit);
      const hasAll = combined(' & ');
      ctes = `matched AS MATERIALIZED (
                ${candidates([hasAny], `${facetColumns}, ${hasAll} AS has_all`)}
              ), complete AS MATERIALIZED (${candidates([hasAll], `${score} AS score`)}),
              choice AS MATERIALIZED (
                SELECT CASE WHEN count(*) FILTER (WHERE has_all) >= ${needed} THEN 'matched with all'
                            WHEN count(*) >= ${cap} AND (SELECT count(*) FROM complete) >= ${needed}
                            THEN 'complete' ELSE 'matched' END AS ranked
                  FROM matched
              ), ranked AS (
                SELECT d.id, d.ctid AS row, d.price_fen, d.published_at, ${distance} AS distance, ${score} AS score
                  FROM search_documents d
                 WHERE d.ctid = ANY(ARRAY(SELECT m.row FROM matched m
                                           WHERE m.has_all OR (SELECT ranked FROM choice) = 'matched'))
                   AND (SELECT ranked FROM choice) <> 'complete'
                UNION ALL
                SELECT d.id, d.row, d.price_fen, d.published_at, d.distance, d.score FROM complete d
                 WHERE (SELECT ranked FROM choice) = 'complete'
              )`;
      page = `SELECT d.id, d.row, d.score, d.distance FROM ranked d ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    } else {
      ctes = `matched AS MATERIALIZED (${candidates([hasAny], `${facetColumns}, ${score} AS score`)})`;
      page = `SELECT d.id, d.row, d.score, d.distance FROM matched d ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    }
    // Which concepts each hit has: with none having them all, the answer says what it dropped.
    const has = concepts.length > 1 ? `json_build_array(${concepts.map((c) => `s.tsv @@ ${c}`).join(', ')})` : 'NULL';
    const [row]: [{ hits: PageRow[] | null; facets: Array<[string, string, number]> | null; total: number }] =
      await this.dataSource.query(
        `WITH ${ctes}, page AS (SELECT p.*, row_number() OVER () AS ord FROM (${page}) p)
         SELECT (SELECT json_agg(json_build_object('id', p.id, 'document', s.document, 'score', p.score,
                                                   'distance', p.distance, 'has', ${has}) ORDER BY p.ord)
                   FROM page p JOIN search_documents s ON s.ctid = p.row) AS hits,
                (SELECT json_agg(json_build_array(f.facet, f.value, f.count)) FROM (
                   SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind'
                               WHEN GROUPING(category_slug) = 0 THEN 'category' ELSE 'region' END AS facet,
                          coalesce(kind, category_slug, region_code) AS value, count(*)::int AS count
                     FROM matched GROUP BY GROUPING SETS ((kind), (category_slug), (region_code))
                   UNION ALL
                   SELECT 'certifications', c, count(*)::int FROM matched, unnest(certifications) AS c GROUP BY c
                 ) f) AS facets,
                (SELECT count(*) FROM matched)::int AS total`,
        sql.params,
      );
    const facets: SearchResult['facets'] = { kind: {}, category: {}, region: {}, certifications: {} };
    for (const [facet, value, count] of row.facets ?? []) {
      // Category counts are keyed by name, as documents show it; the store keeps slugs.
      const key = facet === 'category' ? (categoryName(value) ?? value) : value;
      facets[facet as keyof SearchResult['facets']][key] = count;
    }
    const terms = analyzed.highlightTerms;
    const hits = row.hits ?? [];
    const relaxed =
      query.sort === 'relevance' && query.page === 1
        ? relaxation(
            analyzed.words,
            hits.map((h) => h.has ?? []),
          )
        : undefined;
    const suggestions = row.total === 0 && query.q.trim() ? await this.suggestInstead(analyzed) : undefined;
    return {
      hits: hits.map((hit) => ({
        id: hit.id,
        score: Number(hit.score),
        highlights: {
          title: highlight(hit.document.title, terms),
          description: highlight(hit.document.description, terms, 160),
        },
        document: hit.document,
        ...(hit.distance === null ? {} : { distanceKm: Math.round(Number(hit.distance) * 10) / 10 }),
      })),
      facets,
      total: row.total,
      page: query.page,
      limit: query.limit,
      engine: 'postgres',
      ...(relaxed ? { relaxed } : {}),
      ...(suggestions ? { suggestions } : {}),
    };
  }

  async upsertSuppliers(documents: SupplierDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = documents.map((doc) => this.supplierRow(doc));
    await this.dataSource.query(
      `INSERT INTO supplier_documents (id, document, tsv, region_code, park_ids, size_class, tier_rank, certifications,
                                       listing_count, source_updated_at)
       SELECT r.id, r.document - 'listingText' - 'listingDescriptions',
              setweight(to_tsvector('simple', r.a_cjk), 'A') || setweight(to_tsvector('english', r.a_latin), 'A') ||
              setweight(to_tsvector('simple', r.b_cjk), 'B') || setweight(to_tsvector('english', r.b_latin), 'B') ||
              setweight(to_tsvector('simple', r.c_cjk), 'C') || setweight(to_tsvector('english', r.c_latin), 'C') ||
              setweight(to_tsvector('simple', r.d_cjk), 'D') || setweight(to_tsvector('english', r.d_latin), 'D'),
              r.region_code, r.park_ids, r.size_class, r.tier_rank, r.certifications, r.listing_count, r.source_updated_at
         FROM jsonb_to_recordset($1::jsonb) AS r(
                id uuid, document jsonb, a_cjk text, a_latin text, b_cjk text, b_latin text, c_cjk text, c_latin text,
                d_cjk text, d_latin text, region_code text, park_ids uuid[], size_class text, tier_rank smallint,
                certifications text[], listing_count integer, source_updated_at text)
       ON CONFLICT (id) DO UPDATE SET
         document = EXCLUDED.document, tsv = EXCLUDED.tsv, region_code = EXCLUDED.region_code,
         park_ids = EXCLUDED.park_ids, size_class = EXCLUDED.size_class, tier_rank = EXCLUDED.tier_rank,
         certifications = EXCLUDED.certifications, listing_count = EXCLUDED.listing_count,
         source_updated_at = EXCLUDED.source_updated_at, indexed_at = now()`,
      [JSON.stringify(rows)],
    );
  }

  async removeSuppliers(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`DELETE FROM supplier_documents WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async indexedSupplierIds(): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM supplier_documents`);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Enterprises by what they can do: the query analysed as for listings (segmentation,
   * spelling, synonyms, a place named in it), matched against each enterprise's one
   * document; most concepts first, then field weights (capabilities > certifications,
   * industry and name > descriptions > places), then the higher 专精特新 tier, the more
   * listings. Every match is counted for the total.
   */
  async searchSuppliers(query: SupplierSearchQuery): Promise<SupplierSearchResult> {
    const f = query.filters;
    // The directory's documents carry no glossary concept terms: its concepts are expanded.
    const analyzed = await this.analyze({ q: query.q, filters: { region: f.region } }, false, false);
    const sql = new Sql();
    const where: string[] = [];
    const region = f.region ?? analyzed.place?.prefix;
    if (region) where.push(`s.region_code LIKE ${sql.param(`${region}%`)}`);
    if (f.park) where.push(`s.park_ids @> ARRAY[${sql.param(f.park)}::uuid]`);
    if (f.certifications?.length) where.push(`s.certifications @> ${sql.param(f.certifications)}::text[]`);
    if (f.sizeClass) where.push(`s.size_class = ${sql.param(f.sizeClass)}`);
    if (f.minTierRank) where.push(`s.tier_rank >= ${sql.param(f.minTierRank)}`);
    // Applied to what the other conditions found (hashed), not as a key lookup of each id,
    // which then evaluated the words on every one (a rating floor admits thousands).
    const only = f.ids ? `WHERE id = ANY(${sql.param(f.ids)}::uuid[])` : '';
    const concepts = analyzed.tsqueries.map((text) => `${sql.param(text)}::tsquery`);
    if (concepts.length) {
      where.push(`s.tsv @@ ${sql.param(analyzed.tsqueries.map((t) => `(${t})`).join(' | '))}::tsquery`);
    } else if (query.q.trim()) {
      // Words that compile to nothing (stop words only) find nothing, as in listing search.
      where.push('false');
    }
    // Each concept an enterprise has counts 1, plus its rank by field weights (what it does
    // > certifications, industry and name > descriptions > places), normalised by the
    // document's length (1 + log) so that volume of text alone does not outrank a
    // specialist. (Ranking by weight-restricted matches instead, cheaper, lost 0.05 nDCG@10
    // on the graded set: how often a capability is named matters.)
    const rank = (c: string) => `ts_rank('${WEIGHTS}', s.tsv, ${c}, 1)`;
    const score = concepts.length
      ? concepts.map((c) => `(CASE WHEN s.tsv @@ ${c} THEN 1 + ${rank(c)} ELSE 0 END)`).join(' + ')
      : '0::float8';
    const order = 'score DESC, tier_rank DESC, listing_count DESC, id';
    const statement = `WITH matched AS MATERIALIZED (
           SELECT s.id, s.tier_rank, s.listing_count, ${score} AS score FROM supplier_documents s
            WHERE ${where.length ? where.join(' AND ') : 'true'}
         ), kept AS MATERIALIZED (SELECT * FROM matched ${only}
         ), page AS (
           SELECT m.*, row_number() OVER (ORDER BY ${order}) AS ord FROM kept m
            ORDER BY ${order} LIMIT ${sql.param(query.limit)} OFFSET ${sql.param((query.page - 1) * query.limit)}
         )
         SELECT (SELECT json_agg(json_build_object('id', p.id, 'score', p.score, 'document', d.document) ORDER BY p.ord)
                   FROM page p JOIN supplier_documents d ON d.id = p.id) AS hits,
                (SELECT count(*) FROM kept)::int AS total`;
    type Row = { hits: Array<{ id: string; score: number; document: SupplierHitDocument }> | null; total: number };
    // With words, the matches come from the GIN index. The planner prices a tsquery match
    // like one comparison, so past a few percent of the rows it scans them all instead,
    // evaluating the glossary-expanded query on each: 70 ms at 10,000 enterprises where the
    // index takes 20 (EXPLAIN ANALYZE, 热处理: 57 alternatives, 2,023 of 10,501 matched).
    const [row]: Row[] = concepts.length
      ? await this.dataSource.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          return tx.query(statement, sql.params);
        })
      : await this.dataSource.query(statement, sql.params);
    return {
      hits: (row.hits ?? []).map((h) => ({ id: h.id, score: Number(h.score), document: h.document })),
      total: row.total,
      engine: 'postgres',
    };
  }

  /**
   * Terms of the index to try when a query finds nothing: those most like its words
   * (trigram similarity), else the commonest. Only public listings feed the terms.
   */
  private async suggestInstead(analyzed: CompiledQuery): Promise<string[]> {
    const words = analyzed.concepts.map((c) => c.text).filter((w) => w.length > 1);
    const rows: Array<{ term: string }> = await this.dataSource.query(
      `(SELECT t.term FROM search_terms t, unnest($1::text[]) AS w
         WHERE length(t.term) > 1 AND t.term % w
         GROUP BY t.term, t.documents ORDER BY max(similarity(t.term, w)) DESC, t.documents DESC LIMIT $2)
       UNION ALL
       (SELECT term FROM search_terms WHERE length(term) > 1 ORDER BY documents DESC, term LIMIT $2)`,
      [words, SUGGESTIONS],
    );
    return [...new Set(rows.map((r) => r.term))].slice(0, SUGGESTIONS);
  }

  /**
   * Each concept as tsquery text, built by PostgreSQL itself in one round trip (Latin
   * words stemmed as the index stems them), so the search queries carry plain constants
   * and plan quickly. A glossary concept is the entry's one index term when every row
   * carries the glossary's terms (`indexed`), else the OR of every way to say it.
   */
  private async compile(
    analyzed: AnalyzedQuery,
    indexed: GlossaryConcepts | undefined,
  ): Promise<{ tsqueries: string[]; words: string[] }> {
    if (analyzed.concepts.length === 0) return { tsqueries: [], words: [] };
    // Compiling is deterministic: popular queries skip the round trip.
    const key = JSON.stringify([
      indexed?.fingerprint ?? null,
      analyzed.concepts.map((c) => [c.text, c.alternatives, c.entry ?? null]),
    ]);
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const sql = new Sql();
    const concepts = analyzed.concepts.map((concept) => {
      const term = concept.entry === undefined ? undefined : indexed?.byEntry.get(concept.entry);
      return term === undefined ? alternativesSql(sql, concept.alternatives) : `${sql.param(term)}::tsquery`;
    });
    const [{ texts }]: [{ texts: string[] }] = await this.dataSource.query(
      `SELECT ARRAY[${concepts.map((c) => `(${c})::text`).join(', ')}]::text[] AS texts`,
      sql.params,
    );
    // A concept of stop words only compiles to nothing: it neither matches nor scores.
    const kept = texts.flatMap((t, i) => (t.trim() !== '' ? [i] : []));
    const compiled = { tsqueries: kept.map((i) => texts[i]), words: kept.map((i) => analyzed.concepts[i].text) };
    if (this.compiled.size > 10_000) this.compiled.clear();
    this.compiled.set(key, compiled);
    return compiled;
  }

  /** The glossary's concepts as index terms with the queries that earn them, compiled once. */
  private glossaryConcepts(): Promise<GlossaryConcepts> {
    this.glossary ??= (async () => {
      const sql = new Sql();
      const expansions = SYNONYM_EXPANSIONS.map((terms) =>
        alternativesSql(
          sql,
          terms.map((term) => alternative(this.segmenter, term)),
        ),
      );
      const [{ texts }]: [{ texts: string[] }] = await this.dataSource.query(
        `SELECT ARRAY[${expansions.map((c) => `(${c})::text`).join(', ')}]::text[] AS texts`,
        sql.params,
      );
      const kept = texts.flatMap((t, i) => (t.trim() !== '' ? [i] : []));
      const lexemes = kept.map((i) => `g:${GLOSSARY_ENTRY_IDS[i]}`);
      const queries = kept.map((i) => texts[i]);
      return {
        lexemes,
        queries,
        // Entry ids are [a-z0-9-]: quoted, the term is one lexeme as tsquery text.
        byEntry: new Map(kept.map((i, k) => [GLOSSARY_ENTRY_IDS[i], `'${lexemes[k]}'`])),
        fingerprint: createHash('sha256')
          .update(JSON.stringify([lexemes, queries]))
          .digest('hex')
          .slice(0, 32),
      };
    })().catch((error: unknown) => {
      this.glossary = undefined;
      throw error;
    });
    return this.glossary;
  }

  /** The glossary's concepts when every row carries their terms (as last read, for INDEX_STATE_TTL_MS), else undefined. */
  private async indexedGlossary(): Promise<GlossaryConcepts | undefined> {
    const now = Date.now();
    if (!this.indexState || this.indexState.until < now) {
      const current = (async () => {
        const glossary = await this.glossaryConcepts();
        const rows: Array<{ value: string }> = await this.dataSource.query(
          `SELECT value FROM search_index_state WHERE name = 'glossary'`,
        );
        return rows[0]?.value === glossary.fingerprint;
      })();
      this.indexState = { until: now + INDEX_STATE_TTL_MS, current };
      // A failed read is retried by the next search, not remembered.
      current.catch(() => {
        if (this.indexState?.current === current) this.indexState = undefined;
      });
    }
    return (await this.indexState.current) ? this.glossaryConcepts() : undefined;
  }

  /**
   * Gives every row the concept terms of this glossary (replacing those of another) and
   * records it in `search_index_state`, so searches match glossary concepts by their one
   * term. Run where the index is maintained (the worker at start, a reindex); one process
   * at a time, a bucket of rows per statement. Returns whether it had anything to do.
   */
  async refreshGlossaryConcepts(): Promise<boolean> {
    const glossary = await this.glossaryConcepts();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(
        `SELECT pg_try_advisory_lock(hashtext('search_index_state:glossary')) AS locked`,
      )) as [{ locked: boolean }];
      if (!locked) return false;
      try {
        const state = (await runner.query(`SELECT value FROM search_index_state WHERE name = 'glossary'`)) as Array<{
          value: string;
        }>;
        if (state[0]?.value === glossary.fingerprint) return false;
        const buckets = (await runner.query(`SELECT DISTINCT bucket FROM search_documents ORDER BY bucket`)) as Array<{
          bucket: number;
        }>;
        for (const { bucket } of buckets) {
          await runner.query(
            `UPDATE search_documents d SET tsv = s.base || search_concepts(s.base, $2::text[], $3::tsquery[])
               FROM (SELECT id, ts_delete(tsv, ARRAY(SELECT u.lexeme FROM unnest(tsv) AS u WHERE u.lexeme LIKE 'g:%')) AS base
                       FROM search_documents WHERE bucket = $1) s
              WHERE d.id = s.id`,
            [bucket, glossary.lexemes, glossary.queries],
          );
        }
        await runner.query(
          `INSERT INTO search_index_state (name, value) VALUES ('glossary', $1)
           ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
          [glossary.fingerprint],
        );
        this.indexState = { until: Date.now() + INDEX_STATE_TTL_MS, current: Promise.resolve(true) };
        return true;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('search_index_state:glossary'))`);
      }
    } finally {
      await runner.release();
    }
  }

  private distance(sql: Sql, near: { lat: number; lng: number }): string {
    const lat = sql.param(near.lat);
    const lng = sql.param(near.lng);
    return `(2 * 6371 * asin(sqrt(power(sin(radians(d.latitude - ${lat}) / 2), 2) +
             cos(radians(${lat})) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - ${lng}) / 2), 2))))`;
  }

  private async analyze(
    query: { q: string; filters: { region?: string; kind?: string } },
    detectKind = query.filters.kind === undefined || query.filters.kind === 'ip',
    /** Glossary concepts as the listings index's concept terms, when it has them. */
    conceptTerms = true,
  ): Promise<CompiledQuery> {
    const now = Date.now();
    // Words known to the dictionary need no correction; only they are remembered, since
    // an unknown word may be indexed any moment (a new listing's model number).
    const unknown = [...new Set(latinWords(query.q).filter((w) => w.length >= 4))].filter(
      (w) => (this.knownWords.get(w) ?? 0) < now && !VOCABULARY_WORDS.has(w),
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
      // A kind named in the query narrows to it unless another kind was chosen.
      detectKind,
    });
    const indexed = conceptTerms ? await this.indexedGlossary() : undefined;
    return { ...analyzed, ...(await this.compile(analyzed, indexed)) };
  }

  /**
   * The filters: `keys` for the GIN index (each row's `filter_keys` must hold them all),
   * `conditions` for the rows (exact; some GIN-indexable, some for the btree indexes).
   */
  private filters(sql: Sql, query: SearchQuery, analyzed: AnalyzedQuery): { keys: string[]; conditions: string[] } {
    const f = query.filters;
    const keys: string[] = [];
    const where: string[] = [];
    const kind = f.kind ?? analyzed.kind;
    if (kind) {
      keys.push(`k:${kind}`);
      where.push(`d.kind = ${sql.param(kind)}`);
    }
    if (f.category) {
      keys.push(`c:${f.category}`);
      where.push(`d.category_slug = ${sql.param(f.category)}`);
    }
    const region = f.region ?? analyzed.place?.prefix;
    if (region) {
      // Rows hold their region's 2-, 4- and 6-digit prefixes.
      if (/^\d{2}(\d{2}(\d{2})?)?$/.test(region)) keys.push(`r:${region}`);
      where.push(`d.region_code LIKE ${sql.param(`${region}%`)}`);
    }
    if (f.park) where.push(`d.park_ids @> ARRAY[${sql.param(f.park)}::uuid]`);
    const bands = priceBands(f.priceMin, f.priceMax);
    if (bands) where.push(`d.filter_keys && ${sql.param(bands)}::text[]`);
    if (f.priceMin !== undefined) where.push(`d.price_fen >= ${sql.param(f.priceMin)}`);
    if (f.priceMax !== undefined) where.push(`d.price_fen <= ${sql.param(f.priceMax)}`);
    if (f.certifications?.length) where.push(`d.certifications @> ${sql.param(f.certifications)}::text[]`);
    if (f.serviceMode) where.push(`d.service_modes @> ARRAY[${sql.param(f.serviceMode)}]`);
    if (f.patentType) keys.push(`pt:${f.patentType}`);
    if (f.licenceType) where.push(`d.transaction_types @> ARRAY[${sql.param(f.licenceType)}]`);
    if (f.openLicence !== undefined) keys.push(`ol:${f.openLicence}`);
    if (f.ids) where.push(`d.id = ANY(${sql.param(f.ids)}::uuid[])`);
    where.push(`(d.visibility = 'public' OR d.park_ids && ${sql.param(query.viewerParkIds)}::uuid[])`);
    if (query.near?.radiusKm !== undefined) {
      where.push(`d.latitude IS NOT NULL AND ${this.distance(sql, query.near)} <= ${sql.param(query.near.radiusKm)}`);
    }
    return { keys, conditions: where };
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

  private supplierRow(doc: SupplierDocument) {
    const split = (texts: Array<string | null | undefined>) => {
      const tokens = this.segmenter.index(texts.filter(Boolean).join(' \n '));
      return { cjk: tokens.cjk.join(' '), latin: tokens.latin.join(' ') };
    };
    const a = split([...doc.processes, ...doc.categories, ...doc.listingText]);
    const b = split([...doc.certifications, ...doc.industry, doc.name, doc.nameEn]);
    const c = split([doc.description, ...doc.listingDescriptions]);
    const d = split(doc.regionNames);
    return {
      id: doc.id,
      document: doc,
      a_cjk: a.cjk,
      a_latin: a.latin,
      b_cjk: b.cjk,
      b_latin: b.latin,
      c_cjk: c.cjk,
      c_latin: c.latin,
      d_cjk: d.cjk,
      d_latin: d.latin,
      region_code: doc.regionCode,
      park_ids: doc.parkIds,
      size_class: doc.sizeClass,
      tier_rank: doc.tierRank,
      certifications: doc.certifications,
      listing_count: doc.listingCount,
      source_updated_at: doc.updatedAt,
    };
  }
}
