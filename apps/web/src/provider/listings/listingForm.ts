import dayjs, { type Dayjs } from 'dayjs';
import { fieldPath } from '../../components/formProblem';
import { yuanToFen } from '../../i18n/format';
import type { CapacityDetails, EquipmentDetails, IpDetails, ListingKind, PriceUnit } from './types';

// The form holds what a person types: money in yuan (fields named …Yuan where the API has
// …Fen), dates as Dayjs, the region as a province → city path. These functions turn it into
// the API's body and back, and name the form field for each of the API's `errors[].field`.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

interface Interval {
  start?: string;
  end?: string;
}

export interface DetailsValues {
  // capacity
  process?: string;
  materials?: string[];
  capacity?: { quantity?: number | null; unit?: string; per?: string };
  maxPartSizeMm?: (number | null | undefined)[];
  toleranceMm?: number | null;
  certifications?: string[];
  minOrder?: { quantity?: number | null; unit?: string };
  leadTimeDays?: number | null;
  periods?: { start?: Dayjs | null; end?: Dayjs | null; quantity?: number | null }[];
  // equipment
  manufacturer?: string;
  model?: string;
  serviceModes?: string[];
  hourlyRateYuan?: number | null;
  turnaroundDays?: number | null;
  requiresTraining?: boolean;
  booking?: {
    slotMinutes?: number | null;
    minMinutes?: number | null;
    maxMinutes?: number | null;
    leadTimeHours?: number | null;
    horizonDays?: number | null;
    bufferMinutes?: number | null;
    cancellationCutoffHours?: number | null;
    instantBook?: boolean;
    timeZone?: string;
    openingHours?: Partial<Record<Weekday, Interval[]>>;
    blackoutDates?: Dayjs[];
  };
  // ip
  patentNumber?: string;
  patentType?: string;
  legalStatus?: string;
  transactionTypes?: string[];
  openLicence?: {
    declared?: boolean;
    royalty?: {
      upfrontFeeYuan?: number | null;
      annualFeeYuan?: number | null;
      royaltyPercent?: number | null;
      perUnitYuan?: number | null;
    };
  };
  ipc?: string[];
  locarno?: string;
  filingDate?: Dayjs | null;
  licenceTerms?: {
    territory?: string;
    fieldOfUse?: string;
    termMonths?: number | null;
    upfrontFeeYuan?: number | null;
    royaltyPercent?: number | null;
    sublicensable?: boolean | null;
    improvements?: string;
  };
}

export interface ListingFormValues {
  title?: string;
  titleEn?: string;
  description?: string;
  descriptionEn?: string;
  tags?: string[];
  category?: string;
  industryDivision?: string;
  parkId?: string | null;
  region?: string[];
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
  priceYuan?: number | null;
  priceUnit?: PriceUnit | null;
  visibility?: 'public' | 'park_members';
  externalRef?: string;
  details: DetailsValues;
}

/** Yuan as typed (a number or text such as "1,234.5") to whole fen; null when empty. */
export function fenOf(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === '') return null;
  const exact = yuanToFen(yuan);
  if (exact !== undefined) return exact;
  // Anything else (more decimals) is rounded half up to the fen, not dropped; shifting the
  // decimal point in the text avoids the float's tail (1.005 * 100 is 100.49999…).
  const fen = Math.round(Number(`${String(yuan).replace(/[,\s¥]/g, '')}e2`));
  return Number.isFinite(fen) ? fen : null;
}

/** Fen from the API to yuan for the form. */
export function yuanOf(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

const text = (v: string | null | undefined): string | null =>
  v === undefined || v === null || v.trim() === '' ? null : v;
const num = (v: number | null | undefined): number | null => (v === undefined || v === null ? null : v);
const date = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * The six-digit GB/T 2260 code for a cascader path (`['32', '3205']` → `320500`), keeping the
 * listing's own code when it lies inside the chosen place (a district such as 320594).
 */
export function regionCodeOf(path: string[] | undefined, current?: string | null): string | undefined {
  const last = path?.[path.length - 1];
  if (!last) return undefined;
  if (current && current.startsWith(last)) return current;
  return last.padEnd(6, '0');
}

/** The cascader path of a six-digit code: its province, city and county prefixes (`320505` → 32, 3205, 320505). */
export function regionPathOf(code: string | null | undefined): string[] | undefined {
  if (!code || !/^\d{6}$/.test(code)) return undefined;
  const path = [code.slice(0, 2)];
  if (code.slice(2, 4) !== '00') path.push(code.slice(0, 4));
  if (code.slice(4) !== '00') path.push(code);
  return path;
}

function capacityDetails(d: DetailsValues) {
  const size = d.maxPartSizeMm ?? [];
  const anySize = size.some((n) => n !== undefined && n !== null);
  return {
    process: d.process,
    materials: d.materials ?? [],
    capacity: { quantity: d.capacity?.quantity ?? undefined, unit: d.capacity?.unit, per: d.capacity?.per },
    maxPartSizeMm: anySize ? [0, 1, 2].map((i) => num(size[i])) : null,
    toleranceMm: num(d.toleranceMm),
    certifications: d.certifications ?? [],
    minOrder:
      d.minOrder?.quantity === undefined || d.minOrder.quantity === null
        ? null
        : { quantity: d.minOrder.quantity, unit: d.minOrder.unit },
    leadTimeDays: d.leadTimeDays ?? undefined,
    periods: (d.periods ?? []).map((p) => ({
      start: date(p?.start),
      end: date(p?.end),
      ...(p?.quantity === undefined || p.quantity === null ? {} : { quantity: p.quantity }),
    })),
  };
}

function equipmentDetails(d: DetailsValues) {
  const b = d.booking ?? {};
  const openingHours = Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      (b.openingHours?.[day] ?? [])
        .filter((i) => i && (i.start || i.end))
        .map((i) => ({ start: i.start?.trim(), end: i.end?.trim() })),
    ]),
  );
  return {
    manufacturer: d.manufacturer,
    model: d.model,
    serviceModes: d.serviceModes ?? [],
    hourlyRateFen: fenOf(d.hourlyRateYuan),
    turnaroundDays: num(d.turnaroundDays),
    ...(d.requiresTraining === undefined ? {} : { requiresTraining: d.requiresTraining }),
    booking: {
      slotMinutes: b.slotMinutes ?? undefined,
      minMinutes: b.minMinutes ?? undefined,
      maxMinutes: num(b.maxMinutes),
      leadTimeHours: b.leadTimeHours ?? undefined,
      horizonDays: b.horizonDays ?? undefined,
      bufferMinutes: b.bufferMinutes ?? undefined,
      cancellationCutoffHours: b.cancellationCutoffHours ?? undefined,
      instantBook: Boolean(b.instantBook),
      timeZone: b.timeZone || undefined,
      openingHours,
      blackoutDates: (b.blackoutDates ?? []).map((x) => x.format('YYYY-MM-DD')),
    },
  };
}

function ipDetails(d: DetailsValues) {
  const r = d.openLicence?.royalty ?? {};
  const declared = Boolean(d.openLicence?.declared);
  const royalty = {
    upfrontFeeFen: fenOf(r.upfrontFeeYuan),
    annualFeeFen: fenOf(r.annualFeeYuan),
    royaltyPercent: num(r.royaltyPercent),
    perUnitFen: fenOf(r.perUnitYuan),
  };
  const l = d.licenceTerms ?? {};
  const terms = {
    territory: text(l.territory),
    fieldOfUse: text(l.fieldOfUse),
    termMonths: num(l.termMonths),
    upfrontFeeFen: fenOf(l.upfrontFeeYuan),
    royaltyPercent: num(l.royaltyPercent),
    sublicensable: l.sublicensable ?? null,
    improvements: text(l.improvements),
  };
  return {
    patentNumber: d.patentNumber?.trim(),
    ...(d.patentType ? { patentType: d.patentType } : {}),
    legalStatus: d.legalStatus,
    transactionTypes: d.transactionTypes ?? [],
    openLicence: {
      declared,
      royalty: declared && Object.values(royalty).some((v) => v !== null) ? royalty : null,
    },
    ipc: d.ipc ?? [],
    locarno: text(d.locarno),
    filingDate: date(d.filingDate) ?? null,
    licenceTerms: Object.values(terms).some((v) => v !== null) ? terms : null,
  };
}

/**
 * The body of POST /listings (with `kind`) or PATCH /listings/:id: every field the API
 * takes, money in fen. `currentRegion` is the listing's code, kept when the cascader still
 * points at a place containing it.
 */
export function toListingBody(kind: ListingKind, v: ListingFormValues, currentRegion?: string | null) {
  const details =
    kind === 'capacity'
      ? capacityDetails(v.details ?? {})
      : kind === 'equipment'
        ? equipmentDetails(v.details ?? {})
        : ipDetails(v.details ?? {});
  const regionCode = regionCodeOf(v.region, currentRegion);
  return {
    title: v.title?.trim(),
    titleEn: text(v.titleEn),
    description: v.description,
    descriptionEn: text(v.descriptionEn),
    tags: v.tags ?? [],
    category: v.category,
    industryDivision: text(v.industryDivision),
    parkId: v.parkId || null,
    ...(regionCode ? { regionCode } : {}),
    address: text(v.address),
    latitude: num(v.latitude),
    longitude: num(v.longitude),
    priceFen: fenOf(v.priceYuan),
    priceUnit: v.priceUnit ?? null,
    visibility: v.visibility ?? 'public',
    details,
  };
}

/** What the API holds for a listing's content (a listing, or a pending revision's `content`). */
export interface ListingContentLike {
  title?: string;
  titleEn?: string | null;
  description?: string;
  descriptionEn?: string | null;
  tags?: string[];
  category?: string;
  categorySlug?: string;
  industryDivision?: string | null;
  parkId?: string | null;
  regionCode?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  priceFen?: number | null;
  priceUnit?: PriceUnit | null;
  visibility?: 'public' | 'park_members';
  details?: unknown;
}

/** A listing (or its pending revision) as form values: fen to yuan, dates to Dayjs. */
export function toFormValues(kind: ListingKind, c: ListingContentLike): ListingFormValues {
  const base: ListingFormValues = {
    title: c.title,
    titleEn: c.titleEn ?? undefined,
    description: c.description,
    descriptionEn: c.descriptionEn ?? undefined,
    tags: c.tags ?? [],
    // A listing says its category's name and slug; a revision's content holds the slug.
    category: c.categorySlug ?? c.category,
    industryDivision: c.industryDivision ?? undefined,
    parkId: c.parkId ?? undefined,
    region: regionPathOf(c.regionCode),
    address: c.address ?? undefined,
    latitude: c.latitude ?? null,
    longitude: c.longitude ?? null,
    priceYuan: yuanOf(c.priceFen),
    priceUnit: c.priceUnit ?? undefined,
    visibility: c.visibility ?? 'public',
    details: {},
  };
  if (kind === 'capacity') {
    const d = (c.details ?? {}) as Partial<CapacityDetails>;
    base.details = {
      process: d.process,
      materials: d.materials ?? [],
      capacity: { ...d.capacity },
      maxPartSizeMm: d.maxPartSizeMm ?? [],
      toleranceMm: d.toleranceMm ?? null,
      certifications: d.certifications ?? [],
      minOrder: d.minOrder ? { ...d.minOrder } : { unit: 'piece' },
      leadTimeDays: d.leadTimeDays ?? null,
      periods: (d.periods ?? []).map((p) => ({ start: dayjs(p.start), end: dayjs(p.end), quantity: p.quantity })),
    };
  } else if (kind === 'equipment') {
    const d = (c.details ?? {}) as Partial<EquipmentDetails>;
    const b: Partial<EquipmentDetails['booking']> = d.booking ?? {};
    base.details = {
      manufacturer: d.manufacturer,
      model: d.model,
      serviceModes: d.serviceModes ?? [],
      hourlyRateYuan: yuanOf(d.hourlyRateFen),
      turnaroundDays: d.turnaroundDays ?? null,
      requiresTraining: d.requiresTraining,
      booking: {
        ...b,
        openingHours: Object.fromEntries(WEEKDAYS.map((day) => [day, b.openingHours?.[day] ?? []])),
        blackoutDates: (b.blackoutDates ?? []).map((x) => dayjs(x)),
      },
    };
  } else {
    const d = (c.details ?? {}) as Partial<IpDetails>;
    const r = d.openLicence?.royalty;
    const l = d.licenceTerms;
    base.details = {
      patentNumber: d.patentNumber,
      patentType: d.patentType,
      legalStatus: d.legalStatus,
      transactionTypes: d.transactionTypes ?? [],
      openLicence: {
        declared: d.openLicence?.declared ?? false,
        royalty: {
          upfrontFeeYuan: yuanOf(r?.upfrontFeeFen),
          annualFeeYuan: yuanOf(r?.annualFeeFen),
          royaltyPercent: r?.royaltyPercent ?? null,
          perUnitYuan: yuanOf(r?.perUnitFen),
        },
      },
      ipc: d.ipc ?? [],
      locarno: d.locarno ?? undefined,
      filingDate: d.filingDate ? dayjs(d.filingDate) : null,
      licenceTerms: {
        territory: l?.territory ?? undefined,
        fieldOfUse: l?.fieldOfUse ?? undefined,
        termMonths: l?.termMonths ?? null,
        upfrontFeeYuan: yuanOf(l?.upfrontFeeFen),
        royaltyPercent: l?.royaltyPercent ?? null,
        sublicensable: l?.sublicensable ?? null,
        improvements: l?.improvements ?? undefined,
      },
    };
  }
  return base;
}

/** Where the form keeps a field the API names otherwise (before looking for the nearest registered one). */
const RENAMED: Record<string, string> = {
  regionCode: 'region',
  'details.maxPartSizeMm': 'details.maxPartSizeMm.0',
  'details.openLicence': 'details.openLicence.declared',
  'details.openLicence.royalty': 'details.openLicence.royalty.upfrontFeeYuan',
};

/**
 * The form field for one of the API's `errors[].field`: money named …Fen is typed as …Yuan,
 * a few fields are spelt otherwise (RENAMED), and a violation of a whole item (an opening
 * interval, a blackout date) lands on the nearest field the form has registered.
 */
export function formFieldFor(serverField: string, registered: ReadonlySet<string>): string | undefined {
  let path = fieldPath(serverField).join('.');
  path = RENAMED[path] ?? path;
  path = path.replace(/Fen(?=$|\.)/g, 'Yuan');
  // An opening interval as a whole ("must end after it starts") is shown at its end.
  path = path.replace(/(openingHours\.\w+\.\d+)$/, '$1.end');
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (registered.has(candidate)) return candidate;
  }
  return undefined;
}

/** `showProblem`'s aliases for these violations, given the names the form has registered. */
export function fieldAliases(fields: string[], registered: (string | number)[][]): Record<string, string> {
  const names = new Set(registered.map((name) => name.join('.')));
  const aliases: Record<string, string> = {};
  for (const field of fields) {
    const target = formFieldFor(field, names);
    if (target) aliases[field] = target;
  }
  return aliases;
}
