import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../../test/render';
import { EditListingPage } from './ListingFormPage';
import type { OwnListing } from './types';

afterEach(() => vi.unstubAllGlobals());

const ID = '6f1c2a9e-1b7d-4c3e-9a55-2d7e8f9a0b1c';

const draft = {
  id: ID,
  kind: 'ip',
  status: 'draft',
  ownerOrganizationId: '11111111-2222-4333-8444-555555555555',
  title: '一种高镍三元正极材料的包覆改性方法',
  titleEn: null,
  description: '原子层沉积包覆。',
  descriptionEn: null,
  tags: [],
  category: '新能源电池',
  categorySlug: 'new-energy-batteries',
  categoryEn: 'New-energy batteries',
  industryDivision: null,
  parkId: null,
  regionCode: '440300',
  address: null,
  latitude: null,
  longitude: null,
  priceFen: null,
  priceUnit: null,
  visibility: 'public',
  details: {
    patentNumber: '201910947313.0',
    patentType: 'invention',
    legalStatus: 'granted',
    transactionTypes: ['ordinary_licence'],
    openLicence: { declared: false, royalty: null },
    ipc: ['H01M 4/36'],
    locarno: null,
    filingDate: null,
    licenceTerms: null,
  },
  version: 3,
  publishedAt: null,
  createdAt: '2026-12-01T02:00:00Z',
  updatedAt: '2026-12-01T02:00:00Z',
  statusReason: null,
  pendingRevision: null,
} as unknown as OwnListing;

const problem = (errors: { field: string; message: string }[]) =>
  json(
    422,
    { title: '请求内容有误', status: 422, code: 'LISTING_INVALID', detail: errors[0].message, errors },
    'application/problem+json',
  );

describe('the listing form', () => {
  // One render for every step: the whole form is large, and jsdom is slow to query it.
  it("sends yuan as fen and shows the API's errors at their fields, nested and renamed ones too", async () => {
    const sent: Record<string, unknown>[] = [];
    const patch = vi.fn(async (request: Request) => {
      sent.push((await request.json()) as Record<string, unknown>);
      return sent.length === 1
        ? problem([
            { field: 'details.patentNumber', message: '申请号校验位不正确' },
            { field: 'details.licenceTerms.upfrontFeeFen', message: '金额超出范围' },
            { field: 'priceUnit', message: '专利的计价单位只能是 licence' },
          ])
        : json(200, { ...draft, version: 4, priceFen: 123456, priceUnit: 'licence' });
    });
    vi.stubGlobal(
      'fetch',
      fakeFetch({ [`GET /api/v1/listings/${ID}`]: () => json(200, draft), [`PATCH /api/v1/listings/${ID}`]: patch }),
    );
    const { router } = renderPage(<EditListingPage />, {
      path: `/my/listings/${ID}/edit`,
      route: '/my/listings/:id/edit',
    });

    const price = await screen.findByLabelText('价格（元）');
    const fee = screen.getByLabelText('入门费（元）');
    const number = screen.getByLabelText('专利号');
    const save = screen.getByText(/^保存$/);
    fireEvent.change(price, { target: { value: '1234.56' } });
    fireEvent.change(fee, { target: { value: '0.07' } });
    fireEvent.change(number, { target: { value: '201910947313.5' } });
    // A price needs its unit: a hint before the server is asked.
    await userEvent.click(save);
    expect(await screen.findByText('填写价格时请选择计价单位')).toBeInTheDocument();
    expect(patch).not.toHaveBeenCalled();

    fireEvent.change(price, { target: { value: '' } });
    await userEvent.click(save);
    await waitFor(() => expect(patch).toHaveBeenCalledOnce());
    expect(sent[0]).toMatchObject({
      version: 3,
      priceFen: null,
      details: { patentNumber: '201910947313.5', licenceTerms: { upfrontFeeFen: 7 } },
    });
    // details.patentNumber at its field; …upfrontFeeFen at the field typed in yuan; priceUnit too.
    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('申请号校验位不正确')).toBeInTheDocument();
    expect(fee).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('金额超出范围')).toBeInTheDocument();
    expect(screen.getByText('专利的计价单位只能是 licence')).toBeInTheDocument();

    fireEvent.change(number, { target: { value: '201910947313.0' } });
    fireEvent.change(price, { target: { value: '1234.56' } });
    await userEvent.click(screen.getByLabelText('计价单位'));
    await userEvent.click(await screen.findByTitle('次许可'));
    await userEvent.click(save);
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(2));
    expect(sent[1]).toMatchObject({ priceFen: 123456, priceUnit: 'licence', version: 3 });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/my/listings/${ID}`));
  }, 180_000);
});
