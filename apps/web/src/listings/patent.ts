import type { PatentType } from './types';

/** The term from filing (Patent Law art. 42): invention 20, utility model 10, design 15 (filed from 2021-06-01) or 10 years. */
export function patentTermYears(type: PatentType, filingDate?: string | null): number {
  if (type === 'invention') return 20;
  if (type === 'utility_model') return 10;
  const filed = filingDate ?? '';
  return filed >= '2021-06-01' ? 15 : 10;
}

/**
 * When the patent lapses: the exact day when the filing date is known, else only the year
 * (application year from the number + term).
 */
export function patentExpiry(
  number: string | undefined,
  type: PatentType | undefined,
  filingDate?: string | null,
): { date: string } | { year: number } | undefined {
  if (!type) return undefined;
  const years = patentTermYears(type, filingDate);
  if (filingDate) {
    const [y, m, d] = filingDate.slice(0, 10).split('-').map(Number);
    return { date: `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  const year = Number(/(\d{4})[1-9]\d{7}/.exec(number?.replace(/\s/g, '') ?? '')?.[1]);
  return Number.isFinite(year) && year > 1984 ? { year: year + years } : undefined;
}
