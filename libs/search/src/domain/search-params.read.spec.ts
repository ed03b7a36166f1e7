import { RequestValidationError } from '@rongtong/kernel';
import { readSearchParams } from './search-params.read';

const violationsOf = (query: Record<string, unknown>) => {
  try {
    readSearchParams(query);
  } catch (error) {
    if (error instanceof RequestValidationError) return error.violations.map((v) => v.field).sort();
    throw error;
  }
  return [];
};

describe('readSearchParams', () => {
  it('reads text, numbers and booleans from the query string', () => {
    expect(
      readSearchParams({
        q: '三坐标 CMM',
        kind: 'equipment',
        priceMin: '100',
        priceMax: '50000',
        lat: '31.3',
        lon: '120.6',
        radiusKm: '25.5',
        openLicence: 'true',
        page: '2',
        limit: '50',
        freeHours: '4',
        certifications: ['ISO 9001', 'CNAS'],
      }),
    ).toEqual({
      q: '三坐标 CMM',
      kind: 'equipment',
      priceMin: 100,
      priceMax: 50000,
      lat: 31.3,
      lon: 120.6,
      radiusKm: 25.5,
      openLicence: true,
      page: 2,
      limit: 50,
      freeHours: 4,
      certifications: ['ISO 9001', 'CNAS'],
    });
    expect(readSearchParams({})).toEqual({});
  });

  it('refuses unknown parameters, repeats, non-numbers and out-of-range numbers, all at once', () => {
    expect(
      violationsOf({
        colour: 'red',
        kind: ['equipment', 'ip'],
        priceMin: '-1',
        page: '1.5',
        limit: '101',
        lat: 'north',
        openLicence: 'yes',
        q: 'x'.repeat(2001),
        radiusKm: '',
      }),
    ).toEqual(['colour', 'kind', 'lat', 'limit', 'openLicence', 'page', 'priceMin', 'q', 'radiusKm']);
  });
});
