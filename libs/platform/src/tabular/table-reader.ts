import { TextDecoder } from 'node:util';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { TableFormat, TextEncoding } from './table-file';

/** A cell that held a formula: its text is never evaluated, and the caller refuses it. */
export interface FormulaCell {
  formula: string;
}

export type TableCell = string | FormulaCell;

export interface TableRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: TableCell[];
}

export function isFormulaCell(cell: TableCell | undefined): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null;
}

/** A text file's bytes are not in the encoding it was taken for. */
export class TableEncodingError extends Error {
  constructor(readonly encoding: TextEncoding) {
    super(`The file is not valid ${encoding}`);
    this.name = 'TableEncodingError';
  }
}

/** The workbook or CSV could not be read at all (a broken ZIP, a CSV quote never closed …). */
export class TableUnreadableError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'TableUnreadableError';
  }
}

/** Decodes text chunk by chunk, failing at the first byte that is not `encoding`. */
class StrictDecoder extends Transform {
  private readonly decoder: TextDecoder;

  constructor(private readonly encoding: TextEncoding) {
    super({ readableObjectMode: false });
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      callback(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      callback(new TableEncodingError(this.encoding));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      callback(null, this.decoder.decode());
    } catch {
      callback(new TableEncodingError(this.encoding));
    }
  }
}

/** A transform that checks a text upload decodes, passing its bytes on unchanged. */
export class EncodingCheck extends Transform {
  private readonly decoder: TextDecoder;

  constructor(private readonly encoding: TextEncoding) {
    super();
    this.decoder = new TextDecoder(encoding, { fatal: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.decoder.decode(chunk, { stream: true });
      callback(null, chunk);
    } catch {
      callback(new TableEncodingError(this.encoding));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.decode();
      callback();
    } catch {
      callback(new TableEncodingError(this.encoding));
    }
  }
}

/** The longest CSV record read (a runaway quote must not hold the whole file in memory). */
const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * The rows of the first sheet of a workbook, or of a CSV file, one by one as the bytes
 * arrive: memory does not grow with the file. Cells are text; a workbook's formulas come
 * as `FormulaCell`s (their cached results are ignored), numbers as they are written,
 * dates as YYYY-MM-DD. Rows with no cells at all are skipped, but still counted.
 */
export async function* readTable(
  content: Readable,
  format: TableFormat,
  encoding: TextEncoding = 'utf-8',
): AsyncGenerator<TableRow> {
  if (format === 'csv') yield* readCsv(content, encoding);
  else yield* readXlsx(content);
}

async function* readCsv(content: Readable, encoding: TextEncoding): AsyncGenerator<TableRow> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  const decoder = new StrictDecoder(encoding);
  content.on('error', (error) => decoder.destroy(error));
  decoder.on('error', (error) => parser.destroy(error));
  content.pipe(decoder).pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      if (record.every((cell) => cell === '')) continue;
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof TableEncodingError) throw error;
    throw new TableUnreadableError(error instanceof Error ? error.message : String(error));
  } finally {
    content.destroy();
  }
}

function cellText(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? '';
    return { formula: formula || String((value as { sharedFormula?: string }).sharedFormula ?? '') };
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String((value as { text: unknown }).text);
  if ('error' in value) return String(value.error);
  return '';
}

async function* readXlsx(content: Readable): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(content, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = Array.isArray(row.values) ? row.values : [];
        const cells: TableCell[] = [];
        // ExcelJS numbers cells from 1: values[0] is always empty.
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (cells.every((cell) => cell === '')) continue;
        yield { row: row.number, cells };
      }
      break; // the first sheet only
    }
  } catch (error) {
    throw new TableUnreadableError(error instanceof Error ? error.message : String(error));
  } finally {
    content.destroy();
  }
}
