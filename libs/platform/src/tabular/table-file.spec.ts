import { TextEncoder } from 'node:util';
import { sniffTable } from './table-file';
import { csvField, neutralizeFormula } from './table-writer';

const utf8 = (text: string) => new TextEncoder().encode(text);
// 外部编号,标题 / 数控车床 in GBK (as Excel on a Chinese Windows saves CSV).
const GBK = Uint8Array.from([
  0xcd, 0xe2, 0xb2, 0xbf, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb1, 0xea, 0xcc, 0xe2, 0x0d, 0x0a, 0xca, 0xfd, 0xbf, 0xd8,
  0xb3, 0xb5, 0xb4, 0xb2,
]);

describe('sniffTable', () => {
  it.each([
    ['an XLSX workbook (a ZIP)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), { format: 'xlsx' }],
    ['UTF-8 CSV', utf8('外部编号,标题\r\nC-1,五轴加工\r\n'), { format: 'csv', encoding: 'utf-8' }],
    ['UTF-8 CSV with a BOM', utf8('\uFEFFexternalRef,title\r\n'), { format: 'csv', encoding: 'utf-8' }],
    ['GBK CSV', GBK, { format: 'csv', encoding: 'gb18030' }],
    [
      'UTF-8 with broken bytes',
      Uint8Array.from([...utf8('外部编号,标题\r\nC-1,五轴加工'), 0xe4, 0xb8, 0x0a, 0xff]),
      { refused: 'encoding', detected: 'broken-utf-8' },
    ],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), { refused: 'encoding', detected: 'utf-16' }],
    [
      'a legacy .xls',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      { refused: 'type', detected: 'application/vnd.ms-excel' },
    ],
    [
      'a PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      { refused: 'type', detected: 'application/octet-stream' },
    ],
  ])('%s', (_what, head, expected) => {
    expect(sniffTable(head, true)).toEqual(expected);
  });

  it('does not take a character cut at the end of the head for a broken one', () => {
    const text = utf8('标题\r\n五轴加工');
    expect(sniffTable(text.subarray(0, text.length - 1), false)).toEqual({ format: 'csv', encoding: 'utf-8' });
    expect(sniffTable(text.subarray(0, text.length - 1), true)).not.toHaveProperty('format');
  });
});

describe('CSV injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+86 10 1234', "'+86 10 1234"],
    ['-40℃ 试验箱', "'-40℃ 试验箱"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['五轴, 加工', '"五轴, 加工"'],
    ['plain', 'plain'],
  ])('%s is written as %s', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('leaves numbers as numbers', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(neutralizeFormula('\tx')).toBe("'\tx");
  });
});
