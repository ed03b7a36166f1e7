import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../../api/token';
import { fakeFetch, json, renderPage } from '../../test/render';
import { OPERATOR, signedInAs } from '../../test/session';
import RfqsPage from './RfqsPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

function rfq(id: string, title: string, status: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    organizationId: 'o1',
    organizationName: '沪鼎航空',
    title,
    description: '',
    category: '机械加工',
    process: null,
    materials: [],
    quantity: 1000,
    unit: 'piece',
    deliveryDate: '2027-03-31',
    deliveryRegionCode: '320594',
    certifications: [],
    targetUnitPriceFen: null,
    showTarget: false,
    quoteDeadline: '2027-01-15T10:00:00Z',
    visibility: 'public',
    ndaRequired: false,
    ndaText: null,
    status,
    statusReason: null,
    sealed: status === 'open',
    takenDown: false,
    takenDownReason: null,
    yourSide: 'moderator',
    actions: [],
    version: 1,
    createdAt: '2026-12-01T01:00:00Z',
    updatedAt: '2026-12-01T01:00:00Z',
    closedAt: null,
    ...over,
  };
}

const ITEMS = [
  rfq('r1', '6061 铝合金壳体 CNC 加工', 'open'),
  rfq('r2', '钣金机箱', 'awarded', { visibility: 'park_members' }),
  rfq('r3', '注塑外壳', 'open', { takenDown: true, takenDownReason: '含虚假信息' }),
];

const AUDIT = {
  items: [
    {
      id: 'a2',
      action: 'take_down',
      actorUserId: 'u1',
      actorName: '李运营',
      reason: '含虚假信息',
      changedFields: [],
      notifiedOrganizations: [],
      version: null,
      createdAt: '2026-12-02T02:00:00Z',
    },
    {
      id: 'a1',
      action: 'edit',
      actorUserId: 'u9',
      actorName: '王采购',
      reason: null,
      changedFields: ['quantity', 'deliveryDate'],
      notifiedOrganizations: [{ id: 'o7', name: '苏州精工' }],
      version: 2,
      createdAt: '2026-12-01T02:00:00Z',
    },
  ],
  total: 2,
  page: 1,
  limit: 20,
};

function routes(
  listed: URLSearchParams[],
  takeDown: (id: string, body: { reason?: string }) => Response,
  items = ITEMS,
  reinstate: (id: string, body: { reason?: string }) => Response = () => json(500, {}),
) {
  return fakeFetch({
    ...signedInAs(OPERATOR),
    'GET /api/v1/parks/park1': () => json(200, { id: 'park1', name: '松山湖园区' }),
    'GET /api/v1/parks/park1/rfqs': (request) => {
      listed.push(new URL(request.url).searchParams);
      return json(200, { items, total: items.length, page: 1, limit: 20 });
    },
    'GET /api/v1/parks/park1/reason-templates': () =>
      json(200, { templates: [{ kind: 'suspend', zh: '信息不实', en: 'The information is not true' }] }),
    'POST /api/v1/rfqs/r1/take-down': async (request) => takeDown('r1', await request.json()),
    'POST /api/v1/rfqs/r3/reinstate': async (request) => reinstate('r3', await request.json()),
    'GET /api/v1/rfqs/r3/audit': () => json(200, AUDIT),
  });
}

const renderList = (language?: 'zh-CN' | 'en', search = '') =>
  renderPage(<RfqsPage />, {
    path: `/console/parks/park1/rfqs${search}`,
    route: '/console/parks/:parkId/rfqs',
    language,
  });

describe('RfqsPage', { timeout: 60_000 }, () => {
  it("lists the park's RFQs and takes an open one down with a reason, then shows it taken down", async () => {
    const listed: URLSearchParams[] = [];
    const sent: Array<{ id: string; reason?: string }> = [];
    let items = ITEMS;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) =>
      routes(
        listed,
        (id, body) => {
          sent.push({ id, ...body });
          const down = { ...ITEMS[0], takenDown: true, takenDownReason: body.reason };
          items = [down, ...ITEMS.slice(1)];
          return json(200, down);
        },
        items,
      )(input, init),
    );
    renderList();
    const link = await screen.findByRole('link', { name: '6061 铝合金壳体 CNC 加工' }, { timeout: 20_000 });
    expect(link.getAttribute('href')).toBe('/rfqs/r1');
    expect(screen.getAllByText('沪鼎航空')).toHaveLength(3);
    expect(screen.getByText('仅园区成员')).toBeInTheDocument();
    expect(screen.getByText('下架原因：含虚假信息')).toBeInTheDocument();
    // Only the open RFQ not yet taken down can be taken down.
    expect(screen.getAllByRole('button', { name: /^下架 / })).toHaveLength(1);
    expect(listed[0].get('status')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '下架 6061 铝合金壳体 CNC 加工' }));
    const dialog = await screen.findByRole('dialog', { name: '下架询价单「6061 铝合金壳体 CNC 加工」' });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    // No reason, no request.
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '联系方式与企业不符' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));

    await waitFor(() => expect(sent).toEqual([{ id: 'r1', reason: '联系方式与企业不符' }]), { timeout: 10_000 });
    expect(await screen.findByText('下架原因：联系方式与企业不符', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^下架 / })).toHaveLength(0);
  });

  it('asks the API for the status chosen (in English)', async () => {
    const listed: URLSearchParams[] = [];
    vi.stubGlobal(
      'fetch',
      routes(listed, () => json(500, {})),
    );
    renderList('en');
    expect(
      await screen.findByRole('button', { name: 'Take down 6061 铝合金壳体 CNC 加工' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Taken down').length).toBeGreaterThan(0);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Show' }));
    fireEvent.click(await screen.findByTitle('Taken down'));
    await waitFor(() => expect(listed.at(-1)?.get('status')).toBe('taken_down'), { timeout: 10_000 });
  });

  it('searches and filters from the URL, and keeps the search and the filter in it', async () => {
    const listed: URLSearchParams[] = [];
    vi.stubGlobal(
      'fetch',
      routes(listed, () => json(500, {})),
    );
    const { router } = renderList(undefined, '?q=%E5%A3%B3%E4%BD%93&status=taken_down&page=2');
    await screen.findByRole('link', { name: '6061 铝合金壳体 CNC 加工' }, { timeout: 20_000 });
    expect(listed[0].get('q')).toBe('壳体');
    expect(listed[0].get('status')).toBe('taken_down');
    expect(listed[0].get('page')).toBe('2');
    const box = screen.getByRole('searchbox', { name: '搜索' });
    expect(box).toHaveValue('壳体');

    fireEvent.change(box, { target: { value: '  注塑  ' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(listed.at(-1)?.get('q')).toBe('注塑'), { timeout: 10_000 });
    // A new search starts at the first page and keeps the filter.
    expect(listed.at(-1)?.get('page')).toBe('1');
    expect(listed.at(-1)?.get('status')).toBe('taken_down');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      q: '注塑',
      status: 'taken_down',
    });

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '显示' }));
    fireEvent.click(await screen.findByTitle('报价中'));
    await waitFor(() => expect(listed.at(-1)?.get('status')).toBe('open'), { timeout: 10_000 });
    expect(listed.at(-1)?.get('q')).toBe('注塑');
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('open');
  });

  it('reinstates a taken-down RFQ with a reason', async () => {
    const listed: URLSearchParams[] = [];
    const sent: Array<{ id: string; reason?: string }> = [];
    let items = ITEMS;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) =>
      routes(
        listed,
        () => json(500, {}),
        items,
        (id, body) => {
          sent.push({ id, ...body });
          const back = { ...ITEMS[2], takenDown: false, takenDownReason: null };
          items = [ITEMS[0], ITEMS[1], back];
          return json(200, back);
        },
      )(input, init),
    );
    renderList();
    fireEvent.click(await screen.findByRole('button', { name: '恢复 注塑外壳' }, { timeout: 20_000 }));
    expect(screen.getAllByRole('button', { name: /^恢复 / })).toHaveLength(1);
    const dialog = await screen.findByRole('dialog', { name: '恢复询价单「注塑外壳」' });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '企业已更正信息' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(sent).toEqual([{ id: 'r3', reason: '企业已更正信息' }]), { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByText('下架原因：含虚假信息')).toBeNull(), { timeout: 10_000 });
    expect(screen.queryAllByRole('button', { name: /^恢复 / })).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: /^下架 / })).toHaveLength(2);
  });

  it("opens an RFQ's history in a drawer: who did what, why, what an edit changed and who was told", async () => {
    vi.stubGlobal(
      'fetch',
      routes([], () => json(500, {})),
    );
    renderList();
    fireEvent.click(await screen.findByRole('button', { name: '查看“注塑外壳”的处理记录' }, { timeout: 20_000 }));
    const drawer = await screen.findByRole('dialog', { name: '处理记录：注塑外壳' });
    expect(await within(drawer).findByText('园区下架了询价', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(drawer).getByText('原因：含虚假信息')).toBeInTheDocument();
    expect(within(drawer).getByText('操作人：李运营')).toBeInTheDocument();
    expect(within(drawer).getByText('采购方修改了询价')).toBeInTheDocument();
    expect(within(drawer).getByText('修改内容：数量、交货日期')).toBeInTheDocument();
    expect(within(drawer).getByText('已通知报价的供应商：苏州精工')).toBeInTheDocument();
    // Newest first, as the API answers.
    const text = drawer.textContent ?? '';
    expect(text.indexOf('园区下架了询价')).toBeLessThan(text.indexOf('采购方修改了询价'));
  });

  it('names the actions in English', async () => {
    vi.stubGlobal(
      'fetch',
      routes([], () => json(500, {})),
    );
    renderList('en');
    fireEvent.click(await screen.findByRole('button', { name: 'History of “注塑外壳”' }, { timeout: 20_000 }));
    const drawer = await screen.findByRole('dialog', { name: 'History: 注塑外壳' });
    expect(await within(drawer).findByText('The park took the RFQ down', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(drawer).getByText('The buyer edited the RFQ')).toBeInTheDocument();
    expect(within(drawer).getByText('Quoting suppliers told: 苏州精工')).toBeInTheDocument();
  });
});
