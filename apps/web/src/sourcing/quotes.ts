import { yuanToFen } from '../i18n/format';
import type { PriceBreak } from './types';

/** A price break as the quote form holds it: the unit price in yuan, as typed. */
export interface PriceBreakInput {
  minQuantity?: number;
  unitPriceYuan?: number | string;
}

/**
 * The form's price breaks as the API takes them: yuan to fen, in the form's order (so the
 * API's `priceBreaks.<i>.…` problems land on the row they name). A price that is no amount
 * is sent as it stands, and the API names the field rather than the app guessing.
 */
export function priceBreaksToFen(rows: PriceBreakInput[] | undefined): PriceBreak[] {
  return (rows ?? []).map((row) => ({
    minQuantity: row.minQuantity as number,
    unitPriceFen: yuanToFen(row.unitPriceYuan) ?? (row.unitPriceYuan as unknown as number),
  }));
}

/** The API's price breaks as the form shows them: fen to yuan. */
export function priceBreaksToYuan(breaks: PriceBreak[]): PriceBreakInput[] {
  return breaks.map((b) => ({ minQuantity: b.minQuantity, unitPriceYuan: b.unitPriceFen / 100 }));
}

/** The unit price (fen) that applies at `quantity`: the largest break it reaches, or none under the smallest. */
export function unitPriceAt(breaks: PriceBreak[], quantity: number): number | undefined {
  let price: number | undefined;
  for (const b of [...breaks].sort((x, y) => x.minQuantity - y.minQuantity)) {
    if (quantity >= b.minQuantity) price = b.unitPriceFen;
  }
  return price;
}

/** One row of the award form: a quote and the quantity given to it (empty: none). */
export interface AwardRow {
  quoteId: string;
  quantity?: number | null;
}

/**
 * The award as the API takes it (rows with a quantity only), and where each line sent came
 * from in the form, so the API's `awards.<i>.…` problems land on the right row.
 */
export function awardLines(rows: AwardRow[]): {
  awards: { quoteId: string; quantity: number }[];
  aliases: Record<string, string>;
  sum: number;
} {
  const awards: { quoteId: string; quantity: number }[] = [];
  const aliases: Record<string, string> = {};
  rows.forEach((row, index) => {
    if (row.quantity === undefined || row.quantity === null || row.quantity === 0) return;
    aliases[`awards.${awards.length}.quantity`] = `awards.${index}.quantity`;
    aliases[`awards.${awards.length}.quoteId`] = `awards.${index}.quantity`;
    awards.push({ quoteId: row.quoteId, quantity: row.quantity });
  });
  return { awards, aliases, sum: awards.reduce((total, a) => total + a.quantity, 0) };
}

/** The API's names of a quote's fields → the quote form's (prices in yuan there). */
export function quoteFieldAliases(rows: number): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (let i = 0; i < rows; i++) aliases[`priceBreaks.${i}.unitPriceFen`] = `priceBreaks.${i}.unitPriceYuan`;
  return aliases;
}
