import { assertNever, isCalendarDate, plusDays, plusYears } from '@rongtong/kernel';
import { ListingValidationError, PatentNumberInvalidError } from './listings.errors';

export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

/** The 5th digit of a post-2003 application number. 8 and 9 are PCT national-phase entries. */
export type PatentTypeDigit = 1 | 2 | 3 | 8 | 9;

const TYPE_BY_DIGIT: Record<PatentTypeDigit, PatentType> = {
  1: 'invention',
  2: 'utility_model',
  3: 'design',
  8: 'invention',
  9: 'utility_model',
};

const CHECK_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
/** The 12-digit scheme started on 1 October 2003. */
const FIRST_YEAR = 2003;

const CURRENT_SHAPE = /^(?:ZL|CN)?(\d{12})\.?([\dX])$/;
/** Before October 2003: YY T NNNNN . C. Recognised only to say why it is refused. */
const LEGACY_SHAPE = /^(?:ZL|CN)?\d{8}\.?[\dX]$/;

/** A Chinese patent application number (专利申请号) in the scheme used since October 2003. */
export class PatentNumber {
  private constructor(
    /** Canonical form: 12 digits, a dot and the check character, e.g. `202310123456.6`. */
    readonly value: string,
  ) {}

  /**
   * Accepts what people paste: a `ZL` (granted) or `CN` prefix, spaces anywhere, with or
   * without the dot, lower-case `x`, full-width characters (NFKC folds them).
   */
  static parse(input: string): PatentNumber {
    const compact = input.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
    const match = CURRENT_SHAPE.exec(compact);
    if (!match) {
      throw new PatentNumberInvalidError(
        'format',
        LEGACY_SHAPE.test(compact) ? 'numbers from before October 2003 are not supported' : undefined,
      );
    }
    const [, digits, check] = match;
    const year = Number(digits.slice(0, 4));
    if (year < FIRST_YEAR) {
      throw new PatentNumberInvalidError('format', `application year ${year} is before 2003`);
    }
    if (!isTypeDigit(Number(digits[4]))) {
      throw new PatentNumberInvalidError('type_digit', `found ${digits[4]}`);
    }
    if (check !== checkCharacter(digits)) {
      throw new PatentNumberInvalidError('check_digit');
    }
    return new PatentNumber(`${digits}.${check}`);
  }

  static isValid(input: string): boolean {
    try {
      PatentNumber.parse(input);
      return true;
    } catch (error) {
      if (error instanceof PatentNumberInvalidError) return false;
      throw error;
    }
  }

  /**
   * The year the application reached CNIPA. For PCT entries (types 8 and 9) this is the
   * year of national-phase entry, which can be up to ~3 years after the filing date.
   */
  get applicationYear(): number {
    return Number(this.value.slice(0, 4));
  }

  get typeDigit(): PatentTypeDigit {
    return Number(this.value[4]) as PatentTypeDigit;
  }

  get patentType(): PatentType {
    return TYPE_BY_DIGIT[this.typeDigit];
  }

  /** A PCT international application entering the Chinese national phase. */
  get isPct(): boolean {
    return this.typeDigit === 8 || this.typeDigit === 9;
  }

  /** The 7-digit serial within the year and type. */
  get serial(): string {
    return this.value.slice(5, 12);
  }

  equals(other: PatentNumber): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}

function isTypeDigit(digit: number): digit is PatentTypeDigit {
  return Object.hasOwn(TYPE_BY_DIGIT, digit);
}

function checkCharacter(digits: string): string {
  let sum = 0;
  for (let i = 0; i < CHECK_WEIGHTS.length; i++) sum += Number(digits[i]) * CHECK_WEIGHTS[i];
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

// ---------------------------------------------------------------------------------------
// Term (Patent Law art. 42), counted from the filing date (for PCT entries, the
// international filing date). Term extensions for examination delay and for new drugs
// (art. 42 ¶2–3, since 2021-06-01) are granted case by case and are not modelled.

/** Designs filed on or after this date (the 2020 amendment's entry into force) get 15 years. */
export const DESIGN_FIFTEEN_YEAR_TERM_FROM = '2021-06-01';

export interface DayPrecisionExpiry {
  precision: 'day';
  termYears: number;
  /**
   * The anniversary of the filing date `termYears` on: the day the right ends (期满终止日).
   * The Examination Guidelines' example: filed 1999-09-06, in force to 2009-09-05,
   * terminated on 2009-09-06. A 29 February filing ends on 1 March.
   */
  date: string;
  /** The day before `date`: the last day the patent is in force. */
  lastDayInForce: string;
}

export interface YearPrecisionExpiry {
  precision: 'year';
  termYears: number;
  /** Application year + term: the year the right ends, when no filing date is known. */
  year: number;
  /**
   * Set only when the term itself is unknown (a 2021 design without a filing date may
   * have 10 or 15 years): the latest year the right could end. `year` is then the earliest.
   */
  latestYear?: number;
}

export type PatentExpiry = DayPrecisionExpiry | YearPrecisionExpiry;

/**
 * When a patent's term ends. With a filing date (`YYYY-MM-DD`) the answer is a day;
 * without one only the year is known, from the application number's year. That year is
 * the filing year only for direct filings: a PCT entry's number carries its national-phase
 * year, so listing validation insists on a filing date for those.
 */
export function patentExpiry(
  type: PatentType,
  filingDate: string | null | undefined,
  applicationYear: number,
): PatentExpiry {
  if (filingDate != null) {
    if (!isCalendarDate(filingDate)) {
      throw new ListingValidationError([
        { field: 'details.filingDate', message: 'must be a calendar date as YYYY-MM-DD' },
      ]);
    }
    const termYears = termFor(type, filingDate >= DESIGN_FIFTEEN_YEAR_TERM_FROM);
    const end = plusYears(filingDate, termYears);
    return {
      precision: 'day',
      termYears,
      date: end,
      lastDayInForce: plusDays(end, -1),
    };
  }

  if (type === 'design' && applicationYear === 2021) {
    // Filed January–May: 10 years; June–December: 15. We answer the earlier year and
    // carry the later one: in a marketplace that sells licences, overstating the
    // remaining term (selling protection that may have lapsed) is the harmful mistake,
    // while an understated term is fixed by the owner entering the filing date.
    return {
      precision: 'year',
      termYears: 10,
      year: applicationYear + 10,
      latestYear: applicationYear + 15,
    };
  }
  // Application year ≥ 2022 means filed after 2021-06-01; ≤ 2020 means before.
  const termYears = termFor(type, applicationYear >= 2022);
  return { precision: 'year', termYears, year: applicationYear + termYears };
}

function termFor(type: PatentType, designUnderNewLaw: boolean): number {
  switch (type) {
    case 'invention':
      return 20;
    case 'utility_model':
      return 10;
    case 'design':
      return designUnderNewLaw ? 15 : 10;
    default:
      return assertNever(type, 'patent type');
  }
}
