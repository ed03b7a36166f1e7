import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../test/render';
import ListingPage from './ListingPage';

afterEach(() => vi.unstubAllGlobals());

const patent = {
  id: 'p1',
  kind: 'ip',
  status: 'published',
  ownerOrganizationId: 'o1',
  title: '一种植物基酸奶的发酵方法',
  titleEn: null,
  description: '发酵工艺',
  descriptionEn: null,
  tags: [],
  category: '食品加工',
  regionCode: '3205',
  address: null,
  priceFen: null,
  priceUnit: null,
  details: {
    patentNumber: '202110768013.3',
    patentType: 'invention',
    legalStatus: 'granted',
    transactionTypes: ['ordinary_licence'],
    openLicence: { declared: true, royalty: null },
    filingDate: null,
  },
  version: 1,
  publishedAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('ListingPage', () => {
  it('says so when a listing is gone', async () => {
    vi.stubGlobal('fetch', fakeFetch({}));
    renderPage(<ListingPage />, { path: '/listings/gone', route: '/listings/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: '该资源已不存在' })).toBeInTheDocument();
  });

  it("shows a patent's number, type, expiry and open licence", async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/listings/p1': () => json(200, patent),
        'GET /api/v1/listings/p1/attachments': () => json(200, []),
        'GET /api/v1/listings/p1/reviews': () => json(200, { averageRating: null, count: 0, items: [] }),
        'GET /api/v1/organizations/o1': () =>
          json(200, {
            id: 'o1',
            name: '苏州某食品科技有限公司',
            nameEn: null,
            regionCode: '320500',
            sizeClass: 'small',
            badge: 'provincial',
            verificationState: 'verified',
            description: null,
            website: null,
          }),
        'GET /api/v1/organizations/o1/reviews': () => json(200, { averageRating: 4.5, count: 2, items: [] }),
      }),
    );
    renderPage(<ListingPage />, { path: '/listings/p1', route: '/listings/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: '一种植物基酸奶的发酵方法' })).toBeInTheDocument();
    expect(screen.getByText('202110768013.3')).toBeInTheDocument();
    expect(screen.getAllByText('发明专利').length).toBeGreaterThan(0);
    // No filing date: the expiry is known to the year only (2021 + 20).
    expect(screen.getByText('2041年')).toBeInTheDocument();
    expect(screen.getByText('已声明开放许可')).toBeInTheDocument();
    expect(await screen.findByText('专精特新中小企业')).toBeInTheDocument();
    expect(screen.getByText('小型企业')).toBeInTheDocument();
  });

  it('says no open licence when the API says declared: false', async () => {
    const closed = { ...patent, details: { ...patent.details, openLicence: { declared: false, royalty: null } } };
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/listings/p1': () => json(200, closed),
        'GET /api/v1/listings/p1/attachments': () => json(200, []),
        'GET /api/v1/listings/p1/reviews': () => json(200, { averageRating: null, count: 0, items: [] }),
      }),
    );
    renderPage(<ListingPage />, { path: '/listings/p1', route: '/listings/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: '一种植物基酸奶的发酵方法' })).toBeInTheDocument();
    expect(screen.getByText('202110768013.3')).toBeInTheDocument();
    expect(screen.queryByText('已声明开放许可')).not.toBeInTheDocument();
  });
});
