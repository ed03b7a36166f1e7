import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../../api/token';
import { fakeFetch, json, renderPage } from '../../test/render';
import { OPERATOR, signedInAs } from '../../test/session';
import ModerationPage from './ModerationPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

function item(id: string, title: string, status: string, over: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'capacity',
    status,
    ownerOrganizationId: 'o1',
    title,
    titleEn: null,
    description: '',
    descriptionEn: null,
    tags: [],
    hasPendingRevision: false,
    openReports: 0,
    updatedAt: '2026-12-07T01:00:00Z',
    ...over,
  };
}

const QUEUE = [
  item('l1', '五轴加工中心 机时共享', 'pending_review'),
  item('l2', '高低温试验箱', 'pending_review'),
  item('l3', '已发布的挂牌', 'published'),
];

function routes(bulk: (body: { action: string; ids: string[]; reason?: string }) => Response) {
  return fakeFetch({
    ...signedInAs(OPERATOR),
    'GET /api/v1/parks/park1': () => json(200, { id: 'park1', name: '松山湖园区' }),
    'GET /api/v1/moderation/listings': () => json(200, QUEUE),
    'GET /api/v1/parks/park1/reason-templates': () =>
      json(200, {
        templates: [{ kind: 'reject', zh: '图片与描述不符', en: 'The photos do not match the description' }],
      }),
    'POST /api/v1/listings/bulk': async (request) => bulk(await request.json()),
  });
}

const renderQueue = (language?: 'zh-CN' | 'en') =>
  renderPage(<ModerationPage />, {
    path: '/console/parks/park1/moderation',
    route: '/console/parks/:parkId/moderation',
    language,
  });

describe('ModerationPage', { timeout: 60_000 }, () => {
  it('rejects the selected listings with one reason in one request, and lists the one that was not', async () => {
    const sent: Array<{ action: string; ids: string[]; reason?: string }> = [];
    vi.stubGlobal(
      'fetch',
      routes((body) => {
        sent.push(body);
        return json(200, {
          results: [
            { id: 'l1', ok: true, status: 'rejected' },
            { id: 'l2', ok: false, code: 'LISTING_STATE_CONFLICT', message: '该挂牌已被其他审核员处理' },
          ],
        });
      }),
    );
    renderQueue();
    const selectAll = await screen.findByRole('checkbox', { name: '选择本页全部待审核的资源' }, { timeout: 20_000 });
    // The published listing cannot be decided: it has no checkbox.
    expect(screen.queryByRole('checkbox', { name: /已发布的挂牌/ })).toBeNull();
    expect(screen.getByRole('button', { name: '驳回所选（0）' })).toBeDisabled();
    fireEvent.click(selectAll);
    fireEvent.click(screen.getByRole('button', { name: '驳回所选（2）' }));

    const dialog = await screen.findByRole('dialog', { name: '驳回所选的 2 项' });
    const reason = within(dialog).getByRole('textbox');
    fireEvent.change(reason, { target: { value: '图片与描述不符，请补充实拍图' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));

    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toEqual({ action: 'reject', ids: ['l1', 'l2'], reason: '图片与描述不符，请补充实拍图' });
    expect(await screen.findByText('高低温试验箱：该挂牌已被其他审核员处理')).toBeInTheDocument();
    expect(screen.getAllByText('1 项成功，1 项未成功').length).toBeGreaterThan(0);
  });

  it('asks for a reason before rejecting, and approves the selected without one (in English)', async () => {
    const sent: Array<{ action: string; ids: string[]; reason?: string }> = [];
    vi.stubGlobal(
      'fetch',
      routes((body) => {
        sent.push(body);
        return json(200, { results: body.ids.map((id) => ({ id, ok: true, status: 'published' })) });
      }),
    );
    renderQueue('en');
    const one = await screen.findByRole('checkbox', { name: /高低温试验箱/ }, { timeout: 20_000 });
    fireEvent.click(one);
    fireEvent.click(screen.getByRole('button', { name: 'Reject selected (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject the 1 selected' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    // No reason, no request.
    expect(await within(dialog).findByText('Give a reason')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(screen.getByRole('button', { name: 'Approve selected (1)' }));
    await waitFor(() => expect(sent).toEqual([{ action: 'approve', ids: ['l2'] }]), { timeout: 10_000 });
  });
});
