import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../test/render';
import SearchPage from './SearchPage';

afterEach(() => vi.unstubAllGlobals());

const facets = { kind: {}, category: {}, region: {}, certifications: {} };
const hit = {
  id: 'e1',
  score: 1,
  highlights: { title: '电子万能试验机 拉伸<em>测试</em>' },
  document: {
    id: 'e1',
    kind: 'equipment',
    title: '电子万能试验机 拉伸测试',
    titleEn: null,
    description: '拉伸、压缩、弯曲',
    descriptionEn: null,
    category: '力学性能',
    categoryEn: null,
    tags: [],
    regionCode: '320594',
    priceFen: null,
    priceUnit: null,
    provider: { id: 'o1', name: '苏州某检测', verified: true },
    certifications: [],
    serviceModes: [],
    patentType: null,
    openLicence: false,
  },
};

describe('SearchPage', () => {
  it.each([
    ['zh-CN', '没有列表提到 拉力机 — 显示 测试 的结果'],
    ['en', 'No listing mentions 拉力机 — showing results for 测试'],
  ] as const)('says in %s which words a relaxed answer dropped', async (language, note) => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/search/listings': () =>
          json(200, {
            hits: [hit],
            total: 1,
            facets,
            page: 1,
            limit: 20,
            engine: 'postgres',
            relaxed: { dropped: ['拉力机'], kept: ['测试'] },
          }),
      }),
    );
    renderPage(<SearchPage />, { path: '/search?q=拉力机%20测试', route: '/search', language });
    expect(await screen.findByRole('note')).toHaveTextContent(note);
  });

  it('offers the suggested words when nothing is found, and searches one when chosen', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/search/listings': (request) => {
          asked.push(new URL(request.url).searchParams.get('q') ?? '');
          return json(200, {
            hits: [],
            total: 0,
            facets,
            page: 1,
            limit: 20,
            engine: 'postgres',
            suggestions: ['拉伸试验'],
          });
        },
      }),
    );
    renderPage(<SearchPage />, { path: '/search?q=zxqv', route: '/search' });
    expect(await screen.findByText('试试这些词：')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '拉伸试验' }));
    await vi.waitFor(() => expect(asked).toContain('拉伸试验'));
  });
});
