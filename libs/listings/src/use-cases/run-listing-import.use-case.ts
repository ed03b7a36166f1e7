import { Injectable, Logger } from '@nestjs/common';
import { type Actor, enterpriseIds, isMemberOf, LoadActorUseCase, OrganizationDirectory } from '@rongtong/identity';
import { assertKnownRegionCode, DomainError, FieldValidationError, todayInChina } from '@rongtong/kernel';
import {
  isConnectionError,
  isUniqueViolation,
  ObjectStorage,
  OutboxWriter,
  type TableCell,
  isFormulaCell,
  UnitOfWork,
} from '@rongtong/platform';
import {
  columnOfField,
  editMode,
  IMPORT_ROW_CODES,
  ImportFailedError,
  ImportFileUnreadableError,
  type ImportRowCode,
  type ListingColumn,
  type ListingContent,
  type ListingContentInput,
  ListingForbiddenError,
  type ListingKind,
  type ListingRowInput,
  ListingValidationError,
  ListingVersionConflictError,
  readListingRow,
  validateListingContent,
} from '../domain';
import { type ListingRecord, ListingRepository } from '../persistence/listing.repository';
import { type AuditEntry, ListingAuditRepository } from '../persistence/listing-audit.repository';
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
/**
 * Rows read, judged and written together: one read of their listings, one transaction
 * for their writes. Big enough that a row's share of the round trips and the commit is
 * small, small enough that progress moves often and a batch's memory does not matter.
 */
const BATCH_ROWS = 250;
/** Rows written one by one (a batch retried row by row, submissions) a few at a time. */
const ROW_CONCURRENCY = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** What the import knows once, for every row. */
interface ImportContext {
  record: ListingImportRecord;
  actor: Actor;
  ownerRegion: string | null;
  ownerParks: readonly string[];
  /** Why the uploader may no longer write the enterprise's listings; undefined when they may. */
  forbidden?: DomainError;
  columns: readonly ListingColumn[];
  /** The references of the rows read so far: a second row with one is a duplicate. */
  seen: Set<string>;
}

interface SourceRow {
  row: number;
  cells: readonly TableCell[];
}

/** What a row asks for, judged before anything is written. */
type RowPlan =
  | { kind: 'rejected'; row: number; rejections: StoredRejection[] }
  | { kind: 'unchanged'; row: number }
  /** A dry run's row that would create or update. */
  | { kind: 'created' | 'updated'; row: number; dry: true }
  | { kind: 'create'; row: number; listingKind: ListingKind; externalRef: string; content: ListingContent }
  | { kind: 'update'; row: number; existing: ListingRecord; content: ListingContent; patch: ListingContentInput };

type CreatePlan = Extract<RowPlan, { kind: 'create' }>;
type UpdatePlan = Extract<RowPlan, { kind: 'update' }>;

interface RowOutcome {
  row: number;
  kind: 'created' | 'updated' | 'unchanged' | 'rejected';
  rejections: StoredRejection[];
  /** A listing the row wrote that may go to review (submit option). */
  submit?: { listingId: string; listingKind: ListingKind };
}

/**
 * The worker's half of an import: reads the stored file twice as a stream (once to count
 * its rows, for the progress bar, once to import them), matching each row to a listing by
 * `externalRef`: a new one is created as a draft, a changed one edited as PATCH would (a
 * live listing gets a pending revision), an unchanged one left alone.
 *
 * Rows go in batches of `BATCH_ROWS`: every row of a batch is judged first (its cells, its
 * content by the listing domain's rules, against its listing read with the batch's others
 * in one query), and only the rows that pass are written, in one transaction with bulk
 * inserts (listings, their audit rows, their outbox events). So a refused row leaves
 * nothing behind and does not hold back the others. Should the batch's transaction fail
 * on a row all the same (another request took a reference meanwhile), the batch is written
 * again row by row through the listing use cases, each row reporting its own refusal.
 * A dry run judges the same and writes nothing.
 */
@Injectable()
export class RunListingImportUseCase {
  private readonly logger = new Logger(RunListingImportUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly imports: ListingImportRepository,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly audit: ListingAuditRepository,
    private readonly outbox: OutboxWriter,
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
    await this.removeFile(importId, record.storageKey);
  }

  /**
   * The job's last attempt failed on `error` (not a refusal of the file: a fault): the
   * import ends `failed`, saying so, and its file is removed. The rows processed so far stay
   * imported; importing the file again imports the rest and leaves those unchanged. A lost
   * connection is left alone: the job is retried once the dependency is back.
   */
  async failAfterRetries(importId: string, attempts: number, error: unknown): Promise<boolean> {
    if (isConnectionError(error)) return false;
    const record = await this.imports.findById(this.uow.db, importId);
    if (!record || record.status === 'done' || record.status === 'failed') return false;
    const failed = new ImportFailedError(attempts);
    this.logger.error({ err: error, importId, attempts }, 'A listing import failed after its retries');
    await this.imports.finish(this.uow.db, importId, {
      status: 'failed',
      failure: { code: failed.code, message: failed.message, params: { ...failed.details, ...failed.params } },
    });
    if (record.storageKey) await this.removeFile(importId, record.storageKey);
    return true;
  }

  private async removeFile(importId: string, storageKey: string): Promise<void> {
    await this.storage
      .delete(storageKey)
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
    let context: ImportContext | undefined;
    let batch: SourceRow[] = [];

    const flush = async () => {
      const outcomes = await this.importBatch(context!, batch);
      batch = [];
      for (const outcome of outcomes) {
        counts.processed++;
        if (outcome.kind !== 'rejected') counts[outcome.kind]++;
        for (const rejection of outcome.rejections) if (rejected.length < MAX_REJECTIONS) rejected.push(rejection);
      }
      await this.imports.progress(this.uow.db, record.id, counts, sortedByRow(rejected));
    };

    for await (const row of tableRows(await this.storage.get(storageKey), record.format, record.encoding)) {
      if (!context) {
        context = {
          record,
          actor,
          ownerRegion: owner?.regionCode ?? null,
          ownerParks: owner?.parkIds ?? [],
          forbidden: writeRefusal(actor, record.organizationId),
          columns: headerColumns(row.cells),
          seen: new Set(),
        };
        continue;
      }
      batch.push({ row: row.row, cells: row.cells });
      if (batch.length >= BATCH_ROWS) await flush();
    }
    if (context && batch.length > 0) await flush();
    await this.imports.progress(this.uow.db, record.id, counts, sortedByRow(rejected));
  }

  /** Judges a batch of rows, then writes those that pass; answers an outcome per row. */
  private async importBatch(context: ImportContext, rows: readonly SourceRow[]): Promise<RowOutcome[]> {
    const { record } = context;
    const parsed = rows.map((row) => this.parse(context, row));
    const existing = await this.findExisting(
      record.organizationId,
      parsed.flatMap((p) => (p.input.externalRef === undefined ? [] : [p.input.externalRef])),
    );
    const pending = await this.revisions.pendingFor(this.uow.db, [
      ...new Set([...existing.values()].map((listing) => listing.id)),
    ]);
    const plans = parsed.map(({ row, input, rejections }) => {
      const listing = input.externalRef === undefined ? undefined : existing.get(input.externalRef);
      return this.plan(context, row, input, rejections, listing, listing && pending.get(listing.id)?.content);
    });

    const outcomes = new Map<number, RowOutcome>();
    const creates: CreatePlan[] = [];
    const updates: UpdatePlan[] = [];
    for (const plan of plans) {
      if (plan.kind === 'create') creates.push(plan);
      else if (plan.kind === 'update') updates.push(plan);
      else if (plan.kind === 'rejected')
        outcomes.set(plan.row, { row: plan.row, kind: 'rejected', rejections: plan.rejections });
      else outcomes.set(plan.row, { row: plan.row, kind: plan.kind, rejections: [] });
    }
    if (creates.length + updates.length > 0) {
      let written: RowOutcome[];
      try {
        written = await this.writeBatch(context, creates, updates);
      } catch (error) {
        // Someone else took one of these references meanwhile (the only failure a row
        // judged sound can still meet): each row again on its own, reporting its refusal.
        if (!isUniqueViolation(error)) throw error;
        written = await inTurns([...creates, ...updates], (plan) => this.writeRow(context, plan));
      }
      for (const outcome of written) outcomes.set(outcome.row, outcome);
    }
    if (record.submit) {
      await inTurns(
        [...outcomes.values()].filter((outcome) => outcome.submit),
        async (outcome) => {
          outcome.rejections.push(...(await this.submit(context, outcome.row, outcome.submit!)));
        },
      );
    }
    return plans.map((plan) => outcomes.get(plan.row)!);
  }

  /** A row's cells as listing input, with what is wrong with them (formulas, bad cells, its reference). */
  private parse(
    context: ImportContext,
    { row, cells }: SourceRow,
  ): { row: number; input: ListingRowInput; rejections: StoredRejection[] } {
    const rejections: StoredRejection[] = [];
    const texts = context.columns.map((column, i) => {
      const cell = cells[i];
      if (isFormulaCell(cell)) {
        rejections.push(
          rowProblem(row, 'IMPORT_FORMULA_NOT_ALLOWED', column.key, { formula: cell.formula.slice(0, 100) }),
        );
        return '';
      }
      return importCellText(cell ?? '');
    });
    const input = readListingRow(context.columns, texts);
    for (const problem of input.problems) {
      rejections.push({
        row,
        column: problem.column,
        code: 'IMPORT_CELL_INVALID',
        message: problem.message,
        wording: 'violation',
        field: problem.column,
      });
    }
    if (input.externalRef === undefined)
      rejections.push(rowProblem(row, 'IMPORT_EXTERNAL_REF_REQUIRED', 'externalRef'));
    else if (context.seen.has(input.externalRef)) {
      rejections.push(rowProblem(row, 'IMPORT_EXTERNAL_REF_DUPLICATE', 'externalRef'));
    } else context.seen.add(input.externalRef);
    return { row, input, rejections };
  }

  /** What a row asks for, judged as the listing use cases would: nothing is written here. */
  private plan(
    context: ImportContext,
    row: number,
    input: ListingRowInput,
    rejections: StoredRejection[],
    existing: ListingRecord | undefined,
    pendingContent: ListingContent | undefined,
  ): RowPlan {
    // A row that names no kind is of its listing's.
    const kind = (input.kind ?? existing?.kind) as ListingKind | undefined;
    if (kind !== 'capacity' && kind !== 'equipment' && kind !== 'ip') {
      rejections.push(rowProblem(row, 'IMPORT_KIND_INVALID', 'kind'));
    }
    if (rejections.length > 0 || !kind || input.externalRef === undefined) return { kind: 'rejected', row, rejections };
    try {
      if (!existing) {
        const body: ListingContentInput = { ...withoutUndefined(input.content), details: input.details };
        const content = this.check(context, kind, body);
        if (context.record.dryRun) return { kind: 'created', row, dry: true };
        if (context.forbidden) throw context.forbidden;
        return { kind: 'create', row, listingKind: kind, externalRef: input.externalRef, content };
      }
      if (existing.kind !== kind)
        return { kind: 'rejected', row, rejections: [rowProblem(row, 'IMPORT_KIND_MISMATCH', 'kind')] };
      const base: ListingContent = pendingContent ?? contentOf(existing);
      const patch: ListingContentInput = {
        ...withoutUndefined(input.content),
        details: { ...(base.details as unknown as Record<string, unknown>), ...input.details },
      };
      const next = this.check(context, kind, { ...base, ...patch });
      let current: string | undefined;
      try {
        current = canonical(
          validateListingContent(kind, base, { regionCode: context.ownerRegion, today: todayInChina() }),
        );
      } catch {
        current = undefined;
      }
      if (current === canonical(next)) return { kind: 'unchanged', row };
      editMode(existing.status);
      if (context.record.dryRun) return { kind: 'updated', row, dry: true };
      if (context.forbidden) throw context.forbidden;
      return { kind: 'update', row, existing, content: next, patch };
    } catch (error) {
      if (error instanceof DomainError) return { kind: 'rejected', row, rejections: rowRejections(row, kind, error) };
      throw error;
    }
  }

  /** A row's content as the listing domain judges it (what the create and edit use cases check first). */
  private check(context: ImportContext, kind: ListingKind, body: ListingContentInput): ListingContent {
    const content = validateListingContent(kind, body, { regionCode: context.ownerRegion, today: todayInChina() });
    assertKnownRegionCode(body.regionCode, 'regionCode');
    if (content.parkId && !context.ownerParks.includes(content.parkId)) {
      throw new ListingValidationError([{ field: 'parkId', message: 'must be a park the enterprise belongs to' }]);
    }
    return content;
  }

  /**
   * The batch's listings that rows name, by reference: their externalRef, or for an
   * export's listing without one, the id it was written under.
   */
  private async findExisting(organizationId: string, refs: readonly string[]): Promise<Map<string, ListingRecord>> {
    const unique = [...new Set(refs)];
    const found = new Map<string, ListingRecord>();
    for (const listing of await this.listings.findByExternalRefs(this.uow.db, organizationId, unique)) {
      found.set(listing.externalRef!, listing);
    }
    const ids = unique.filter((ref) => !found.has(ref) && UUID.test(ref));
    if (ids.length > 0) {
      const byId = new Map(
        (
          await this.listings.findMany(
            this.uow.db,
            ids.map((id) => id.toLowerCase()),
          )
        ).map((l) => [l.id, l]),
      );
      for (const ref of ids) {
        const listing = byId.get(ref.toLowerCase());
        if (listing?.ownerOrganizationId === organizationId && listing.externalRef === null) found.set(ref, listing);
      }
    }
    return found;
  }

  /**
   * A batch's writes in one transaction: the new listings in one insert, with their audit
   * rows and `listing.created` events; each edit as PATCH does it (in place for a draft, a
   * pending revision for a live listing), checked against the version the row was judged on.
   */
  private async writeBatch(
    context: ImportContext,
    creates: readonly CreatePlan[],
    updates: readonly UpdatePlan[],
  ): Promise<RowOutcome[]> {
    const { record, actor } = context;
    return this.uow.run(async (tx) => {
      const outcomes: RowOutcome[] = [];
      const audit: AuditEntry[] = [];
      const inserted = await this.listings.insertMany(
        tx,
        record.organizationId,
        creates.map((plan) => ({
          kind: plan.listingKind,
          content: plan.content,
          createdBy: actor.userId,
          externalRef: plan.externalRef,
        })),
      );
      const ids = new Map(inserted.map((row) => [row.externalRef, row.id]));
      for (const plan of creates) {
        const listingId = ids.get(plan.externalRef)!;
        audit.push({ listingId, actorUserId: actor.userId, action: 'create', after: { status: 'draft' } });
        outcomes.push({
          row: plan.row,
          kind: 'created',
          rejections: [],
          submit: { listingId, listingKind: plan.listingKind },
        });
      }
      // Park analytics count listings of every status, drafts too.
      await this.outbox.append(
        tx,
        ...creates.map((plan) => ({
          type: 'listing.created',
          aggregateType: 'listing',
          aggregateId: ids.get(plan.externalRef)!,
          payload: {
            listingId: ids.get(plan.externalRef)!,
            ownerOrganizationId: record.organizationId,
            kind: plan.listingKind,
          },
        })),
      );

      const locked = new Map(
        (
          await this.listings.lockMany(
            tx,
            updates.map((plan) => plan.existing.id),
          )
        ).map((l) => [l.id, l]),
      );
      for (const plan of updates) {
        const listing = locked.get(plan.existing.id);
        // Changed since the row was judged (an edit, a status change): refused as PATCH would.
        if (!listing || listing.version !== plan.existing.version) {
          const conflict = new ListingVersionConflictError(listing?.version ?? plan.existing.version);
          outcomes.push({
            row: plan.row,
            kind: 'rejected',
            rejections: rowRejections(plan.row, listing?.kind ?? plan.existing.kind, conflict),
          });
          continue;
        }
        if (editMode(listing.status) === 'in_place') {
          await this.listings.replaceContent(
            tx,
            listing.ownerOrganizationId,
            listing.id,
            plan.content,
            listing.version,
          );
          audit.push({
            listingId: listing.id,
            actorUserId: actor.userId,
            action: 'edit',
            before: contentOf(listing),
            after: plan.content,
          });
        } else {
          await this.listings.bumpVersion(tx, listing.ownerOrganizationId, listing.id, listing.version);
          await this.revisions.replacePending(tx, listing.id, plan.content, actor.userId);
          audit.push({
            listingId: listing.id,
            actorUserId: actor.userId,
            action: 'revise',
            before: contentOf(listing),
            after: plan.content,
          });
        }
        outcomes.push({
          row: plan.row,
          kind: 'updated',
          rejections: [],
          ...((listing.status === 'draft' || listing.status === 'rejected') && {
            submit: { listingId: listing.id, listingKind: listing.kind },
          }),
        });
      }
      await this.audit.appendMany(tx, audit);
      return outcomes;
    });
  }

  /** One row written on its own, through the listing use cases (a batch that could not be written whole). */
  private async writeRow(context: ImportContext, plan: CreatePlan | UpdatePlan): Promise<RowOutcome> {
    const { record, actor } = context;
    try {
      if (plan.kind === 'create') {
        const listing = await this.create.execute(actor, {
          ...plan.content,
          kind: plan.listingKind,
          organizationId: record.organizationId,
          externalRef: plan.externalRef,
        });
        return {
          row: plan.row,
          kind: 'created',
          rejections: [],
          submit: { listingId: listing.id, listingKind: plan.listingKind },
        };
      }
      const { existing } = plan;
      await this.update.execute(actor, existing.id, existing.version, plan.patch);
      return {
        row: plan.row,
        kind: 'updated',
        rejections: [],
        ...((existing.status === 'draft' || existing.status === 'rejected') && {
          submit: { listingId: existing.id, listingKind: existing.kind },
        }),
      };
    } catch (error) {
      const kind = plan.kind === 'create' ? plan.listingKind : plan.existing.kind;
      if (error instanceof DomainError)
        return { row: plan.row, kind: 'rejected', rejections: rowRejections(plan.row, kind, error) };
      throw error;
    }
  }

  /** With the submit option, a draft the row wrote goes to review; a refusal is reported on the row. */
  private async submit(
    context: ImportContext,
    row: number,
    { listingId, listingKind }: { listingId: string; listingKind: ListingKind },
  ): Promise<StoredRejection[]> {
    try {
      await this.status.execute(context.actor, listingId, 'submit');
      return [];
    } catch (error) {
      if (error instanceof DomainError) return rowRejections(row, listingKind, error);
      throw error;
    }
  }
}

/** Why `actor` may not write the enterprise's listings (as CreateListingUseCase refuses); undefined when they may. */
function writeRefusal(actor: Actor, organizationId: string): DomainError | undefined {
  if (isMemberOf(actor, organizationId) && enterpriseIds(actor).includes(organizationId)) return undefined;
  return new ListingForbiddenError('ENTERPRISE_MEMBER_REQUIRED', 'Only enterprise members create listings');
}

/** Runs `work` on each item, `ROW_CONCURRENCY` at a time; answers the results in the items' order. */
async function inTurns<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ROW_CONCURRENCY, items.length) }, lane));
  return results;
}

function rowProblem(
  row: number,
  code: ImportRowCode,
  column: string | null,
  params?: Record<string, unknown>,
): StoredRejection {
  return { row, column, code, message: IMPORT_ROW_CODES[code], wording: 'problem', params };
}

/** Rejections in row order (a batch's rows written one by one may finish out of order). */
function sortedByRow(rejected: StoredRejection[]): StoredRejection[] {
  return [...rejected].sort((a, b) => a.row - b.row);
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
