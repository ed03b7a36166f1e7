import ExcelJS from 'exceljs';
import type { TableFormat } from './table-file';

/**
 * A cell as a spreadsheet program must not take for a formula: text beginning with
 * = + - @ (or a tab or carriage return that hides one) gets a leading apostrophe, as
 * OWASP's CSV injection advice says. Numbers stay numbers.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type OutputCell = string | number | null | undefined;

/** One CSV field: formulas neutralized, quoted when it holds a separator, quote or line break. */
export function csvField(value: OutputCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line (CRLF-terminated, as RFC 4180 and Excel write them). */
export function csvLine(cells: readonly OutputCell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** What a CSV file meant for Excel starts with, so it reads the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export interface TableFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * A sheet as a file: CSV (UTF-8 with a BOM, for Excel) or XLSX. Text that a spreadsheet
 * would take for a formula (= + - @) is escaped in both.
 */
export async function tableFile(
  format: TableFormat,
  baseName: string,
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly (string | number | null)[]>,
): Promise<TableFile> {
  if (format === 'csv') {
    const parts: string[] = [UTF8_BOM, csvLine(header)];
    for (const row of rows) parts.push(csvLine(row));
    return {
      fileName: `${baseName}.csv`,
      contentType: 'text/csv; charset=utf-8',
      content: Buffer.from(parts.join(''), 'utf8'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rongtong';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell)));
  }
  sheet.columns.forEach((column) => (column.width = 18));
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
