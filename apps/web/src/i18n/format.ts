import dayjs from 'dayjs';
import type { Language } from './index';

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** Fen (integer) as yuan: ¥1,234.56. Integer arithmetic, so no float rounding shows. */
export function formatMoney(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}

/** Yuan typed by a person (e.g. "1,234.5") to fen; undefined when it is not an amount. */
export function yuanToFen(yuan: number | string | null | undefined): number | undefined {
  if (yuan === null || yuan === undefined || yuan === '') return undefined;
  const text = String(yuan).replace(/[,\s¥]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const [whole, frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** A calendar date as people write it: 2026年12月7日, or 7 Dec 2026. */
export function formatDate(value: string | Date, language: Language, zone = CHINA_TIME_ZONE): string {
  const d = dayjs(value).tz(zone);
  return language === 'zh-CN' ? d.format('YYYY年M月D日') : d.locale('en').format('D MMM YYYY');
}

/** A moment: 2026-12-07 14:00, in the given zone (China's unless the listing has its own). */
export function formatDateTime(value: string | Date, zone = CHINA_TIME_ZONE): string {
  return dayjs(value).tz(zone).format('YYYY-MM-DD HH:mm');
}

export function formatTime(value: string | Date, zone = CHINA_TIME_ZONE): string {
  return dayjs(value).tz(zone).format('HH:mm');
}

/** A file's size as people read it: 820 B, 34 KB, 2.5 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
