import type { Readable } from 'node:stream';
import {
  isFormulaCell,
  readTable,
  type TableCell,
  TableEncodingError,
  type TableFormat,
  type TableRow,
  TableUnreadableError,
  type TextEncoding,
} from '@rongtong/platform';
import {
  columnHeader,
  columnOfHeader,
  ImportEncodingError,
  ImportFileEmptyError,
  ImportFileUnreadableError,
  ImportHeaderDuplicateError,
  ImportHeaderMissingError,
  ImportHeaderUnknownError,
  type ListingColumn,
  TableFormatUnknownError,
} from '../domain';

/**
 * The column every listings file must have. Without a kind column, a row's kind is its
 * listing's, or the one kind whose columns it fills in.
 */
const REQUIRED_COLUMNS = ['externalRef'];

/** The columns a header row names, in its order; refuses unknown, missing and repeated ones. */
export function headerColumns(cells: readonly TableCell[]): ListingColumn[] {
  // Trailing empty header cells (a sheet's formatting past the last column) are not columns.
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  const columns: ListingColumn[] = [];
  for (let i = 0; i < end; i++) {
    const cell = cells[i];
    const text = isFormulaCell(cell) ? `=${cell.formula}` : cell;
    const column = isFormulaCell(cell) ? undefined : columnOfHeader(text);
    if (!column) throw new ImportHeaderUnknownError(text.slice(0, 100), i + 1);
    if (columns.includes(column)) throw new ImportHeaderDuplicateError(columnHeader(column));
    columns.push(column);
  }
  for (const key of REQUIRED_COLUMNS) {
    if (!columns.some((column) => column.key === key)) {
      throw new ImportHeaderMissingError(columnHeader(columns.find((c) => c.key === key) ?? headerOf(key)));
    }
  }
  return columns;
}

function headerOf(key: string): ListingColumn {
  return { key, zh: '外部编号', type: 'text', target: { top: 'externalRef' } };
}

/** The rows of a listings file, with the file's own errors as the import's domain errors. */
export async function* tableRows(
  content: Readable,
  format: TableFormat,
  encoding: TextEncoding,
): AsyncGenerator<TableRow> {
  try {
    yield* readTable(content, format, encoding);
  } catch (error) {
    throw asImportError(error, encoding);
  }
}

export function asImportError(error: unknown, encoding: TextEncoding): unknown {
  if (error instanceof TableEncodingError) return new ImportEncodingError(`not ${encoding}`);
  if (error instanceof TableUnreadableError) return new ImportFileUnreadableError(error.message);
  return error;
}

/** The header row (the first row with anything in it) as columns. */
export async function readHeader(
  content: Readable,
  format: TableFormat,
  encoding: TextEncoding,
): Promise<ListingColumn[]> {
  for await (const row of tableRows(content, format, encoding)) return headerColumns(row.cells);
  throw new ImportFileEmptyError();
}

/**
 * A cell as the import reads it: an export's apostrophe that kept a leading = + - @ from
 * being taken for a formula is dropped again, so an export imports back unchanged.
 */
export function importCellText(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function tableFormat(value: string | undefined, fallback: TableFormat): TableFormat {
  const format = value ?? fallback;
  if (format !== 'csv' && format !== 'xlsx') throw new TableFormatUnknownError(format);
  return format;
}
