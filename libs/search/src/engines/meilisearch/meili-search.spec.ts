import type { SearchResponse } from 'meilisearch';
import type { SearchDocument } from '../../domain/search-document';
import type { SearchQuery } from '../../domain/search-query';
import { meiliDocument } from './meili-document';
import {
  greatCircleMetres,
  highlighted,
  type MeiliHit,
  type MeiliSearchParams,
  meiliSearchParams,
  meiliSearchResult,
} from './meili-search';

const START = '\uE000';
const END = '\uE001';

function query(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { q: '五轴', filters: {}, sort: 'relevance', page: 1, limit: 20, viewerParkIds: [], ...overrides };
}

const document: SearchDocument = {
  id: '4f1e2d3c-0000-4000-8000-000000000001',
  kind: 'capacity',
  title: '五轴联动 CNC 加工',
  titleEn: null,
  description: '钛合金 <b>精密</b> 零件',
  descriptionEn: null,
  tags: ['五轴'],
  category: '数控加工',
  categoryEn: 'CNC machining',
  categorySlug: 'cnc-machining',
  provider: { id: '4f1e2d3c-0000-4000-8000-0000000000aa', name: '昆山精工', verified: false },
  regionCode: '320583',
  regionNames: ['昆山市'],
  parkIds: [],
  visibility: 'public',
  priceFen: 50_000,
  priceUnit: 'hour',
  certifications: ['ISO 9001'],
  serviceModes: [],
  patentType: null,
  transactionTypes: [],
  openLicence: false,
  detailsText: [],
  geo: { lat: 31.38, lng: 120.98 },
  publishedAt: '2026-01-05T00:00:00.000Z',
  updatedAt: '2026-01-05T00:00:00.000Z',
};

describe('meiliSearchParams', () => {
  it('pages by number, counts the facets, highlights and crops, and reports the ranking score', () => {
    const params = meiliSearchParams(query({ page: 3, limit: 50 }));
    expect(params).toMatchObject({
      page: 3,
      hitsPerPage: 50,
      facets: ['kind', 'category', 'regionCode', 'certifications'],
      attributesToHighlight: ['*'],
      attributesToCrop: ['description'],
      showRankingScore: true,
      matchingStrategy: 'frequency',
      filter: [['visibility = "public"']],
    });
    expect(params).not.toHaveProperty('sort');
  });

  it('passes the sort when there is one', () => {
    expect(meiliSearchParams(query({ sort: 'newest' })).sort).toEqual(['publishedAtTs:desc']);
  });
});

describe('highlighted', () => {
  it.each([
    [`${START}五轴${END}联动`, '<em>五轴</em>联动'],
    [`<script>${START}x${END}</script>`, '&lt;script&gt;<em>x</em>&lt;/script&gt;'],
    [`"a" & 'b'`, '&quot;a&quot; &amp; &#39;b&#39;'],
    ['<em>not ours</em>', '&lt;em&gt;not ours&lt;/em&gt;'],
  ])('%s → %s', (fragment, html) => {
    expect(highlighted(fragment)).toBe(html);
  });
});

describe('meiliSearchResult', () => {
  const stored = meiliDocument(document);
  const hit: MeiliHit & { _formatted: Partial<MeiliHit>; _rankingScore: number } = {
    ...stored,
    _formatted: {
      ...stored,
      title: `${START}五轴${END}联动 CNC 加工`,
      description: `…${START}钛合金${END} <b>精密</b> 零件`,
    },
    _rankingScore: 0.87,
    _geoDistance: 1523,
  };
  const response: SearchResponse<MeiliHit, MeiliSearchParams> = {
    hits: [hit],
    query: '五轴',
    processingTimeMs: 1,
    totalHits: 41,
    totalPages: 3,
    hitsPerPage: 20,
    page: 2,
    facetDistribution: {
      kind: { capacity: 30, equipment: 11 },
      category: { 数控加工: 41 },
      regionCode: { '320583': 40, '320594': 1 },
    },
  };

  it('maps hits, total, facets and paging into the engine-neutral result', () => {
    const result = meiliSearchResult(response, query({ page: 2 }));

    expect(result).toEqual({
      hits: [
        {
          id: document.id,
          score: 0.87,
          highlights: {
            title: '<em>五轴</em>联动 CNC 加工',
            description: '…<em>钛合金</em> &lt;b&gt;精密&lt;/b&gt; 零件',
          },
          document,
          distanceKm: 1.5,
        },
      ],
      total: 41,
      facets: {
        kind: { capacity: 30, equipment: 11 },
        category: { 数控加工: 41 },
        region: { '320583': 40, '320594': 1 },
        certifications: {},
      },
      page: 2,
      limit: 20,
      engine: 'meilisearch',
    });
  });

  it('leaves out highlights without a match and the distance without a point', () => {
    const { _geoDistance: _distance, ...unsorted } = hit;
    const unmatched = { ...unsorted, _formatted: { ...stored } };
    const [mapped] = meiliSearchResult({ ...response, hits: [unmatched] }, query()).hits;
    expect(mapped.highlights).toEqual({});
    expect(mapped).not.toHaveProperty('distanceKm');
  });

  it('says which words it dropped when no hit has them all, a synonym counting for its word', () => {
    const marked = (title: string) => ({ ...hit, _formatted: { ...stored, title } });
    const relaxed = meiliSearchResult(
      { ...response, hits: [marked(`${START}钛合金${END} 零件`), marked(`${START}五轴${END} 加工`)] },
      query({ q: '钛合金 火花机', page: 1 }),
    );
    expect(relaxed.relaxed).toEqual({ dropped: ['火花机'], kept: ['钛合金'] });
    const synonym = meiliSearchResult(
      { ...response, hits: [marked(`${START}电火花${END} ${START}钛合金${END}`)] },
      query({ q: '钛合金 火花机', page: 1 }),
    );
    expect(synonym).not.toHaveProperty('relaxed');
  });

  it('works the distance out when Meilisearch did not sort by it', () => {
    const { _geoDistance: _distance, ...unsorted } = hit;
    const near = { lat: document.geo!.lat + 0.1, lng: document.geo!.lng };
    const [mapped] = meiliSearchResult({ ...response, hits: [unsorted] }, query({ near })).hits;
    expect(mapped.distanceKm).toBe(11.1);
  });
});

describe('greatCircleMetres', () => {
  it.each([
    [{ lat: 31.3, lng: 120.6 }, { lat: 31.3, lng: 120.6 }, 0],
    [{ lat: 0, lng: 0 }, { lat: 1, lng: 0 }, 111_195],
    [{ lat: 0, lng: 0 }, { lat: 0, lng: 90 }, 10_007_543],
  ])('%j to %j is about %i m', (a, b, metres) => {
    expect(greatCircleMetres(a, b)).toBeCloseTo(metres, -3);
  });
});
