import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RegisterPage from '../account/RegisterPage';
import { fakeFetch, json, renderPage } from '../test/render';
import ConfirmDisputePage from './ConfirmDisputePage';
import FollowDisputePage from './FollowDisputePage';

afterEach(() => vi.unstubAllGlobals());

const SLOW = { timeout: 5_000 };
const CODE = '91320594MA1N2K5B77';
const dispute = (over: Record<string, unknown> = {}) => ({
  id: 'd1',
  uscc: CODE,
  status: 'open',
  claimantOrganizationName: '苏州真正持有人科技有限公司',
  confirmExpiresAt: null,
  decisionReason: null,
  decidedAt: null,
  claimExpiresAt: null,
  claimed: false,
  createdAt: '2026-12-07T02:00:00.000Z',
  ...over,
});
const problem = (status: number, code: string, detail: string) =>
  json(status, { title: 'x', status, code, detail }, 'application/problem+json');

describe('ConfirmDisputePage', () => {
  it('confirms once with the token of the link, then shows the dispute by its follow token', async () => {
    const confirm = vi.fn(async (request: Request) => {
      expect(await request.json()).toEqual({ token: 'confirm-token-123' });
      return json(200, { ...dispute(), followToken: 'follow-token-456' });
    });
    const follow = vi.fn(async (request: Request) => {
      expect(await request.json()).toEqual({ token: 'follow-token-456' });
      return json(200, dispute());
    });
    vi.stubGlobal(
      'fetch',
      fakeFetch({ 'POST /api/v1/uscc-disputes/confirm': confirm, 'POST /api/v1/uscc-disputes/follow': follow }),
    );
    const { router } = renderPage(<ConfirmDisputePage />, {
      path: '/uscc-disputes/confirm?token=confirm-token-123',
    });
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/uscc-disputes/confirm'), SLOW);
    expect(router.state.location.search).toBe('?token=follow-token-456&confirmed=1');
    expect(confirm).toHaveBeenCalledOnce();
  });

  it('explains a late link and offers to file again', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/uscc-disputes/confirm': () =>
          problem(400, 'USCC_DISPUTE_CONFIRMATION_EXPIRED', '确认链接已过期，该申诉未生效；请重新提交申诉'),
      }),
    );
    renderPage(<ConfirmDisputePage />, { path: '/uscc-disputes/confirm?token=late-token-123' });
    expect(
      await screen.findByText('确认链接已过期，该申诉未生效；请重新提交申诉', undefined, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '重新提交申诉' })).toHaveAttribute('href', '/uscc-disputes/new');
  });
});

describe('FollowDisputePage', () => {
  it("shows the status and the reviewer's reason", async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/uscc-disputes/follow': () =>
          json(
            200,
            dispute({
              status: 'dismissed',
              decisionReason: '营业执照上的代码与所申诉代码不一致',
              decidedAt: '2026-12-08T02:00:00.000Z',
            }),
          ),
      }),
    );
    renderPage(<FollowDisputePage />, { path: '/uscc-disputes/follow?token=follow-token-456' });
    expect(await screen.findByText('未获支持', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('营业执照上的代码与所申诉代码不一致')).toBeInTheDocument();
    expect(screen.getByText(CODE)).toBeInTheDocument();
  });

  it('says when the link is incomplete', async () => {
    vi.stubGlobal('fetch', fakeFetch({}));
    renderPage(<FollowDisputePage />, { path: '/uscc-disputes/follow' });
    expect(await screen.findByText('链接不完整，请从邮件中重新打开。', undefined, SLOW)).toBeInTheDocument();
  });
});

describe('RegisterPage and credit code disputes', () => {
  const fill = async () => {
    fireEvent.change(await screen.findByLabelText('企业名称'), { target: { value: '苏州真正持有人科技有限公司' } });
    const code = screen.getByLabelText('统一社会信用代码');
    if (!(code as HTMLInputElement).readOnly) fireEvent.change(code, { target: { value: CODE } });
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '王芳' } });
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'wang@example.cn' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'a-long-passphrase' } });
    await userEvent.click(screen.getByRole('button', { name: /注册/ }));
  };

  it('answers a taken code at its field with a link to dispute it', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/register': () =>
          json(
            409,
            { title: '冲突', status: 409, code: 'USCC_TAKEN', detail: '该统一社会信用代码已被注册', field: 'uscc' },
            'application/problem+json',
          ),
      }),
    );
    renderPage(<RegisterPage />, { path: '/register' });
    await fill();
    const link = await screen.findByRole('link', { name: '这是我们的代码，提出申诉' }, SLOW);
    expect(link).toHaveAttribute('href', `/uscc-disputes/new?uscc=${CODE}`);
    expect(screen.getByText('该统一社会信用代码已被其他企业注册。')).toBeInTheDocument();
    // Another code, another question: the offer goes.
    fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: '91350200776049653C' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: '这是我们的代码，提出申诉' })).toBeNull(), SLOW);
  }, 45_000);

  it('signs up with the claim token of the link, the code filled in and locked', async () => {
    const register = vi.fn(async (request: Request) => {
      const sent = (await request.json()) as { usccClaimToken?: string; organization: { uscc: string } };
      expect(sent.usccClaimToken).toBe('claim-token-789');
      expect(sent.organization.uscc).toBe(CODE);
      return json(201, { accessToken: 'a', refreshToken: 'r', expiresIn: 900 });
    });
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/auth/register': register }));
    renderPage(<RegisterPage />, { path: `/register?token=claim-token-789&uscc=${CODE}` });
    expect(
      await screen.findByText('审核人员已认定该代码属于贵公司，代码已为您保留；请完成注册。', undefined, SLOW),
    ).toBeInTheDocument();
    const code = screen.getByLabelText('统一社会信用代码');
    expect(code).toHaveValue(CODE);
    expect(code).toHaveAttribute('readonly');
    await fill();
    await waitFor(() => expect(register).toHaveBeenCalledOnce(), SLOW);
  }, 45_000);
});
