import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../../test/render';
import { OPERATOR, signedInAs } from '../../test/session';
import { OperatorPage } from './OperatorPage';

afterEach(() => vi.unstubAllGlobals());

const crumbs = () =>
  Array.from(document.querySelectorAll('.ant-breadcrumb li')).map((li) => ({
    text: li.textContent?.replace('/', '').trim(),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
    current: li.querySelector('[aria-current="page"]') !== null,
  }));

describe('OperatorPage', () => {
  it('heads its page with the console’s one breadcrumb: 控制台 › the park › the page', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        ...signedInAs({ ...OPERATOR, operatedParkIds: ['park1'] }),
        'GET /api/v1/parks/park1': () => json(200, { id: 'park1', name: '松山湖园区' }),
      }),
    );
    renderPage(
      <OperatorPage title="操作记录" subTitle="谁在何时做了什么">
        {() => <p>内容</p>}
      </OperatorPage>,
      { path: '/console/parks/park1/audit', route: '/console/parks/:parkId/audit' },
    );
    await waitFor(() =>
      expect(crumbs()).toEqual([
        { text: '控制台', href: '/console/park', current: false },
        { text: '松山湖园区', href: '/console/parks/park1/verifications', current: false },
        { text: '操作记录', href: null, current: true },
      ]),
    );
    expect(screen.getByRole('heading', { level: 1, name: '操作记录' })).toBeInTheDocument();
  });
});
