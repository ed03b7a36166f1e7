import type { RawFigures, RawTotals } from '../persistence/analytics-read.repository';
import type { Period } from '../domain/period';
import { histogramMedian } from '../domain/response-histogram';

type Row = Record<string, unknown>;

/** An industry (GB/T 4754): section letter and division; null when the enterprise stated none. */
export interface Industry {
  section: string | null;
  division: string | null;
}

export interface ParkTotals {
  listings: number;
  publishedListings: number;
  deals: number;
  dealsInside: number;
  dealsOutside: number;
  smesServed: number;
  largeEnterprises: number;
  equipmentHoursOfferedPerWeek: number;
  bookedHours: number;
  /** Booked hours over the hours offered in the period's weeks (0–1, or more when overbooked); null without equipment. */
  utilisation: number | null;
  licencesGranted: number;
  openLicencesGranted: number;
  agreementsInForce: number;
  medianFirstResponseSeconds: number | null;
}

export interface ParkFigures {
  parkId: string;
  from: string;
  to: string;
  totals: ParkTotals;
  listings: Array<Industry & { month: string; kind: string; status: string; count: number }>;
  equipment: {
    offered: Array<Industry & { listings: number; weeklyHours: number }>;
    weeks: Array<
      Industry & {
        week: string;
        bookings: number;
        bookedHours: number;
        offeredHours: number;
        utilisation: number | null;
      }
    >;
  };
  capacity: {
    offered: Array<Industry & { unit: string; per: string; listings: number; quantity: number }>;
    reserved: Array<Industry & { month: string; unit: string; per: string; quantity: number }>;
  };
  licences: {
    granted: Array<Industry & { month: string; openLicence: boolean; count: number }>;
    inForce: Array<Industry & { openLicence: boolean; count: number }>;
  };
  deals: Array<Industry & { month: string; kind: string; state: string; inside: boolean; count: number }>;
  responseTime: {
    medianSeconds: number | null;
    deals: number;
    byMonth: Array<{ month: string; medianSeconds: number; deals: number }>;
    byIndustry: Array<Industry & { medianSeconds: number; deals: number }>;
  };
  enterprises: {
    smesServed: number;
    largeEnterprises: number;
    bySizeClass: Array<{ sizeClass: string | null; smes: number; large: number }>;
    byLevel: Array<{ level: string | null; smes: number }>;
    byMonth: Array<{ month: string; smes: number; large: number }>;
    byIndustry: Array<Industry & { smes: number; large: number }>;
  };
}

const orNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const industry = (row: Row): Industry => ({ section: orNull(row.section), division: orNull(row.division) });
const num = (value: unknown): number => Number(value ?? 0);
const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places;

/** Number of weeks (Monday to Sunday) the period touches. */
function weeksIn(period: Period): number {
  const start = Date.parse(`${period.from}T00:00:00Z`);
  const end = Date.parse(`${period.to}T00:00:00Z`);
  const startMonday = start - ((new Date(start).getUTCDay() + 6) % 7) * 86_400_000;
  return Math.floor((end - startMonday) / (7 * 86_400_000)) + 1;
}

/**
 * The histogram rows of one park (bucket by bucket, per month, per industry and in all) as
 * one row per breakdown with its deal count and median, in the order the rows came.
 */
function medians(rows: Row[]): Array<Row & { deals: number; median_seconds: number | null }> {
  const groups = new Map<string, { row: Row; buckets: Array<{ bucket: number; deals: number }> }>();
  for (const r of rows) {
    const key = [r.all_months, r.all_industries, r.month, r.section, r.division].join('|');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { row: r, buckets: [] }));
    group.buckets.push({ bucket: num(r.bucket), deals: num(r.deals) });
  }
  return [...groups.values()].map(({ row, buckets }) => ({
    ...row,
    deals: buckets.reduce((total, b) => total + b.deals, 0),
    median_seconds: histogramMedian(buckets),
  }));
}

/** What the totals are made of, summed from a park's breakdowns or per park by the database. */
interface TotalsParts {
  listings: number;
  publishedListings: number;
  deals: number;
  dealsInside: number;
  smesServed: number;
  largeEnterprises: number;
  equipmentWeekly: number;
  bookedHours: number;
  licencesGranted: number;
  openLicencesGranted: number;
  agreementsInForce: number;
  medianSeconds: number | null;
}

function totalsOf(period: Period, parts: TotalsParts): ParkTotals {
  const offeredInPeriod = parts.equipmentWeekly * weeksIn(period);
  return {
    listings: parts.listings,
    publishedListings: parts.publishedListings,
    deals: parts.deals,
    dealsInside: parts.dealsInside,
    dealsOutside: parts.deals - parts.dealsInside,
    smesServed: parts.smesServed,
    largeEnterprises: parts.largeEnterprises,
    equipmentHoursOfferedPerWeek: round(parts.equipmentWeekly),
    bookedHours: round(parts.bookedHours),
    utilisation: offeredInPeriod > 0 ? round(parts.bookedHours / offeredInPeriod, 4) : null,
    licencesGranted: parts.licencesGranted,
    openLicencesGranted: parts.openLicencesGranted,
    agreementsInForce: parts.agreementsInForce,
    medianFirstResponseSeconds: parts.medianSeconds === null ? null : round(parts.medianSeconds, 1),
  };
}

/**
 * One park's totals from the per-park rows of `AnalyticsReadRepository.totals`: the same
 * figures as `parkFigures(…).totals`, without reading the park's breakdowns.
 */
export function parkTotals(parkId: string, period: Period, raw: RawTotals): ParkTotals {
  const one = (rows: Row[]): Row => rows.find((r) => r.park_id === parkId) ?? {};
  const listings = one(raw.listings);
  const deals = one(raw.deals);
  const granted = one(raw.granted);
  const parties = one(raw.parties);
  return totalsOf(period, {
    listings: num(listings.listings),
    publishedListings: num(listings.published),
    deals: num(deals.deals),
    dealsInside: num(deals.inside),
    smesServed: num(parties.smes),
    largeEnterprises: num(parties.large),
    equipmentWeekly: num(one(raw.offered).weekly_hours),
    bookedHours: num(one(raw.booked).booked_hours),
    licencesGranted: num(granted.granted),
    openLicencesGranted: num(granted.open),
    agreementsInForce: num(one(raw.inForce).count),
    medianSeconds: histogramMedian(
      raw.response.filter((r) => r.park_id === parkId).map((r) => ({ bucket: num(r.bucket), deals: num(r.deals) })),
    ),
  });
}

/** One park's figures from the rows the read repository answered for it. */
export function parkFigures(parkId: string, period: Period, raw: RawFigures): ParkFigures {
  const mine = (rows: Row[]) => rows.filter((r) => r.park_id === parkId);
  const listings = mine(raw.listings).map((r) => ({
    month: String(r.month),
    ...industry(r),
    kind: String(r.kind),
    status: String(r.status),
    count: num(r.count),
  }));
  const offered = mine(raw.offered);
  const equipmentOffered = offered
    .filter((r) => r.kind === 'equipment')
    .map((r) => ({ ...industry(r), listings: num(r.listings), weeklyHours: round(num(r.weekly_hours)) }));
  const hoursByIndustry = new Map(equipmentOffered.map((r) => [`${r.section}/${r.division}`, r.weeklyHours]));
  const weeks = mine(raw.weeks).map((r) => {
    const ind = industry(r);
    const offeredHours = hoursByIndustry.get(`${ind.section}/${ind.division}`) ?? 0;
    const bookedHours = round(num(r.booked_hours));
    return {
      week: String(r.week),
      ...ind,
      bookings: num(r.bookings),
      bookedHours,
      offeredHours,
      utilisation: offeredHours > 0 ? round(bookedHours / offeredHours, 4) : null,
    };
  });
  const deals = mine(raw.deals).map((r) => ({
    month: String(r.month),
    ...industry(r),
    kind: String(r.kind),
    state: String(r.state),
    inside: r.inside === true,
    count: num(r.count),
  }));
  const granted = mine(raw.granted).map((r) => ({
    month: String(r.month),
    ...industry(r),
    openLicence: r.open_licence === true,
    count: num(r.count),
  }));
  const inForce = mine(raw.inForce).map((r) => ({
    ...industry(r),
    openLicence: r.open_licence === true,
    count: num(r.count),
  }));
  const response = medians(mine(raw.response));
  const overall = response.find((r) => r.all_months === true && r.all_industries === true);
  const parties = mine(raw.parties);
  const partiesTotal = parties.find(
    (r) => r.all_months === true && r.all_industries === true && r.all_sizes === true && r.all_levels === true,
  );
  const onlyGrouped = (r: Row, by: 'month' | 'industry' | 'size' | 'level') =>
    (r.all_months === true) === (by !== 'month') &&
    (r.all_industries === true) === (by !== 'industry') &&
    (r.all_sizes === true) === (by !== 'size') &&
    (r.all_levels === true) === (by !== 'level');

  const equipmentWeekly = equipmentOffered.reduce((sum, r) => sum + r.weeklyHours, 0);
  const bookedHours = weeks.reduce((sum, r) => sum + r.bookedHours, 0);
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

  return {
    parkId,
    from: period.from,
    to: period.to,
    totals: totalsOf(period, {
      listings: sum(listings, (r) => r.count),
      publishedListings: sum(
        listings.filter((r) => r.status === 'published'),
        (r) => r.count,
      ),
      deals: sum(deals, (r) => r.count),
      dealsInside: sum(
        deals.filter((r) => r.inside),
        (r) => r.count,
      ),
      smesServed: num(partiesTotal?.smes),
      largeEnterprises: num(partiesTotal?.large),
      equipmentWeekly,
      bookedHours,
      licencesGranted: sum(granted, (r) => r.count),
      openLicencesGranted: sum(
        granted.filter((r) => r.openLicence),
        (r) => r.count,
      ),
      agreementsInForce: sum(inForce, (r) => r.count),
      medianSeconds: overall ? overall.median_seconds : null,
    }),
    listings,
    equipment: { offered: equipmentOffered, weeks },
    capacity: {
      offered: offered
        .filter((r) => r.kind === 'capacity')
        .map((r) => ({
          ...industry(r),
          unit: String(r.unit),
          per: String(r.per),
          listings: num(r.listings),
          quantity: num(r.quantity),
        })),
      reserved: mine(raw.reserved).map((r) => ({
        month: String(r.month),
        ...industry(r),
        unit: String(r.unit),
        per: String(r.per),
        quantity: num(r.quantity),
      })),
    },
    licences: { granted, inForce },
    deals,
    responseTime: {
      medianSeconds: overall ? round(num(overall.median_seconds), 1) : null,
      deals: num(overall?.deals),
      byMonth: response
        .filter((r) => r.all_months !== true)
        .map((r) => ({ month: String(r.month), medianSeconds: round(num(r.median_seconds), 1), deals: num(r.deals) })),
      byIndustry: response
        .filter((r) => r.all_industries !== true)
        .map((r) => ({ ...industry(r), medianSeconds: round(num(r.median_seconds), 1), deals: num(r.deals) })),
    },
    enterprises: {
      smesServed: num(partiesTotal?.smes),
      largeEnterprises: num(partiesTotal?.large),
      bySizeClass: parties
        .filter((r) => onlyGrouped(r, 'size'))
        .map((r) => ({ sizeClass: orNull(r.size_class), smes: num(r.smes), large: num(r.large) })),
      byLevel: parties
        .filter((r) => onlyGrouped(r, 'level') && num(r.smes) > 0)
        .map((r) => ({ level: orNull(r.level), smes: num(r.smes) })),
      byMonth: parties
        .filter((r) => onlyGrouped(r, 'month'))
        .map((r) => ({ month: String(r.month), smes: num(r.smes), large: num(r.large) })),
      byIndustry: parties
        .filter((r) => onlyGrouped(r, 'industry'))
        .map((r) => ({ ...industry(r), smes: num(r.smes), large: num(r.large) })),
    },
  };
}
