import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../test/render';
import NewDisputePage from './NewDisputePage';

afterEach(() => vi.unstubAllGlobals());

const CODE = '91320594MA1N2K5B77';
/** The form validates asynchronously; a loaded machine takes more than the default second. */
const SLOW = { timeout: 5_000 };

/** Set at once, not typed key by key: the form hears the same change, in a fraction of the time. */
function put(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
}

async function fillIn() {
  put(await screen.findByLabelText('企业名称'), '苏州真正持有人科技有限公司');
  put(screen.getByLabelText('联系人姓名'), '王芳');
  put(screen.getByLabelText('联系邮箱'), 'wang@example.cn');
  put(screen.getByLabelText('申诉说明'), '该代码为我公司所有。');
}

function pick(file: File) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  return userEvent.upload(input, file, { applyAccept: false });
}

const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], '营业执照.pdf', { type: 'application/pdf' });

describe('NewDisputePage', () => {
  it('takes the code from the link, sends the fields and the licence, then says to check the email', async () => {
    let sent: { fields: Record<string, string>; file?: File } | undefined;
    const file = vi.fn(async (request: Request) => {
      const form = await request.formData();
      const fields: Record<string, string> = {};
      form.forEach((value, name) => {
        if (typeof value === 'string') fields[name] = value;
      });
      sent = { fields, file: form.get('licence') as File };
      return json(201, { id: 'd1', uscc: CODE, status: 'unconfirmed' });
    });
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/uscc-disputes': file }));
    renderPage(<NewDisputePage />, { path: `/uscc-disputes/new?uscc=${CODE}` });
    expect(await screen.findByLabelText('统一社会信用代码')).toHaveValue(CODE);
    expect(screen.getByText('PDF、JPEG 或 PNG，不超过 10 MB')).toBeInTheDocument();
    await fillIn();
    await pick(pdf());
    expect(await screen.findByText(/营业执照\.pdf · 1 KB/, undefined, SLOW)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '提交申诉' }));
    await waitFor(() => expect(file).toHaveBeenCalledOnce());
    expect(sent?.fields).toEqual({
      uscc: CODE,
      organizationName: '苏州真正持有人科技有限公司',
      contactName: '王芳',
      email: 'wang@example.cn',
      statement: '该代码为我公司所有。',
      locale: 'zh-CN',
    });
    // (jsdom's FormData loses the name on its way into a Request; the bytes arrive.)
    expect(sent?.file?.size).toBe(pdf().size);
    expect(await screen.findByText(/我们已向 wang@example.cn 发送确认邮件/, undefined, SLOW)).toBeInTheDocument();
  }, 45_000);

  it('asks for the licence, offers only PDF, JPEG and PNG, and refuses a file over the limit before sending', async () => {
    const file = vi.fn(() => json(201, {}));
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/uscc-disputes': file }));
    renderPage(<NewDisputePage />, { path: `/uscc-disputes/new?uscc=${CODE}` });
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: '提交申诉' }));
    expect(await screen.findByText('请上传营业执照', undefined, SLOW)).toBeInTheDocument();
    expect(document.querySelector('input[type=file]')).toHaveAttribute(
      'accept',
      '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
    );
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.png', { type: 'image/png' });
    await pick(big);
    expect(await screen.findByText('文件不能超过 10 MB', undefined, SLOW)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '提交申诉' }));
    expect(file).not.toHaveBeenCalled();
  }, 45_000);

  it("shows the server's refusals at their fields", async () => {
    const answers = [
      json(
        409,
        {
          title: '冲突',
          status: 409,
          code: 'USCC_DISPUTE_OPEN',
          detail: '该统一社会信用代码已有一项申诉正在审核中',
          field: 'uscc',
        },
        'application/problem+json',
      ),
      json(
        415,
        {
          title: '不支持的媒体类型',
          status: 415,
          code: 'LICENCE_TYPE_NOT_ALLOWED',
          detail: '营业执照仅支持 PDF、JPEG 或 PNG 文件，所传文件不符合要求',
          field: 'licence',
        },
        'application/problem+json',
      ),
    ];
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/uscc-disputes': () => answers.shift()! }));
    renderPage(<NewDisputePage />, { path: `/uscc-disputes/new?uscc=${CODE}` });
    await fillIn();
    await pick(pdf());
    await userEvent.click(screen.getByRole('button', { name: '提交申诉' }));
    const code = screen.getByLabelText('统一社会信用代码');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('该统一社会信用代码已有一项申诉正在审核中')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '提交申诉' }));
    expect(
      await screen.findByText('营业执照仅支持 PDF、JPEG 或 PNG 文件，所传文件不符合要求', undefined, SLOW),
    ).toBeInTheDocument();
  }, 45_000);
});
