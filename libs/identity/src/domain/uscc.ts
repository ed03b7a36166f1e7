import { UsccInvalidError } from './identity.errors';

/** GB 32100-2015's 31 characters: the digits and the capitals without I, O, S, V, Z. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const LENGTH = 18;
const SHAPE = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

/** 3^i mod 31 for i = 0..16. */
const CHECK_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 统一社会信用代码, GB 32100-2015. */
export class Uscc {
  private constructor(readonly value: string) {}

  /**
   * Accepts what people paste: surrounding whitespace, lower case and full-width
   * characters (NFKC folds `９１３５…` to `9135…`) are normalised away.
   */
  static parse(input: string): Uscc {
    const value = input.normalize('NFKC').trim().toUpperCase();
    if (value.length !== LENGTH) throw new UsccInvalidError('length');
    if (!SHAPE.test(value)) throw new UsccInvalidError('alphabet');
    if (value[16] !== organizationCodeCheck(value.slice(8, 16))) {
      throw new UsccInvalidError('organization_code');
    }
    if (value[17] !== checkCharacter(value.slice(0, 17))) {
      throw new UsccInvalidError('check_character');
    }
    return new Uscc(value);
  }

  static isValid(input: string): boolean {
    try {
      Uscc.parse(input);
      return true;
    } catch (error) {
      if (error instanceof UsccInvalidError) return false;
      throw error;
    }
  }

  /** 登记管理部门代码, e.g. `9` for market regulation (工商). */
  get registrationAuthority(): string {
    return this.value[0];
  }

  /** 机构类别代码, e.g. `1` for an enterprise under market regulation. */
  get entityType(): string {
    return this.value[1];
  }

  /** Administrative division code (GB/T 2260), characters 3–8. */
  get regionCode(): string {
    return this.value.slice(2, 8);
  }

  /** GB 11714 organization code, characters 9–17, including its own check. */
  get organizationCode(): string {
    return this.value.slice(8, 17);
  }

  equals(other: Uscc): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }
}

function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    sum += ALPHABET.indexOf(first17[i]) * CHECK_WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714: digits are their value, letters A=10 … Z=35. */
function organizationCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += parseInt(body[i], 36) * ORGANIZATION_CODE_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}
