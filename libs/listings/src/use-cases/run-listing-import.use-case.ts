import { Injectable, Logger } from '@nestjs/common';
import { type Actor, LoadActorUseCase, OrganizationDirectory } from '@rongtong/identity';
import { assertKnownRegionCode, DomainError, FieldValidationError, todayInChina } from '@rongtong/kernel';
import { ObjectStorage, type TableCell, isFormulaCell, UnitOfWork } from '@rongtong/platform';
import {
  columnOfField,
  editMode,
  IMPORT_ROW_CODES,
  ImportFileUnreadableError,
  type ImportRowCode,
  type ListingColumn,
  type ListingContent,
  type ListingContentInput,
  type ListingKind,
  type ListingRowInput,
  readListingRow,
  validateListingContent,
} from '../domain';
import { type ListingRecord, ListingRepository } from '../persistence/listing.repository';
import {
  type ImportCounts,
  type ListingImportRecord,
  ListingImportRepository,
  type StoredRejection,
} from '../persistence/listing-import.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { ChangeListingStatusUseCase } from './change-listing-status.use-case';
import { CreateListingUseCase } from './create-listing.use-case';
import { contentOf } from './listing-view';
import { headerColumns, importCellText, tableRows } from './listing-table';
import { UpdateListingUseCase } from './update-listing.use-case';

/** Refusals kept per import: far more than a file that is worth importing has. */
const MAX_REJECTIONS = 10_000;
const PROGRESS_EVERY_ROWS = 200;
const ROW_CONCURRENCY = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROGRESS_EVERY_MS = 1_000;

/** A JSON text with keys in order, so equal content compares equal whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

interface RowOutcome {
  kind: 'created' | 'updated' | 'unchanged' | 'rejected';
  rejections: StoredRejection[];
}

/**
 * The worker's half of an import: reads the stored file twice as a stream (once to count
 * its rows, for the progress bar, once to import them), matching each row to a listing by
 * `externalRef`: a new one is created as a draft, a changed one edited through the same
 * use case as PATCH (a live listing gets a pending revision), an unchanged one left alone.
 * Each row stands alone: a refused row is reported with the listing domain's codes and
 * leaves nothing behind; the others import. A dry run reports the same and writes nothing.
 */
@Injectable()
export class RunListingImportUseCase {
  private readonly logger = new Logger(RunListingImportUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly imports: ListingImportRepository,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly storage: ObjectStorage,
    private readonly directory: OrganizationDirectory,
    private readonly loadActor: LoadActorUseCase,
    private readonly create: CreateListingUseCase,
    private readonly update: UpdateListingUseCase,
    private readonly status: ChangeListingStatusUseCase,
  ) {}

  async execute(importId: string): Promise<void> {
    const record = await this.imports.findById(this.uow.db, importId);
    if (!record || record.status === 'done' || record.status === 'failed') return;
    if (!record.storageKey) {
      const gone = new ImportFileUnreadableError('the file is no longer stored');
      await this.imports.finish(this.uow.db, importId, {
        status: 'failed',
        failure: { code: gone.code, message: gone.message, params: { ...gone.details, ...gone.params } },
      });
      return;
    }
    try {
      await this.run(record, record.storageKey);
      await this.imports.finish(this.uow.db, importId, { status: 'done' });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.imports.finish(this.uow.db, importId, {
        status: 'failed',
        failure: { code: error.code, message: error.message, params: { ...error.details, ...error.params } },
      });
    }
    await this.storage
      .delete(record.storageKey)
      .catch((error: unknown) => this.logger.error({ err: error, importId }, 'Could not remove an imported file'));
  }

  private async run(record: ListingImportRecord, storageKey: string): Promise<void> {
    // First pass: how many rows there are (the header is the first), for the progress bar.
    let rows = 0;
    for await (const row of tableRows(await this.storage.get(storageKey), record.format, record.encoding)) {
      if (row.cells.length > 0) rows++;
    }
    const total = Math.max(0, rows - 1);
    if (!(await this.imports.start(this.uow.db, record.id, total))) return;

    const actor = await this.loadActor.forTrustedTool(record.createdBy);
    const owner = await this.directory.facts(record.organizationId);
    const counts: ImportCounts = { total, processed: 0, created: 0, updated: 0, unchanged: 0 };
    const rejected: StoredRejection[] = [];
    const seen = new Set<string>();
    let columns: ListingColumn[] | undefined;
    let lastFlush = Date.now();
    let lastFlushed = 0;
    // A few rows at a time: each is its own transactions, so the database's round trips
    // overlap. A row's externalRef is claimed (seen) before its first await, so two rows
    // of one listing are still caught as duplicates.
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;

    for await (const row of tableRows(await this.storage.get(storageKey), record.format, record.encoding)) {
      if (!columns) {
        columns = headerColumns(row.cells);
        continue;
      }
      const task: Promise<void> = this.importRow(
        record,
        actor,
        owner?.regionCode ?? null,
        columns,
        row.row,
        row.cells,
        seen,
      ).then(
        (outcome) => {
          counts.processed++;
          if (outcome.kind !== 'rejected') counts[outcome.kind]++;
          for (const rejection of outcome.rejections) if (rejected.length < MAX_REJECTIONS) rejected.push(rejection);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      );
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= ROW_CONCURRENCY) await Promise.race(inFlight);
      if (failure) break;
      if (counts.processed >= lastFlushed + PROGRESS_EVERY_ROWS || Date.now() - lastFlush > PROGRESS_EVERY_MS) {
        lastFlushed = counts.processed;
        await this.imports.progress(this.uow.db, record.id, counts, sortedByRow(rejected));
        lastFlush = Date.now();
      }
    }
    await Promise.all(inFlight);
    if (failure) throw failure.error;
    await this.imports.progress(this.uow.db, record.id, counts, sortedByRow(rejected));
  }

  private async importRow(
    record: ListingImportRecord,
    actor: Actor,
    ownerRegion: string | null,
    columns: readonly ListingColumn[],
    rowNumber: number,
    cells: readonly TableCell[],
    seen: Set<string>,
  ): Promise<RowOutcome> {
    const rejections: StoredRejection[] = [];
    const reject = (code: ImportRowCode, column: string | null, params?: Record<string, unknown>) =>
      rejections.push({ row: rowNumber, column, code, message: IMPORT_ROW_CODES[code], wording: 'problem', params });

    const texts = columns.map((column, i) => {
      const cell = cells[i];
      if (isFormulaCell(cell)) {
        reject('IMPORT_FORMULA_NOT_ALLOWED', column.key, { formula: cell.formula.slice(0, 100) });
        return '';
      }
      return importCellText(cell ?? '');
    });
    const input = readListingRow(columns, texts);
    for (const problem of input.problems) {
      rejections.push({
        row: rowNumber,
        column: problem.column,
        code: 'IMPORT_CELL_INVALID',
        message: problem.message,
        wording: 'violation',
        field: problem.column,
      });
    }
    if (input.externalRef === undefined) reject('IMPORT_EXTERNAL_REF_REQUIRED', 'externalRef');
    else if (seen.has(input.externalRef)) reject('IMPORT_EXTERNAL_REF_DUPLICATE', 'externalRef');
    else seen.add(input.externalRef);
    const existing =
      input.externalRef === undefined ? undefined : await this.findExisting(record.organizationId, input.externalRef);
    // A row that names no kind is of its listing's.
    const kind = (input.kind ?? existing?.kind) as ListingKind | undefined;
    if (kind !== 'capacity' && kind !== 'equipment' && kind !== 'ip') reject('IMPORT_KIND_INVALID', 'kind');
    if (rejections.length > 0 || !kind || input.externalRef === undefined) return { kind: 'rejected', rejections };

    const failed = (error: unknown): RowOutcome => ({
      kind: 'rejected',
      rejections: rowRejections(rowNumber, kind, error),
    });
    try {
      if (!existing) return await this.createRow(record, actor, ownerRegion, kind, input, rowNumber);
      if (existing.kind !== kind) {
        reject('IMPORT_KIND_MISMATCH', 'kind');
        return { kind: 'rejected', rejections };
      }
      return await this.updateRow(record, actor, ownerRegion, existing, input, rowNumber);
    } catch (error) {
      if (error instanceof DomainError) return failed(error);
      throw error;
    }
  }

  /** The listing a row's reference names: its externalRef, or the id an export wrote for a listing without one. */
  private async findExisting(organizationId: string, externalRef: string): Promise<ListingRecord | undefined> {
    const found = await this.listings.findByExternalRef(this.uow.db, organizationId, externalRef);
    if (found || !UUID.test(externalRef)) return found;
    const byId = await this.listings.findById(this.uow.db, externalRef.toLowerCase());
    return byId?.ownerOrganizationId === organizationId && byId.externalRef === null ? byId : undefined;
  }

  private async createRow(
    record: ListingImportRecord,
    actor: Actor,
    ownerRegion: string | null,
    kind: ListingKind,
    input: ListingRowInput,
    rowNumber: number,
  ): Promise<RowOutcome> {
    const body: ListingContentInput = { ...withoutUndefined(input.content), details: input.details };
    if (record.dryRun) {
      check(kind, body, ownerRegion);
      return { kind: 'created', rejections: [] };
    }
    const listing = await this.create.execute(actor, {
      ...body,
      kind,
      organizationId: record.organizationId,
      externalRef: input.externalRef,
    });
    return { kind: 'created', rejections: await this.submitIfAsked(record, actor, listing.id, rowNumber, kind) };
  }

  private async updateRow(
    record: ListingImportRecord,
    actor: Actor,
    ownerRegion: string | null,
    existing: ListingRecord,
    input: ListingRowInput,
    rowNumber: number,
  ): Promise<RowOutcome> {
    const kind = existing.kind;
    const base: ListingContent =
      (await this.revisions.pending(this.uow.db, existing.id))?.content ?? contentOf(existing);
    const patch: ListingContentInput = {
      ...withoutUndefined(input.content),
      details: { ...(base.details as unknown as Record<string, unknown>), ...input.details },
    };
    const next = check(kind, { ...base, ...patch }, ownerRegion);
    let current: string | undefined;
    try {
      current = canonical(validateListingContent(kind, base, { regionCode: ownerRegion, today: todayInChina() }));
    } catch {
      current = undefined;
    }
    if (current === canonical(next)) return { kind: 'unchanged', rejections: [] };
    if (record.dryRun) {
      editMode(existing.status);
      return { kind: 'updated', rejections: [] };
    }
    await this.update.execute(actor, existing.id, existing.version, patch);
    const rejections =
      existing.status === 'draft' || existing.status === 'rejected'
        ? await this.submitIfAsked(record, actor, existing.id, rowNumber, kind)
        : [];
    return { kind: 'updated', rejections };
  }

  /** With the submit option, a draft the row wrote goes to review; a refusal is reported on the row. */
  private async submitIfAsked(
    record: ListingImportRecord,
    actor: Actor,
    listingId: string,
    rowNumber: number,
    kind: ListingKind,
  ): Promise<StoredRejection[]> {
    if (!record.submit) return [];
    try {
      await this.status.execute(actor, listingId, 'submit');
      return [];
    } catch (error) {
      if (error instanceof DomainError) return rowRejections(rowNumber, kind, error);
      throw error;
    }
  }
}

/** Rejections in row order (rows finish out of order, a few at a time). */
function sortedByRow(rejected: StoredRejection[]): StoredRejection[] {
  return [...rejected].sort((a, b) => a.row - b.row);
}

/** The row's content as the listing domain judges it (what CreateListingUseCase checks first). */
function check(kind: ListingKind, body: ListingContentInput, ownerRegion: string | null): ListingContent {
  const content = validateListingContent(kind, body, { regionCode: ownerRegion, today: todayInChina() });
  assertKnownRegionCode(body.regionCode, 'regionCode');
  return content;
}

/** A domain error on a row as the report's entries: one per field violation, else one. */
function rowRejections(row: number, kind: ListingKind, error: unknown): StoredRejection[] {
  if (error instanceof FieldValidationError) {
    return error.violations.map((violation) => ({
      row,
      column: columnOfField(violation.field, kind),
      code: violation.code ?? error.code,
      message: violation.message,
      wording: 'violation' as const,
      field: violation.field,
      ...(violation.rule !== undefined && { rule: violation.rule }),
    }));
  }
  const e = error as DomainError;
  const field = typeof e.details?.field === 'string' ? e.details.field : undefined;
  return [
    {
      row,
      column: field ? columnOfField(field, kind) : null,
      code: e.code,
      message: e.message,
      wording: 'problem',
      params: { ...e.details, ...e.params },
    },
  ];
}
