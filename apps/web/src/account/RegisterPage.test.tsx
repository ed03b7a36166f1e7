import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../test/render';
import RegisterPage from './RegisterPage';

afterEach(() => vi.unstubAllGlobals());

describe('RegisterPage', () => {
  it('checks the credit code as it is typed', async () => {
    vi.stubGlobal('fetch', fakeFetch({}));
    renderPage(<RegisterPage />, { path: '/register' });
    const code = await screen.findByLabelText('统一社会信用代码');
    await userEvent.type(code, '91350200776049653B');
    expect(await screen.findByText('校验位不正确，请核对')).toBeInTheDocument();
    await userEvent.clear(code);
    await userEvent.type(code, '91350200776O');
    expect(await screen.findByText('含有无效字符（不使用 I、O、S、V、Z）')).toBeInTheDocument();
  });

  it("shows the server's field errors at their fields", async () => {
    const register = vi.fn(() =>
      json(
        409,
        {
          title: '请求冲突',
          status: 409,
          code: 'EMAIL_TAKEN',
          detail: '该邮箱已注册',
          errors: [{ field: 'user.email', message: '该邮箱已注册' }],
        },
        'application/problem+json',
      ),
    );
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/auth/register': register }));
    renderPage(<RegisterPage />, { path: '/register' });
    await userEvent.type(await screen.findByLabelText('企业名称'), '苏州测试精密有限公司');
    await userEvent.type(screen.getByLabelText('统一社会信用代码'), '91320594MA1N2K5B77');
    await userEvent.type(screen.getByLabelText('姓名'), '王工');
    await userEvent.type(screen.getByLabelText('邮箱'), 'wang@example.cn');
    await userEvent.type(screen.getByLabelText('密码'), 'a-long-passphrase');
    await userEvent.click(screen.getByRole('button', { name: /注册/ }));
    await waitFor(() => expect(register).toHaveBeenCalledOnce());
    const email = screen.getByLabelText('邮箱');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('该邮箱已注册')).toBeInTheDocument();
  });
});
