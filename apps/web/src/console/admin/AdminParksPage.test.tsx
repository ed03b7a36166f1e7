import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../../test/render';
import { OPERATOR, signedInAs } from '../../test/session';
import AdminParksPage from './AdminParksPage';

const ADMIN = { ...OPERATOR, id: 'a1', displayName: '平台管理员', isPlatformAdmin: true, memberships: [] };
const REGIONS = {
  year: 2023,
  source: 'test',
  provinces: [
    {
      code: '320000',
      name: '江苏省',
      nameEn: 'Jiangsu',
      children: [
        {
          code: '320500',
          name: '苏州市',
          nameEn: 'Suzhou',
          children: [{ code: '320594', name: '苏州工业园区', nameEn: 'Suzhou Industrial Park' }],
        },
      ],
    },
  ],
};
const PARK = {
  id: 'p1',
  name: '苏州工业园区',
  regionCode: '320594',
  operator: { id: 'o1', name: '园区运营公司' },
  createdAt: '2026-01-05T02:00:00Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('AdminParksPage', () => {
  it('names each park’s region and creates a park in the region chosen in the cascader', async () => {
    const created: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        ...signedInAs(ADMIN),
        'GET /api/v1/regions': () => json(200, REGIONS),
        'GET /api/v1/parks': () => json(200, [PARK]),
        'POST /api/v1/parks': async (request) => {
          created.push(await request.json());
          return json(201, { park: { ...PARK, id: 'p2', name: '新园区' } });
        },
      }),
    );
    renderPage(<AdminParksPage />);
    const row = (await screen.findAllByRole('row')).find((r) => within(r).queryByText('园区运营公司'));
    await waitFor(() => expect(row).toHaveTextContent('江苏省 苏州市 苏州工业园区'));
    expect(row).not.toHaveTextContent('320594');

    fireEvent.change(screen.getByLabelText('园区名称'), { target: { value: '新园区' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '所在地区' }));
    fireEvent.click(await screen.findByText('江苏省', { selector: '.ant-cascader-menu-item-content' }));
    fireEvent.click(await screen.findByText('苏州市', { selector: '.ant-cascader-menu-item-content' }));
    fireEvent.click(await screen.findByText('苏州工业园区', { selector: '.ant-cascader-menu-item-content' }));
    fireEvent.change(screen.getByLabelText('运营机构名称'), { target: { value: '新园区运营公司' } });
    fireEvent.change(screen.getByLabelText('运营机构管理员邮箱'), { target: { value: 'ops@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: '创建园区' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ name: '新园区', regionCode: '320594' });
  });
});
