import { IndustryUnknownError, SizeInputInvalidError } from './identity.errors';
import { findSection, type IndustrySection } from './industry-codes';

export const SECTORS = ['industry', 'software_it', 'wholesale', 'retail', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export type SizeClass = 'large' | 'medium' | 'small' | 'micro';

export interface SizeInput {
  sector: Sector;
  employees: number;
  /** 营业收入 of the last year, in integer fen. */
  annualRevenueFen: number;
}

interface Limits {
  employees: number;
  /** Undefined where the sector is classed by employees alone. */
  revenueYuan?: number;
}

interface SectorThresholds {
  /** The SME bound: an enterprise under it on either measure is an SME. */
  sme: Limits;
  medium: Limits;
  small: Limits;
}

const MILLION = 1_000_000;
const FEN_PER_YUAN = 100;

/** 中小企业划型标准规定 (工信部联企业〔2011〕300号), article 4. */
const THRESHOLDS: Record<Sector, SectorThresholds> = {
  industry: {
    sme: { employees: 1000, revenueYuan: 400 * MILLION },
    medium: { employees: 300, revenueYuan: 20 * MILLION },
    small: { employees: 20, revenueYuan: 3 * MILLION },
  },
  software_it: {
    sme: { employees: 300, revenueYuan: 100 * MILLION },
    medium: { employees: 100, revenueYuan: 10 * MILLION },
    small: { employees: 10, revenueYuan: 0.5 * MILLION },
  },
  wholesale: {
    sme: { employees: 200, revenueYuan: 400 * MILLION },
    medium: { employees: 20, revenueYuan: 50 * MILLION },
    small: { employees: 5, revenueYuan: 10 * MILLION },
  },
  retail: {
    sme: { employees: 300, revenueYuan: 200 * MILLION },
    medium: { employees: 50, revenueYuan: 5 * MILLION },
    small: { employees: 10, revenueYuan: 1 * MILLION },
  },
  other: {
    sme: { employees: 300 },
    medium: { employees: 100 },
    small: { employees: 10 },
  },
};

/**
 * The standard's "X以下" is strictly below and "X及以上" is at or above, so each class
 * is reached by meeting every one of its lower limits; a single measure under a limit
 * drops the enterprise a class, down to micro.
 */
export function sizeClass(input: SizeInput): SizeClass {
  const { sector, employees, annualRevenueFen } = validate(input);
  const thresholds = THRESHOLDS[sector];
  const meetsAll = (limits: Limits): boolean =>
    employees >= limits.employees &&
    (limits.revenueYuan === undefined || annualRevenueFen >= limits.revenueYuan * FEN_PER_YUAN);

  if (meetsAll(thresholds.sme)) return 'large';
  if (meetsAll(thresholds.medium)) return 'medium';
  if (meetsAll(thresholds.small)) return 'small';
  return 'micro';
}

function validate(input: SizeInput): SizeInput {
  if (!(SECTORS as readonly string[]).includes(input.sector)) {
    throw new SizeInputInvalidError('sector', `must be one of ${SECTORS.join(', ')}`);
  }
  if (!Number.isSafeInteger(input.employees) || input.employees < 0) {
    throw new SizeInputInvalidError('employees', 'must be a non-negative integer');
  }
  if (!Number.isSafeInteger(input.annualRevenueFen) || input.annualRevenueFen < 0) {
    throw new SizeInputInvalidError('annualRevenueFen', 'must be a non-negative integer (fen)');
  }
  return input;
}

/**
 * Maps a GB/T 4754-2017 section (and, for F and I, division) to the sector whose
 * thresholds apply. `division` may be given as `64` or `I64`.
 *
 * Deliberate simplifications, because only five sectors are modelled:
 * - The standard's 信息传输业 row covers I63 (telecom, broadcasting, satellite) and I64
 *   (internet and related services), with its own limits (2000 staff / ¥1,000m); both
 *   fall back to 'other'. Only I65 is 软件和信息技术服务业.
 * - Agriculture, construction, transport, warehousing, postal, accommodation, catering,
 *   real estate and leasing & business services have their own rows in the standard too;
 *   they fall back to 'other' here.
 * - F or I without a division cannot be told apart and falls back to 'other'.
 */
export function sectorForIndustry(section: string, division?: string): Sector {
  const found = findSection(section);
  if (!found) throw new IndustryUnknownError(section);
  const divisionNumber = division === undefined ? undefined : parseDivision(found, division);

  switch (found.code) {
    case 'B':
    case 'C':
    case 'D':
      return 'industry';
    case 'F':
      if (divisionNumber === 51) return 'wholesale';
      if (divisionNumber === 52) return 'retail';
      return 'other';
    case 'I':
      return divisionNumber === 65 ? 'software_it' : 'other';
    default:
      return 'other';
  }
}

/** A division need not be seeded, but it must exist in its section. */
function parseDivision(section: IndustrySection, division: string): number {
  const match = /^([A-Z]?)(\d{2})$/.exec(division.trim().toUpperCase());
  const number = Number(match?.[2]);
  const inSection =
    match !== null &&
    (match[1] === '' || match[1] === section.code) &&
    number >= section.divisions.from &&
    number <= section.divisions.to;
  if (!inSection) throw new IndustryUnknownError(`${section.code}/${division.trim()}`);
  return number;
}
