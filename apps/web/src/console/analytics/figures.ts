import type { ParkAnalytics } from './queries';

/**
 * The breakdowns the dashboard draws and tabulates, summed from the API's rows (which
 * come by month and by industry) over what a chart does not split by. Pure functions:
 * the chart and its table read the same numbers.
 */
export const DEAL_KINDS = ['booking', 'sample_test', 'reservation', 'licence'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export interface DealMonth extends Record<DealKind, number> {
  month: string;
  total: number;
  inside: number;
  outside: number;
}

export function dealsByMonth(a: ParkAnalytics, months: string[]): DealMonth[] {
  const rows = new Map<string, DealMonth>(
    months.map((month) => [
      month,
      { month, booking: 0, sample_test: 0, reservation: 0, licence: 0, total: 0, inside: 0, outside: 0 },
    ]),
  );
  for (const d of a.deals) {
    const row = rows.get(d.month);
    if (!row) continue;
    if ((DEAL_KINDS as readonly string[]).includes(d.kind)) row[d.kind] += d.count;
    row.total += d.count;
    if (d.inside) row.inside += d.count;
    else row.outside += d.count;
  }
  return [...rows.values()];
}

export interface EnterpriseMonth {
  month: string;
  smes: number;
  large: number;
}

export function enterprisesByMonth(a: ParkAnalytics, months: string[]): EnterpriseMonth[] {
  const byMonth = new Map(a.enterprises.byMonth.map((row) => [row.month, row]));
  return months.map((month) => ({
    month,
    smes: byMonth.get(month)?.smes ?? 0,
    large: byMonth.get(month)?.large ?? 0,
  }));
}

export interface EquipmentWeek {
  week: string;
  bookings: number;
  bookedHours: number;
  offeredHours: number;
  utilisation: number | null;
}

export function equipmentByWeek(a: ParkAnalytics): EquipmentWeek[] {
  const rows = new Map<string, EquipmentWeek>();
  for (const w of a.equipment.weeks) {
    const row = rows.get(w.week) ?? { week: w.week, bookings: 0, bookedHours: 0, offeredHours: 0, utilisation: null };
    row.bookings += w.bookings;
    row.bookedHours += w.bookedHours;
    row.offeredHours += w.offeredHours;
    rows.set(w.week, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, utilisation: row.offeredHours > 0 ? row.bookedHours / row.offeredHours : null }))
    .sort((x, y) => x.week.localeCompare(y.week));
}

export interface IndustryRow {
  /** GB/T 4754 section letter, or null when not stated. */
  section: string | null;
  deals: number;
  smes: number;
  large: number;
  listings: number;
}

export function byIndustrySection(a: ParkAnalytics): IndustryRow[] {
  const rows = new Map<string | null, IndustryRow>();
  const row = (section: string | null) => {
    let found = rows.get(section);
    if (!found) {
      found = { section, deals: 0, smes: 0, large: 0, listings: 0 };
      rows.set(section, found);
    }
    return found;
  };
  for (const d of a.deals) row(d.section).deals += d.count;
  for (const l of a.listings) row(l.section).listings += l.count;
  // An enterprise has one industry (section and division): distinct counts add up by section.
  for (const e of a.enterprises.byIndustry) {
    row(e.section).smes += e.smes;
    row(e.section).large += e.large;
  }
  return [...rows.values()].sort(
    (x, y) => y.deals - x.deals || y.listings - x.listings || String(x.section).localeCompare(String(y.section)),
  );
}

export interface ListingKindStatus {
  kind: string;
  status: string;
  count: number;
}

export function listingsByKindAndStatus(a: ParkAnalytics): ListingKindStatus[] {
  const rows = new Map<string, ListingKindStatus>();
  for (const l of a.listings) {
    const key = `${l.kind}/${l.status}`;
    const row = rows.get(key) ?? { kind: l.kind, status: l.status, count: 0 };
    row.count += l.count;
    rows.set(key, row);
  }
  return [...rows.values()].sort((x, y) => x.kind.localeCompare(y.kind) || y.count - x.count);
}

export interface LicenceMonth {
  month: string;
  open: number;
  negotiated: number;
}

export function licencesByMonth(a: ParkAnalytics, months: string[]): LicenceMonth[] {
  const rows = new Map(months.map((month) => [month, { month, open: 0, negotiated: 0 }]));
  for (const l of a.licences.granted) {
    const row = rows.get(l.month);
    if (!row) continue;
    if (l.openLicence) row.open += l.count;
    else row.negotiated += l.count;
  }
  return [...rows.values()];
}

export interface CapacityRow {
  month?: string;
  unit: string;
  per: string;
  listings?: number;
  quantity: number;
}

export function capacityOffered(a: ParkAnalytics): CapacityRow[] {
  const rows = new Map<string, Required<Omit<CapacityRow, 'month'>>>();
  for (const c of a.capacity.offered) {
    const key = `${c.unit}/${c.per}`;
    const row = rows.get(key) ?? { unit: c.unit, per: c.per, listings: 0, quantity: 0 };
    row.listings += c.listings;
    row.quantity += c.quantity;
    rows.set(key, row);
  }
  return [...rows.values()];
}

export function capacityReservedByMonth(a: ParkAnalytics): CapacityRow[] {
  const rows = new Map<string, CapacityRow>();
  for (const c of a.capacity.reserved) {
    const key = `${c.month}/${c.unit}/${c.per}`;
    const row = rows.get(key) ?? { month: c.month, unit: c.unit, per: c.per, quantity: 0 };
    row.quantity += c.quantity;
    rows.set(key, row);
  }
  return [...rows.values()].sort((x, y) => String(x.month).localeCompare(String(y.month)));
}
