import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../test/render';
import SuppliersPage, { readSupplierFilters } from './SuppliersPage';

afterEach(() => vi.unstubAllGlobals());

describe('readSupplierFilters', () => {
  it('reads the filters the address holds and leaves out what it cannot read', () => {
    expect(
      readSupplierFilters(
        new URLSearchParams(
          'q=五轴&sizeClass=small&specialisedTier=little_giant&minRating=4&certifications=ISO 9001,IATF 16949&page=2',
        ),
      ),
    ).toEqual({
      q: '五轴',
      region: undefined,
      park: undefined,
      certifications: ['ISO 9001', 'IATF 16949'],
      sizeClass: 'small',
      specialisedTier: 'little_giant',
      minRating: 4,
      page: 2,
    });
    expect(readSupplierFilters(new URLSearchParams('sizeClass=huge&minRating=9&page=-1'))).toMatchObject({
      sizeClass: undefined,
      minRating: undefined,
      page: 1,
    });
  });
});

describe('SuppliersPage', { timeout: 30_000 }, () => {
  it('asks the directory with the filters of the address and shows enterprises, in English too', async () => {
    const asked: URLSearchParams[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(401, { title: 'no session' }, 'application/problem+json'),
        'GET /api/v1/regions': () => json(200, { provinces: [] }),
        'GET /api/v1/parks': () => json(200, []),
        'GET /api/v1/suppliers': (request) => {
          asked.push(new URL(request.url).searchParams);
          return json(200, {
            items: [
              {
                organizationId: 'o1',
                name: '苏州澄锐精密制造有限公司',
                regionCode: '320594',
                parkIds: [],
                sizeClass: 'small',
                specialisedTier: 'little_giant',
                averageRating: 4.8,
                ratingCount: 5,
                categories: ['机械加工'],
                processes: ['五轴CNC加工'],
                certifications: ['ISO 13485'],
                listings: [{ id: 'l1', title: '五轴联动CNC加工', kind: 'capacity' }],
                nameEn: 'Chengrui Precision',
                description: '医疗器械精密零件的五轴加工。',
                listingCount: 1,
              },
            ],
            total: 1,
            page: 1,
            limit: 10,
            engine: 'postgres',
          });
        },
      }),
    );
    renderPage(<SuppliersPage />, {
      path: '/suppliers?q=5-axis&specialisedTier=provincial&minRating=4',
      route: '/suppliers',
      language: 'en',
    });

    // In English its English name follows, and its profile says what it does.
    expect(
      await screen.findByRole('heading', { level: 2, name: '苏州澄锐精密制造有限公司 (Chengrui Precision)' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('1 enterprises');
    const article = screen.getByRole('article', { name: '苏州澄锐精密制造有限公司' });
    expect(article).toHaveTextContent('Small enterprise');
    expect(article).toHaveTextContent('4.8 · 5 reviews');
    // English punctuation: no full-width colon or enumeration comma.
    expect(article).toHaveTextContent('Capabilities: 机械加工, 五轴CNC加工');
    expect(article).toHaveTextContent('Listings: 五轴联动CNC加工');
    expect(article).toHaveTextContent('医疗器械精密零件的五轴加工。');
    expect(screen.getByRole('link', { name: '五轴联动CNC加工' })).toHaveAttribute('href', '/listings/l1');
    const query = asked[asked.length - 1];
    expect(Object.fromEntries(query)).toMatchObject({ q: '5-axis', specialisedTier: 'provincial', minRating: '4' });
  });
});
