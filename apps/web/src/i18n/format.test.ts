import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, yuanToFen } from './format';

dayjs.extend(utc);
dayjs.extend(timezone);

describe('formatting', () => {
  it.each([
    [123456, '¥1,234.56'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100000000, '¥1,000,000.00'],
    [-250, '-¥2.50'],
  ])('money %i fen → %s', (fen, text) => expect(formatMoney(fen)).toBe(text));

  it('reads yuan typed by people as whole fen', () => {
    expect(yuanToFen('1,234.56')).toBe(123456);
    expect(yuanToFen(0.1)).toBe(10);
    expect(yuanToFen('12.3')).toBe(1230);
    expect(yuanToFen('1.234')).toBeUndefined();
    expect(yuanToFen('')).toBeUndefined();
  });

  it('writes dates in Asia/Shanghai as people in China do', () => {
    // 2026-12-06 18:30 UTC is already 7 December in China.
    expect(formatDate('2026-12-06T18:30:00Z', 'zh-CN')).toBe('2026年12月7日');
    expect(formatDate('2026-12-06T18:30:00Z', 'en')).toBe('7 Dec 2026');
    expect(formatDateTime('2026-12-07T06:00:00Z')).toBe('2026-12-07 14:00');
    expect(formatDateTime('2026-12-07T06:00:00Z', 'Europe/Berlin')).toBe('2026-12-07 07:00');
  });
});
