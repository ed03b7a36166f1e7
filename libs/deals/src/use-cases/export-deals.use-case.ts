import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, OrganizationNotFoundError } from '@rongtong/identity';
import { isCalendarDate, type Locale, todayInChina } from '@rongtong/kernel';
import { tableFormat } from '@rongtong/listings';
import { type TableFile, tableFile, UnitOfWork } from '@rongtong/platform';
import { ExportPeriodInvalidError } from '../domain';
import { type DealExportRow, DealExportRepository } from '../persistence/calendar-feed.repository';

const HEADERS: Record<string, Record<Locale, string>> = {
  id: { 'zh-CN': '交易编号', en: 'Deal' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  state: { 'zh-CN': '状态', en: 'State' },
  listing: { 'zh-CN': '挂牌', en: 'Listing' },
  provider: { 'zh-CN': '提供方', en: 'Provider' },
  requester: { 'zh-CN': '需求方', en: 'Requester' },
  role: { 'zh-CN': '本企业角色', en: 'Our side' },
  openedOn: { 'zh-CN': '发起日期', en: 'Opened' },
  start: { 'zh-CN': '开始', en: 'Start' },
  end: { 'zh-CN': '结束', en: 'End' },
  quantity: { 'zh-CN': '数量', en: 'Quantity' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  priceYuan: { 'zh-CN': '约定金额（元）', en: 'Agreed amount (yuan)' },
  closedOn: { 'zh-CN': '结束日期', en: 'Closed' },
};

const chinaDate = (date: Date | null) =>
  date ? new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10) : null;
const chinaTime = (iso: unknown) =>
  typeof iso === 'string'
    ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
    : null;

function yuan(fen: unknown): number | null {
  return typeof fen === 'number' ? fen / 100 : null;
}

/** What a deal's terms say of its dates, quantity and amount, whatever its kind. */
function termsCells(deal: DealExportRow): (string | number | null)[] {
  const t = deal.terms;
  switch (deal.kind) {
    case 'booking':
      return [
        chinaTime(t.start),
        chinaTime(t.end),
        typeof t.minutes === 'number' ? t.minutes / 60 : null,
        'hour',
        yuan(t.estimatedFeeFen),
      ];
    case 'sample_test':
      return [null, null, typeof t.samples === 'number' ? t.samples : null, 'sample', yuan(t.estimatedFeeFen)];
    case 'reservation':
      return [
        typeof t.from === 'string' ? t.from : null,
        typeof t.to === 'string' ? t.to : null,
        typeof t.quantity === 'number' ? t.quantity : null,
        typeof t.unit === 'string' ? `${t.unit}/${String(t.per)}` : null,
        yuan(t.estimatedFeeFen),
      ];
    case 'licence':
      return [
        typeof t.startsOn === 'string' ? t.startsOn : null,
        null,
        typeof t.termMonths === 'number' ? t.termMonths : null,
        'month',
        yuan(t.upfrontFeeFen),
      ];
    default:
      return [null, null, null, null, null];
  }
}

/**
 * An enterprise's deals opened in a period, on either side, for its accountants: the
 * parties, the listing, kind, state, dates, quantity and agreed amount in yuan. Members
 * only (404). The period defaults to the year up to today (China's days).
 */
@Injectable()
export class ExportDealsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealExportRepository,
  ) {}

  async execute(
    actor: Actor,
    organizationId: string,
    query: { from?: string; to?: string; format?: string },
    locale: Locale,
  ): Promise<TableFile> {
    if (!isMemberOf(actor, organizationId)) throw new OrganizationNotFoundError();
    const format = tableFormat(query.format, 'xlsx');
    const to = query.to ?? todayInChina();
    if (!isCalendarDate(to)) throw new ExportPeriodInvalidError('to');
    const from = query.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    if (!isCalendarDate(from)) throw new ExportPeriodInvalidError('from');
    if (to < from) throw new ExportPeriodInvalidError('to');
    const rows = await this.deals.forOrganization(this.uow.db, organizationId, from, to);
    return tableFile(
      format,
      `deals-${from}-${to}`,
      'deals',
      Object.values(HEADERS).map((header) => header[locale]),
      rows.map((deal) => [
        deal.id,
        deal.kind,
        deal.state,
        deal.listingTitle,
        deal.providerName,
        deal.requesterName,
        deal.providerOrganizationId === organizationId ? 'provider' : 'requester',
        chinaDate(deal.createdAt),
        ...termsCells(deal),
        chinaDate(deal.closedAt),
      ]),
    );
  }
}
