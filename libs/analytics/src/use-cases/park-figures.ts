import type { RawFigures } from '../persistence/analytics-read.repository';
import type { Period } from '../domain/period';

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
  const response = mine(raw.response);
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
  const offeredInPeriod = equipmentWeekly * weeksIn(period);
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

  return {
    parkId,
    from: period.from,
    to: period.to,
    totals: {
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
      dealsOutside: sum(
        deals.filter((r) => !r.inside),
        (r) => r.count,
      ),
      smesServed: num(partiesTotal?.smes),
      largeEnterprises: num(partiesTotal?.large),
      equipmentHoursOfferedPerWeek: round(equipmentWeekly),
      bookedHours: round(bookedHours),
      utilisation: offeredInPeriod > 0 ? round(bookedHours / offeredInPeriod, 4) : null,
      licencesGranted: sum(granted, (r) => r.count),
      openLicencesGranted: sum(
        granted.filter((r) => r.openLicence),
        (r) => r.count,
      ),
      agreementsInForce: sum(inForce, (r) => r.count),
      medianFirstResponseSeconds: overall ? round(num(overall.median_seconds), 1) : null,
    },
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
