import { DomainError } from '@rongtong/kernel';

/** The largest listings file accepted (a 10,000-row XLSX is about 2 MB). */
export const LISTING_IMPORT_MAX_BYTES = 50_000_000;

export class ListingImportNotFoundError extends DomainError {
  readonly code = 'LISTING_IMPORT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Import not found');
  }
}

/** The file is neither an XLSX workbook nor CSV text, judged by its content. */
export class ImportFileTypeError extends DomainError {
  readonly code = 'IMPORT_FILE_TYPE_UNSUPPORTED';
  readonly kind = 'unsupported_media_type';

  constructor(detected: string) {
    super(`A listings file must be XLSX or CSV; this file's content is ${detected}`, {
      field: 'file',
      detectedType: detected,
    });
  }
}

export class ImportFileTooLargeError extends DomainError {
  readonly code = 'IMPORT_FILE_TOO_LARGE';
  readonly kind = 'too_large';

  constructor() {
    super(`A listings file must be smaller than ${LISTING_IMPORT_MAX_BYTES} bytes (50 MB)`, {
      field: 'file',
      maxBytes: LISTING_IMPORT_MAX_BYTES - 1,
    });
  }
}

export class ImportFileEmptyError extends DomainError {
  readonly code = 'IMPORT_FILE_EMPTY';
  readonly kind = 'unprocessable';

  constructor() {
    super('The file is empty: it needs a header row and a row per listing', { field: 'file' });
  }
}

/** A CSV file that is neither UTF-8 nor GBK (or UTF-8 with broken bytes in it). */
export class ImportEncodingError extends DomainError {
  readonly code = 'IMPORT_ENCODING_INVALID';
  readonly kind = 'unprocessable';

  constructor(detected: string) {
    super(`The CSV file is not valid UTF-8 or GBK text (${detected}); save it again as "CSV UTF-8" or as XLSX`, {
      field: 'file',
      detected,
    });
  }
}

/** The workbook or CSV could not be read (a damaged ZIP, a quote never closed …). */
export class ImportFileUnreadableError extends DomainError {
  readonly code = 'IMPORT_FILE_UNREADABLE';
  readonly kind = 'unprocessable';

  constructor(problem: string) {
    super(`The file could not be read: ${problem}`, { field: 'file' }, { problem });
  }
}

/**
 * The import stopped on a fault it could not get past, however often it was tried (not a
 * refusal of the file). The rows processed until then are imported; the same file again
 * imports the rest and leaves those unchanged.
 */
export class ImportFailedError extends DomainError {
  readonly code = 'IMPORT_FAILED';
  /** Never an answer to a request: the import's recorded failure. */
  readonly kind = 'unavailable';

  constructor(attempts: number) {
    super(
      `The import stopped after ${attempts} attempts on an error of ours; the rows counted as processed were imported. Upload the file again to import the rest`,
      {},
      { attempts },
    );
  }
}

/** A header names no column of the template. */
export class ImportHeaderUnknownError extends DomainError {
  readonly code = 'IMPORT_HEADER_UNKNOWN';
  readonly kind = 'unprocessable';

  constructor(header: string, column: number) {
    super(`The header '${header}' (column ${column}) is not a column of the template`, { header, column });
  }
}

export class ImportHeaderMissingError extends DomainError {
  readonly code = 'IMPORT_HEADER_MISSING';
  readonly kind = 'unprocessable';

  constructor(header: string) {
    super(`The header row needs the column ${header}`, { header });
  }
}

export class ImportHeaderDuplicateError extends DomainError {
  readonly code = 'IMPORT_HEADER_DUPLICATE';
  readonly kind = 'unprocessable';

  constructor(header: string) {
    super(`The column ${header} appears twice in the header row`, { header });
  }
}

/** A template or export asked for in a format other than csv or xlsx. */
export class TableFormatUnknownError extends DomainError {
  readonly code = 'EXPORT_FORMAT_UNKNOWN';
  readonly kind = 'unprocessable';

  constructor(format: string) {
    super(`Unknown file format '${format}': csv or xlsx`, { field: 'format', format });
  }
}

export class ListingKindUnknownError extends DomainError {
  readonly code = 'LISTING_KIND_UNKNOWN';
  readonly kind = 'unprocessable';

  constructor(kind: string) {
    super(`Unknown listing kind '${kind}': capacity, equipment or ip`, { field: 'kind', kind });
  }
}

/**
 * Why a row was refused, beside the listing domain's own codes: what only a file can get
 * wrong. The English is the message's key; the report words it in the reader's language.
 */
export const IMPORT_ROW_CODES = {
  IMPORT_EXTERNAL_REF_REQUIRED: 'Every row needs an externalRef, which matches it with its listing',
  IMPORT_EXTERNAL_REF_DUPLICATE: 'Another row of this file has the same externalRef',
  IMPORT_KIND_INVALID: 'The kind must be capacity, equipment or ip (产能, 设备, 专利)',
  IMPORT_KIND_MISMATCH: 'The listing with this externalRef is of another kind',
  IMPORT_FORMULA_NOT_ALLOWED: 'The cell holds a formula; formulas are not evaluated: enter the value itself',
  IMPORT_CELL_INVALID: 'The cell could not be read',
} as const;
export type ImportRowCode = keyof typeof IMPORT_ROW_CODES;
