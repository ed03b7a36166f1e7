import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readTable, TableEncodingError, type TableRow } from './table-reader';

async function rows(content: Buffer, format: 'csv' | 'xlsx', encoding: 'utf-8' | 'gb18030' = 'utf-8') {
  const read: TableRow[] = [];
  for await (const row of readTable(Readable.from([content]), format, encoding)) read.push(row);
  return read;
}

describe('readTable', () => {
  it('numbers CSV rows as a spreadsheet does, across quoted line breaks and blank rows', async () => {
    const csv = Buffer.from('\uFEFFa,b\r\n"x\r\ny",2\r\n\r\n"q""uote",3\r\n', 'utf8');
    expect(await rows(csv, 'csv')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x\r\ny', '2'] },
      { row: 4, cells: ['q"uote', '3'] },
    ]);
  });

  it('reads GBK text, and refuses bytes that are not the encoding', async () => {
    // 标题 / 数控车床 in GBK.
    const gbk = Buffer.from([0xb1, 0xea, 0xcc, 0xe2, 0x0d, 0x0a, 0xca, 0xfd, 0xbf, 0xd8, 0xb3, 0xb5, 0xb4, 0xb2]);
    expect(await rows(gbk, 'csv', 'gb18030')).toEqual([
      { row: 1, cells: ['标题'] },
      { row: 2, cells: ['数控车床'] },
    ]);
    await expect(rows(Buffer.from([0x61, 0x0a, 0xe4, 0xb8, 0x0a]), 'csv')).rejects.toBeInstanceOf(TableEncodingError);
  });

  it("reads a workbook's first sheet, formulas as formulas (never their cached results)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('one');
    sheet.addRow(['title', 'price']);
    sheet.addRow(['五轴', 350]);
    sheet.addRow([{ formula: 'A2&"!"', result: '五轴!' }, 1]);
    workbook.addWorksheet('two').addRow(['ignored']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await rows(content, 'xlsx')).toEqual([
      { row: 1, cells: ['title', 'price'] },
      { row: 2, cells: ['五轴', '350'] },
      { row: 3, cells: [{ formula: 'A2&"!"' }, '1'] },
    ]);
  });
});
