import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../../api/token';
import { fakeFetch, json, renderPage } from '../../test/render';
import { OPERATOR, signedInAs } from '../../test/session';
import VerificationsPage from './VerificationsPage';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setAccessToken(undefined);
});

function enterprise(id: string, name: string, documents: unknown[]) {
  return {
    organizationId: id,
    name,
    nameEn: null,
    membershipStatus: 'approved',
    requestedAt: '2026-12-01T01:00:00Z',
    verificationState: 'unverified',
    verificationReason: null,
    verifiedAt: null,
    uscc: null,
    creditCode: null,
    regionCode: null,
    address: null,
    website: null,
    contact: null,
    size: {
      sizeClass: null,
      sector: null,
      industrySection: null,
      industryDivision: null,
      employees: null,
      annualRevenueFen: null,
    },
    badge: null,
    documents,
    createdAt: '2026-12-01T01:00:00Z',
  };
}

const QUEUE = {
  items: [
    enterprise('o1', '苏州精工有限公司', [
      {
        id: 'd1',
        kind: 'business_licence',
        fileName: '营业执照.pdf',
        contentType: 'application/pdf',
        sizeBytes: 52_000,
        uploadedAt: '2026-12-02T01:00:00Z',
      },
      {
        id: 'd2',
        kind: 'srdi_certificate',
        fileName: '专精特新证书.png',
        contentType: 'image/png',
        sizeBytes: 800,
        uploadedAt: '2026-12-02T02:00:00Z',
      },
    ]),
    enterprise('o2', '无锡新材料有限公司', []),
  ],
  total: 2,
  page: 1,
  limit: 10,
};

describe('VerificationsPage', { timeout: 60_000 }, () => {
  it('lists each enterprise’s documents as downloads, and “none” only for one without', async () => {
    const downloads: string[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        ...signedInAs(OPERATOR),
        'GET /api/v1/parks/park1': () => json(200, { id: 'park1', name: '松山湖园区' }),
        'GET /api/v1/parks/park1/verifications': () => json(200, QUEUE),
        'GET /api/v1/organizations/o1/verification-documents/d1/file': (request) => {
          downloads.push(request.headers.get('authorization') ?? '');
          return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
            status: 200,
            headers: {
              'content-type': 'application/pdf',
              'content-disposition': `attachment; filename="licence.pdf"; filename*=UTF-8''${encodeURIComponent('营业执照.pdf')}`,
            },
          });
        },
      }),
    );
    const saved: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:doc', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const user = userEvent.setup();
    renderPage(<VerificationsPage />, {
      path: '/console/parks/park1/verifications',
      route: '/console/parks/:parkId/verifications',
    });

    const list = await screen.findByRole('list', { name: '苏州精工有限公司 的证明材料' }, { timeout: 20_000 });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('营业执照')).toBeInTheDocument();
    expect(within(list).getByText(/51 KB/)).toBeInTheDocument();
    const second = screen.getByRole('region', { name: '无锡新材料有限公司' });
    expect(within(second).getByText('企业尚未上传证明材料')).toBeInTheDocument();
    expect(screen.getAllByText('企业尚未上传证明材料')).toHaveLength(1);

    await user.click(within(list).getByRole('button', { name: '下载 营业执照.pdf' }));
    await waitFor(() => expect(saved).toEqual(['营业执照.pdf']));
    expect(downloads).toEqual(['Bearer token']);
  });

  it('shows the 专精特新 certificates where the badge is decided, and says so when none was uploaded', async () => {
    const badge = (status: string) => ({
      tier: 'provincial',
      issuingAuthority: '江苏省工业和信息化厅',
      certificateNumber: 'JS-2026-0018',
      expiresOn: '2029-12-31',
      status,
    });
    const withCertificate = {
      ...QUEUE.items[0],
      verificationState: 'verified',
      badge: badge('pending'),
    };
    const without = {
      ...enterprise('o2', '无锡新材料有限公司', QUEUE.items[0].documents.slice(0, 1)),
      badge: badge('pending'),
    };
    const checked = { ...enterprise('o3', '常州电机有限公司', []), badge: badge('verified') };
    const downloads: string[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        ...signedInAs(OPERATOR),
        'GET /api/v1/parks/park1': () => json(200, { id: 'park1', name: '松山湖园区' }),
        'GET /api/v1/parks/park1/verifications': () =>
          json(200, { ...QUEUE, items: [withCertificate, without, checked], total: 3 }),
        'GET /api/v1/organizations/o1/verification-documents/d2/file': () => {
          downloads.push('d2');
          return new Response(new Uint8Array([0x89, 0x50]), {
            status: 200,
            headers: { 'content-type': 'image/png', 'content-disposition': 'attachment; filename="srdi.png"' },
          });
        },
      }),
    );
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:doc', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderPage(<VerificationsPage />, {
      path: '/console/parks/park1/verifications',
      route: '/console/parks/:parkId/verifications',
    });

    const certificates = await screen.findByRole(
      'list',
      { name: '苏州精工有限公司 的专精特新证书' },
      { timeout: 20_000 },
    );
    // Only the certificate, not the business licence.
    expect(within(certificates).getAllByRole('listitem')).toHaveLength(1);
    expect(within(certificates).queryByText('营业执照.pdf')).toBeNull();
    const first = screen.getByRole('region', { name: '苏州精工有限公司' });
    expect(within(first).getByRole('button', { name: '核验资质' })).toBeInTheDocument();
    expect(within(first).queryByText(/企业未上传专精特新证书/)).toBeNull();
    await user.click(within(certificates).getByRole('button', { name: '下载 专精特新证书.png' }));
    await waitFor(() => expect(downloads).toEqual(['d2']));

    const second = screen.getByRole('region', { name: '无锡新材料有限公司' });
    expect(within(second).getByRole('alert')).toHaveTextContent('企业未上传专精特新证书');
    expect(within(second).queryByRole('list', { name: /专精特新证书/ })).toBeNull();
    // A badge already decided needs no notice.
    const third = screen.getByRole('region', { name: '常州电机有限公司' });
    expect(within(third).queryByText(/企业未上传专精特新证书/)).toBeNull();
  });
});
