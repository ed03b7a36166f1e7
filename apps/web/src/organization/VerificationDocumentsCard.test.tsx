import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import type { Organization } from './queries';
import { VerificationDocumentsCard } from './VerificationDocumentsCard';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setAccessToken(undefined);
});

const organization = (verificationState: 'unverified' | 'verified') =>
  ({ id: 'o1', name: '苏州精工有限公司', verificationState }) as unknown as Organization;

const licence = {
  id: 'd1',
  kind: 'business_licence',
  note: null,
  fileName: '营业执照.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2048,
  sha256: 'a'.repeat(64),
  uploadedBy: 'u1',
  uploadedAt: '2026-12-07T02:00:00Z',
};

interface SentUpload {
  url: string;
  fields: Record<string, string>;
  fileName: string;
}

/** An XMLHttpRequest that reports progress and answers `status` with `body`, recording what it was sent. */
function fakeXhr(sent: SentUpload[], status: number, body: unknown) {
  return class {
    upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    onabort?: () => void;
    status = 0;
    responseText = '';
    withCredentials = false;
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    send(form: FormData) {
      const fields: Record<string, string> = {};
      let fileName = '';
      form.forEach((value, name) => {
        if (typeof value === 'string') fields[name] = value;
        else fileName = value.name;
      });
      sent.push({ url: this.url, fields, fileName });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 0);
    }
  };
}

describe('VerificationDocumentsCard', { timeout: 60_000 }, () => {
  it('uploads a file of the chosen kind with its note, then lists it', async () => {
    const documents: unknown[] = [];
    const sent: SentUpload[] = [];
    const certificate = { ...licence, id: 'd2', kind: 'srdi_certificate', fileName: '证书.png', note: '2025 年版' };
    vi.stubGlobal(
      'fetch',
      fakeFetch({ 'GET /api/v1/organizations/o1/verification-documents': () => json(200, documents) }),
    );
    vi.stubGlobal('XMLHttpRequest', fakeXhr(sent, 201, certificate));
    const user = userEvent.setup();
    const { container } = renderPage(<VerificationDocumentsCard organization={organization('unverified')} canAdmin />);
    expect(await screen.findByText('尚未上传认证材料')).toBeInTheDocument();
    expect(
      screen.getByText(/支持 PDF、JPEG、PNG.*不超过 10 MB.*企业通过认证后材料将保留，不能删除。$/),
    ).toBeInTheDocument();

    await user.click(screen.getByLabelText('材料类型'));
    await user.click(await screen.findByTitle('专精特新证书'));
    await user.type(screen.getByLabelText('备注（可选）'), '2025 年版');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept).toContain('application/pdf');
    documents.push(certificate);
    await user.upload(input, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '证书.png', { type: 'image/png' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      url: '/api/v1/organizations/o1/verification-documents',
      fields: { kind: 'srdi_certificate', note: '2025 年版' },
      fileName: '证书.png',
    });
    expect(await screen.findByRole('button', { name: '下载 证书.png' })).toBeInTheDocument();
    expect(screen.getByText('2025 年版')).toBeInTheDocument();
    expect(screen.getByLabelText('备注（可选）')).toHaveValue('');
  });

  it('shows the API’s refusal in words', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/organizations/o1/verification-documents': () => json(200, []) }));
    vi.stubGlobal(
      'XMLHttpRequest',
      fakeXhr([], 415, {
        status: 415,
        title: 'Unsupported Media Type',
        code: 'VERIFICATION_DOCUMENT_TYPE_NOT_ALLOWED',
        detail: '认证材料仅支持 PDF、JPEG 或 PNG 文件（按文件内容判断），所传文件不符合要求',
      }),
    );
    const user = userEvent.setup();
    const { container } = renderPage(<VerificationDocumentsCard organization={organization('unverified')} canAdmin />);
    await screen.findByText('尚未上传认证材料');
    await user.upload(
      container.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['MZ'], 'licence.pdf', { type: 'application/pdf' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('上传未成功');
    expect(alert).toHaveTextContent('认证材料仅支持 PDF、JPEG 或 PNG 文件');
  });

  it('downloads with the session and deletes after confirming', async () => {
    let documents: unknown[] = [licence];
    const deleted: string[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/organizations/o1/verification-documents': () => json(200, documents),
        'GET /api/v1/organizations/o1/verification-documents/d1/file': () =>
          new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
            status: 200,
            headers: {
              'content-type': 'application/pdf',
              'content-disposition': `attachment; filename="licence.pdf"; filename*=UTF-8''${encodeURIComponent('营业执照.pdf')}`,
            },
          }),
        'DELETE /api/v1/organizations/o1/verification-documents/d1': () => {
          deleted.push('d1');
          documents = [];
          return new Response(null, { status: 204 });
        },
      }),
    );
    const saved: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:doc', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const user = userEvent.setup();
    renderPage(<VerificationDocumentsCard organization={organization('unverified')} canAdmin />);
    await user.click(await screen.findByRole('button', { name: '下载 营业执照.pdf' }, { timeout: 5000 }));
    await waitFor(() => expect(saved).toEqual(['营业执照.pdf']));

    await user.click(screen.getByRole('button', { name: '删除 营业执照.pdf' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('尚未上传认证材料')).toBeInTheDocument();
    expect(deleted).toEqual(['d1']);
  });

  it('offers no deletion once the enterprise is verified, and no upload to a plain member', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({ 'GET /api/v1/organizations/o1/verification-documents': () => json(200, [licence]) }),
    );
    const first = renderPage(<VerificationDocumentsCard organization={organization('verified')} canAdmin />);
    expect(await screen.findByRole('button', { name: '下载 营业执照.pdf' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除 营业执照.pdf' })).toBeNull();
    expect(screen.getByText(/企业已通过认证，认证所依据的材料将保留/)).toBeInTheDocument();
    // Said once: the hint above no longer repeats it.
    expect(screen.getAllByText(/不能删除/)).toHaveLength(1);
    first.unmount();

    renderPage(<VerificationDocumentsCard organization={organization('unverified')} canAdmin={false} />, {
      language: 'en',
    });
    expect(await screen.findByRole('button', { name: 'Download 营业执照.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose a file to upload' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete 营业执照.pdf' })).toBeNull();
  });
});
