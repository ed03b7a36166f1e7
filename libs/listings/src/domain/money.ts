import { isFen } from '@rongtong/kernel';
import { MoneyInvalidError } from './listings.errors';

/** What a listing's price is per. A listing without a unit (and amount) is negotiable (面议). */
export const PRICE_UNITS = ['hour', 'machine_hour', 'piece', 'sample', 'licence'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export function isPriceUnit(value: unknown): value is PriceUnit {
  return (PRICE_UNITS as readonly unknown[]).includes(value);
}

/**
 * An amount in CNY, held as whole fen (1 yuan = 100 fen) so sums are exact. Amounts in
 * this marketplace are prices and fees, never negative; safe integers reach ¥90 trillion.
 */
export class Money {
  static readonly ZERO = new Money(0);

  private constructor(readonly fen: number) {}

  static ofFen(fen: number): Money {
    if (!Money.isValidFen(fen)) throw new MoneyInvalidError(fen);
    return new Money(fen);
  }

  static isValidFen(value: unknown): value is number {
    return isFen(value);
  }

  plus(other: Money): Money {
    return Money.ofFen(this.fen + other.fen);
  }

  /** This amount `quantity` times over (e.g. per-sample fee × samples). */
  times(quantity: number): Money {
    if (!Number.isSafeInteger(quantity) || quantity < 0) throw new MoneyInvalidError(quantity);
    return Money.ofFen(this.fen * quantity);
  }

  equals(other: Money): boolean {
    return this.fen === other.fen;
  }

  compare(other: Money): number {
    return Math.sign(this.fen - other.fen);
  }

  /** `¥1,234.56`: always two decimals, thousands grouped by commas as in Chinese finance. */
  format(): string {
    const yuan = Math.floor(this.fen / 100);
    const cents = this.fen % 100;
    return `¥${String(yuan).replace(/\B(?=(\d{3})+$)/g, ',')}.${String(cents).padStart(2, '0')}`;
  }

  toString(): string {
    return this.format();
  }

  toJSON(): number {
    return this.fen;
  }
}
