import { SYNONYM_EXPANSIONS, SYNONYM_GROUPS } from '../../domain/synonyms';
import { meiliFilter, meiliSort } from './meili-filters';
import {
  FACET_ATTRIBUTES,
  FILTERABLE_ATTRIBUTES,
  meiliSettings,
  meiliSynonyms,
  SORTABLE_ATTRIBUTES,
} from './meili-settings';

describe('meiliSettings', () => {
  const settings = meiliSettings();

  it('searches title before tags, category, description and provider', () => {
    const order = settings.searchableAttributes!;
    expect(order).toEqual([
      'title',
      'titleEn',
      'tags',
      'category',
      'categoryEn',
      'description',
      'descriptionEn',
      'detailsText',
      'provider.name',
      'regionNames',
    ]);
    const rank = (attribute: string): number => order.indexOf(attribute);
    expect(rank('title')).toBeLessThan(rank('tags'));
    expect(rank('tags')).toBeLessThan(rank('category'));
    expect(rank('category')).toBeLessThan(rank('description'));
    expect(rank('description')).toBeLessThan(rank('provider.name'));
  });

  it('sorts by price, publication time and distance', () => {
    expect(settings.sortableAttributes).toEqual(['priceFen', 'publishedAtTs', '_geo']);
  });

  it('tolerates typos on words of four letters and more, never on numbers', () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnNumbers: true,
    });
  });

  it('keeps every ranking rule and lets a chosen sort order the listings that match the words', () => {
    expect([...settings.rankingRules!].sort()).toEqual(
      ['attribute', 'exactness', 'proximity', 'sort', 'typo', 'words'].sort(),
    );
    expect(settings.rankingRules![0]).toBe('words');
    expect(settings.rankingRules![1]).toBe('sort');
  });

  it('reaches page 1000 of 100 hits and counts up to 200 values a facet', () => {
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(1000 * 100);
    expect(settings.faceting?.maxValuesPerFacet).toBe(200);
  });

  it('can filter on every facet', () => {
    for (const attribute of Object.values(FACET_ATTRIBUTES)) {
      expect(settings.filterableAttributes).toContain(attribute);
    }
  });

  it('can filter on every attribute a filter names and sort on every attribute a sort names', () => {
    const filter = meiliFilter({
      q: '',
      filters: {
        kind: 'ip',
        category: 'c',
        region: '32',
        park: 'p',
        priceMin: 1,
        priceMax: 2,
        certifications: ['CMA'],
        serviceMode: 'm',
        patentType: 'invention',
        licenceType: 'exclusive',
        openLicence: true,
        ids: ['00000000-0000-4000-8000-000000000000'],
      },
      sort: 'relevance',
      near: { lat: 31, lng: 120, radiusKm: 10 },
      page: 1,
      limit: 20,
      viewerParkIds: ['p'],
    });
    const named = filter.flat().map((condition) => /^(_geoRadius|[\w.]+)/.exec(condition)![1]);
    for (const attribute of named) {
      expect([...FILTERABLE_ATTRIBUTES, '_geoRadius']).toContain(attribute);
    }
    expect(named).toContain('_geoRadius');
    expect(FILTERABLE_ATTRIBUTES).toContain('_geo');

    for (const sort of ['price_asc', 'newest', 'distance'] as const) {
      const [expression] = meiliSort({
        q: '',
        filters: {},
        sort,
        near: { lat: 1, lng: 2 },
        page: 1,
        limit: 1,
        viewerParkIds: [],
      });
      const attribute = expression.startsWith('_geoPoint') ? '_geo' : expression.split(':')[0];
      expect(SORTABLE_ATTRIBUTES).toContain(attribute);
    }
  });

  it('builds its synonyms from the shared groups', () => {
    expect(settings.synonyms).toEqual(meiliSynonyms(SYNONYM_GROUPS, SYNONYM_EXPANSIONS));
    expect(settings.synonyms!['五轴']).toEqual(expect.arrayContaining(['5-axis', 'five-axis', '五轴联动']));
  });
});

describe('meiliSynonyms', () => {
  it('maps each word of a group to all the others, never to itself', () => {
    expect(meiliSynonyms([['铣削', 'milling', 'mill']])).toEqual({
      铣削: ['milling', 'mill'],
      milling: ['铣削', 'mill'],
      mill: ['铣削', 'milling'],
    });
  });

  it('merges the groups a word belongs to', () => {
    const synonyms = meiliSynonyms([
      ['电镜', 'SEM'],
      ['电镜', 'TEM'],
    ]);
    expect(synonyms['电镜']).toEqual(['SEM', 'TEM']);
    expect(synonyms.SEM).toEqual(['电镜']);
  });

  it('is symmetric for the shared groups: if a lists b, b lists a', () => {
    const synonyms = meiliSynonyms(SYNONYM_GROUPS);
    for (const [word, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(word);
      for (const other of others) expect(synonyms[other]).toContain(word);
    }
    for (const group of SYNONYM_GROUPS) for (const word of group) expect(synonyms[word]).toBeDefined();
  });

  it('maps a broad word to its narrower ones, not the reverse', () => {
    const synonyms = meiliSynonyms(SYNONYM_GROUPS, SYNONYM_EXPANSIONS);
    expect(synonyms['铸造']).toEqual(expect.arrayContaining(['压铸', '精密铸造']));
    expect(synonyms['压铸']).not.toContain('铸造');
  });
});
