import {
  ALL_FIELDS,
  LICENCE_TYPES,
  type LicenceType,
  MAX_TERM_MONTHS_WITHOUT_EXPIRY,
  normaliseFieldOfUse,
  normaliseTerritory,
  type TimeSlotMode,
} from '@rongtong/deals';
import { type Checked, FieldReader, INVALID, isCalendarDate, plusYears } from '@rongtong/kernel';
import {
  CAPACITY_PERIODS,
  CAPACITY_UNITS,
  type CapacityPeriod,
  type CapacityUnit,
  canonicalCertification,
  findCategory,
  LISTING_KINDS,
  type ListingKind,
  SERVICE_MODES,
} from '@rongtong/listings';
import { DemandValidationError } from './matching.errors';

export const DEMAND_KINDS = LISTING_KINDS;
export type DemandKind = ListingKind;

/** How far from the SME a provider may be: the same park, city (4-digit region), province (2-digit), anywhere. */
export const LOCATION_PREFERENCES = ['same_park', 'same_city', 'same_province', 'anywhere'] as const;
export type LocationPreference = (typeof LOCATION_PREFERENCES)[number];

/** `providers`: matched providers see the demand and may say they are interested; `matcher_only`: nobody but the SME. */
export const DEMAND_VISIBILITIES = ['providers', 'matcher_only'] as const;
export type DemandVisibility = (typeof DEMAND_VISIBILITIES)[number];

/** A quantity of capacity in each week or month of a window (inclusive dates, Asia/Shanghai). */
export interface CapacityDemandDetails {
  quantity: number;
  unit: CapacityUnit;
  per: CapacityPeriod;
  from: string;
  to: string;
  process: string | null;
  materials: string[];
}

/** Equipment time (hours in a time-slot mode) or sample testing, inside a window. */
export type EquipmentDemandDetails =
  | { serviceMode: TimeSlotMode; hours: number; from: string; to: string }
  | { serviceMode: 'sample_testing'; samples: number; testItems: string[]; from: string; to: string };

/** A licence (or an assignment) of a patent in a technology field. */
export interface IpDemandDetails {
  technologyField: string;
  licenceType: LicenceType;
  /** `worldwide`, `CN` or a region prefix, normalised as licence requests are. */
  territory: string;
  /** `all` when not narrowed. */
  fieldOfUse: string;
  termMonths: number | null;
}

export interface DemandDetailsByKind {
  capacity: CapacityDemandDetails;
  equipment: EquipmentDemandDetails;
  ip: IpDemandDetails;
}

export interface DemandContentOf<K extends DemandKind> {
  kind: K;
  title: string;
  description: string;
  /** The taxonomy slug of the kind's category; null when not stated. */
  category: string | null;
  /** GB/T 2260, six digits; the organization's when not stated. */
  regionCode: string | null;
  locationPreference: LocationPreference;
  /** Canonical spellings (`IATF 16949`), distinct. */
  certifications: string[];
  budgetFen: number | null;
  /** `YYYY-MM-DD`: the last day the SME waits for offers. */
  deadline: string | null;
  visibility: DemandVisibility;
  details: DemandDetailsByKind[K];
}

/** What an SME needs, normalised: one of the three kinds. */
export type DemandContent = { [K in DemandKind]: DemandContentOf<K> }[DemandKind];

/** A demand body as sent (types unchecked). */
export interface DemandInput {
  kind?: unknown;
  title?: unknown;
  description?: unknown;
  category?: unknown;
  regionCode?: unknown;
  locationPreference?: unknown;
  certifications?: unknown;
  budgetFen?: unknown;
  deadline?: unknown;
  visibility?: unknown;
  details?: unknown;
}

export interface ReadDemandOptions {
  /** China's date, `YYYY-MM-DD`. */
  today: string;
  /** The organization's region, for a demand that states none. */
  defaultRegionCode?: string | null;
  /**
   * The demand being edited: a window start or deadline it already had may stay although
   * it now lies in the past, so editing the title of a running demand is not refused.
   */
  current?: DemandContent;
}

const DETAIL_FIELDS: Record<DemandKind, readonly string[]> = {
  capacity: ['quantity', 'unit', 'per', 'from', 'to', 'process', 'materials'],
  equipment: ['serviceMode', 'hours', 'samples', 'testItems', 'from', 'to'],
  ip: ['technologyField', 'licenceType', 'territory', 'fieldOfUse', 'termMonths'],
};

const MAX_CERTIFICATIONS = 20;
const MAX_QUANTITY = 1_000_000_000;
const MAX_HOURS = 1000;
const MAX_SAMPLES = 1000;
const COUNTED_UNITS: readonly string[] = ['piece'];

/**
 * Reads a demand body into its normalised content, every violation at once with its field
 * (422 `DEMAND_INVALID`). Rules: details of the demand's kind only (another kind's fields
 * are named as such); a window `from` ≤ `to`, under a year long, starting no earlier than
 * today and within a year; a deadline not in the past; a budget in whole fen ≥ 0;
 * certifications in their canonical spelling; a category of the kind's taxonomy.
 */
export function readDemand(input: DemandInput, options: ReadDemandOptions): DemandContent {
  const r = new DemandReader(options);
  const kind = r.oneOf(input.kind, 'kind', DEMAND_KINDS);
  const content = r.all({
    kind,
    title: r.text(input.title, 'title', 200),
    description: r.text(input.description, 'description', 10_000),
    category: kind === INVALID ? INVALID : r.category(kind, input.category),
    regionCode: r.regionCode(input.regionCode ?? options.defaultRegionCode ?? null),
    locationPreference: r.oneOf(input.locationPreference ?? 'anywhere', 'locationPreference', LOCATION_PREFERENCES),
    certifications: r.certifications(input.certifications),
    budgetFen: r.orNull(input.budgetFen, (v) => r.fen(v, 'budgetFen')),
    deadline: r.deadline(input.deadline),
    visibility: r.oneOf(input.visibility ?? 'providers', 'visibility', DEMAND_VISIBILITIES),
    details: kind === INVALID ? INVALID : r.details(kind, input.details),
  });
  return r.finish(content) as DemandContent;
}

/**
 * An edit: the fields sent replace the current ones (`details`, when sent, whole), null
 * clears an optional field, and the result is read again as a new demand would be. The
 * kind cannot change.
 */
export function readDemandPatch(current: DemandContent, patch: DemandInput, options: ReadDemandOptions): DemandContent {
  if (patch.kind !== undefined && patch.kind !== current.kind) {
    throw new DemandValidationError([{ field: 'kind', message: 'cannot change: post a new demand of the other kind' }]);
  }
  const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return readDemand({ ...current, ...sent }, { ...options, current });
}

/** The fields of another kind's details: what a body mixing kinds is told. */
function otherKindsOf(field: string, kind: DemandKind): DemandKind[] {
  return DEMAND_KINDS.filter((k) => k !== kind && DETAIL_FIELDS[k].includes(field));
}

/** The demand's own fields, on the kernel's field reader. */
class DemandReader extends FieldReader {
  constructor(private readonly options: ReadDemandOptions) {
    super((violations) => new DemandValidationError(violations));
  }

  /** A required, non-blank text, trimmed (a demand calls a string a text). */
  override text(value: unknown, field: string, max: number): Checked<string> {
    if (value !== undefined && value !== null && typeof value !== 'string') return this.fail(field, 'must be a text');
    return super.text(value, field, max);
  }

  /** A list of non-blank texts, trimmed, distinct, judged as a whole (one violation for the list). */
  textList(value: unknown, field: string, { max = 50, itemMax = 100, minItems = 0 } = {}): Checked<string[]> {
    if (!Array.isArray(value)) return this.fail(field, 'must be a list of texts');
    const items = value.map((v) => (typeof v === 'string' ? v.trim() : ''));
    if (items.some((i) => !i)) return this.fail(field, 'each item must be a non-blank text');
    if (items.some((i) => i.length > itemMax))
      return this.fail(field, `each item must be at most ${itemMax} characters`);
    const distinct = [...new Set(items)];
    if (distinct.length < minItems) return this.fail(field, `must list at least ${minItems}`);
    if (distinct.length > max) return this.fail(field, `must list at most ${max}`);
    return distinct;
  }

  date(value: unknown, field: string): Checked<string> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    return isCalendarDate(value) ? value : this.fail(field, 'must be a date YYYY-MM-DD (Asia/Shanghai)');
  }

  category(kind: DemandKind, value: unknown): Checked<string | null> {
    const name = this.orNull(value, (v) => this.text(v, 'category', 100));
    if (name === null || name === INVALID) return name;
    const found = findCategory(kind, name);
    return found ? found.slug : this.fail('category', `is not a ${kind} category`, 'CATEGORY_UNKNOWN');
  }

  regionCode(value: unknown): Checked<string | null> {
    if (value === null) return null;
    if (typeof value === 'string' && /^\d{6}$/.test(value)) return value;
    return this.fail('regionCode', 'must be a six-digit GB/T 2260 code');
  }

  certifications(value: unknown): Checked<string[]> {
    if (value === undefined || value === null) return [];
    const names = this.textList(value, 'certifications', { max: MAX_CERTIFICATIONS });
    return names === INVALID ? INVALID : [...new Set(names.map(canonicalCertification))];
  }

  deadline(value: unknown): Checked<string | null> {
    if (value === undefined || value === null) return null;
    const date = this.date(value, 'deadline');
    if (date === INVALID) return INVALID;
    if (date < this.options.today && date !== this.options.current?.deadline) {
      return this.fail('deadline', 'must not be in the past');
    }
    return date;
  }

  details<K extends DemandKind>(kind: K, value: unknown): Checked<DemandDetailsByKind[K]> {
    if (value === undefined || value === null) return this.fail('details', 'is required');
    if (typeof value !== 'object' || Array.isArray(value)) return this.fail('details', 'must be an object');
    const d = value as Record<string, unknown>;
    for (const key of Object.keys(d)) {
      if (DETAIL_FIELDS[kind].includes(key)) continue;
      const others = otherKindsOf(key, kind);
      this.fail(
        `details.${key}`,
        others.length ? `is a field of ${others.join(' and ')} demands, not of ${kind} ones` : 'is not a known field',
      );
    }
    const read = { capacity: () => this.capacity(d), equipment: () => this.equipment(d), ip: () => this.ip(d) };
    return read[kind]() as Checked<DemandDetailsByKind[K]>;
  }

  private capacity(d: Record<string, unknown>): Checked<CapacityDemandDetails> {
    const unit = this.oneOf(d.unit, 'details.unit', CAPACITY_UNITS);
    const quantity = this.number(d.quantity, 'details.quantity', {
      above: 0,
      max: MAX_QUANTITY,
      integer: unit !== INVALID && COUNTED_UNITS.includes(unit),
    });
    if (quantity !== INVALID && !/^\d+(\.\d{1,3})?$/.test(String(quantity))) {
      this.fail('details.quantity', 'must have at most 3 decimals');
    }
    const per = this.oneOf(d.per, 'details.per', CAPACITY_PERIODS);
    const window = this.window(d);
    const process = this.orNull(d.process, (v) => this.text(v, 'details.process', 100));
    const materials =
      d.materials === undefined || d.materials === null ? [] : this.textList(d.materials, 'details.materials');
    if (
      quantity === INVALID ||
      unit === INVALID ||
      per === INVALID ||
      window === INVALID ||
      process === INVALID ||
      materials === INVALID
    ) {
      return INVALID;
    }
    return { quantity, unit, per, ...window, process, materials };
  }

  private equipment(d: Record<string, unknown>): Checked<EquipmentDemandDetails> {
    const serviceMode = this.oneOf(d.serviceMode, 'details.serviceMode', SERVICE_MODES);
    const window = this.window(d);
    if (serviceMode === 'sample_testing') {
      if (d.hours !== undefined)
        this.fail('details.hours', 'is only used for time slots (self_operated, technician_operated)');
      const samples = this.number(d.samples, 'details.samples', { min: 1, max: MAX_SAMPLES, integer: true });
      const testItems =
        d.testItems === undefined || d.testItems === null
          ? this.fail('details.testItems', 'is required for sample testing')
          : this.textList(d.testItems, 'details.testItems', { minItems: 1, itemMax: 200 });
      if (samples === INVALID || testItems === INVALID || window === INVALID) return INVALID;
      return { serviceMode, samples, testItems, ...window };
    }
    for (const field of ['samples', 'testItems']) {
      if (d[field] !== undefined) this.fail(`details.${field}`, 'is only used for sample testing');
    }
    if (serviceMode === INVALID) return INVALID;
    const hours = this.number(d.hours, 'details.hours', { above: 0, max: MAX_HOURS });
    if (hours === INVALID || window === INVALID) return INVALID;
    return { serviceMode, hours, ...window };
  }

  private ip(d: Record<string, unknown>): Checked<IpDemandDetails> {
    const technologyField = this.text(d.technologyField, 'details.technologyField', 200);
    const licenceType = this.oneOf(d.licenceType, 'details.licenceType', LICENCE_TYPES);
    const territory =
      typeof d.territory === 'string'
        ? (normaliseTerritory(d.territory) ?? this.territoryFail())
        : d.territory === undefined || d.territory === null
          ? this.fail('details.territory', 'is required')
          : this.territoryFail();
    const fieldOfUse = this.fieldOfUse(d.fieldOfUse);
    const termMonths = this.orNull(d.termMonths, (v) =>
      this.number(v, 'details.termMonths', { min: 1, max: MAX_TERM_MONTHS_WITHOUT_EXPIRY, integer: true }),
    );
    if (licenceType === 'assignment') {
      if (territory !== INVALID && territory !== 'CN' && territory !== 'worldwide') {
        this.fail('details.territory', 'an assignment transfers the whole patent: use CN');
      }
      if (fieldOfUse !== INVALID && fieldOfUse !== ALL_FIELDS) {
        this.fail('details.fieldOfUse', 'an assignment transfers the whole patent: use all');
      }
    }
    if (
      technologyField === INVALID ||
      licenceType === INVALID ||
      territory === INVALID ||
      fieldOfUse === INVALID ||
      termMonths === INVALID
    ) {
      return INVALID;
    }
    return { technologyField, licenceType, territory, fieldOfUse, termMonths };
  }

  private fieldOfUse(value: unknown): Checked<string> {
    if (value === undefined || value === null) return ALL_FIELDS;
    const field = typeof value === 'string' ? normaliseFieldOfUse(value) : '';
    if (field.length < 1 || field.length > 200) {
      return this.fail('details.fieldOfUse', 'must be a text of 1–200 characters, or all');
    }
    return field;
  }

  private territoryFail(): Checked<never> {
    return this.fail(
      'details.territory',
      'must be worldwide, CN, or a mainland region code prefix such as 32 (Jiangsu) or 3205 (Suzhou)',
    );
  }

  /** `from` ≤ `to`, under a year long; a new start no earlier than today and within a year of it. */
  private window(d: Record<string, unknown>): Checked<{ from: string; to: string }> {
    const from = this.date(d.from, 'details.from');
    const to = this.date(d.to, 'details.to');
    if (from === INVALID || to === INVALID) return INVALID;
    const { today, current } = this.options;
    const kept = current && 'from' in current.details ? current.details.from : undefined;
    const before = this.violations.length;
    if (to < from) this.fail('details.to', 'must not be before from');
    else if (to >= plusYears(from, 1)) this.fail('details.to', 'the window may be at most a year long');
    if (from < today && from !== kept) this.fail('details.from', 'must not be in the past');
    else if (from > plusYears(today, 1)) this.fail('details.from', 'must be within a year from today');
    return this.violations.length === before ? { from, to } : INVALID;
  }
}
