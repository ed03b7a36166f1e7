import { TextDecoder } from 'node:util';
import { randomUUID } from 'node:crypto';
import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { type Actor, isMemberOf, membershipIn, OrganizationNotFoundError } from '@rongtong/identity';
import {
  type ListingImportEventPayload,
  ObjectStorage,
  OutboxWriter,
  sniffTable,
  TABLE_SNIFF_BYTES,
  type TableFormat,
  TableEncodingError,
  type TextEncoding,
  UnitOfWork,
  UploadInspector,
} from '@rongtong/platform';
import {
  ImportEncodingError,
  ImportFileEmptyError,
  ImportFileTooLargeError,
  ImportFileTypeError,
  LISTING_IMPORT_MAX_BYTES,
  ListingForbiddenError,
} from '../domain';
import { ListingImportRepository } from '../persistence/listing-import.repository';
import { asImportError, readHeader } from './listing-table';

/** An uploaded listings file, checked and stored, not yet imported. */
export interface StoredImportFile {
  storageKey: string;
  format: TableFormat;
  encoding: TextEncoding;
}

/** Checks that text decodes, once the head has said which encoding it is in. */
class LazyEncodingCheck extends Transform {
  private decoder?: TextDecoder;

  constructor(private readonly encoding: () => TextEncoding | undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const encoding = this.encoding();
    if (encoding && !this.decoder) this.decoder = new TextDecoder(encoding, { fatal: true });
    try {
      this.decoder?.decode(chunk, { stream: true });
      callback(null, chunk);
    } catch {
      callback(new TableEncodingError(encoding ?? 'utf-8'));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder?.decode();
      callback();
    } catch {
      callback(new TableEncodingError(this.encoding() ?? 'utf-8'));
    }
  }
}

/**
 * A member uploads a listings file. What can be judged at once is judged as it arrives:
 * the type by content (XLSX or CSV), the size, a CSV's encoding (UTF-8 or GBK, through
 * the whole file), then the header row. Then the import row is written with its event
 * (the outbox relay queues its job); the worker reads the rows (RunListingImportUseCase).
 * The request's form fields may come before or after the file, so the steps are the
 * controller's to call in turn.
 */
@Injectable()
export class StartListingImportUseCase {
  private readonly logger = new Logger(StartListingImportUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly imports: ListingImportRepository,
    private readonly storage: ObjectStorage,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Who may import into the enterprise: its members (others are told it does not exist). */
  authorize(actor: Actor, organizationId: string): void {
    if (!isMemberOf(actor, organizationId)) throw new OrganizationNotFoundError();
    if (membershipIn(actor, organizationId)?.kind !== 'enterprise') {
      throw new ListingForbiddenError('ENTERPRISE_MEMBER_REQUIRED', 'Only enterprise members import listings');
    }
  }

  /**
   * Checks the file as it arrives (type, size, a CSV's encoding throughout) and stores it;
   * then reads its header row. A refused file is not kept.
   */
  async store(organizationId: string, content: Readable): Promise<StoredImportFile> {
    let format: TableFormat | undefined;
    let encoding: TextEncoding | undefined;
    const inspector = new UploadInspector({
      maxBytes: LISTING_IMPORT_MAX_BYTES - 1,
      headBytes: TABLE_SNIFF_BYTES,
      inspectHead: (head) => {
        if (head.length === 0) throw new ImportFileEmptyError();
        const sniff = sniffTable(head, head.length < TABLE_SNIFF_BYTES);
        if ('refused' in sniff) {
          throw sniff.refused === 'type'
            ? new ImportFileTypeError(sniff.detected)
            : new ImportEncodingError(sniff.detected);
        }
        format = sniff.format;
        encoding = sniff.format === 'csv' ? sniff.encoding : 'utf-8';
      },
      tooLarge: () => new ImportFileTooLargeError(),
    });
    const check = new LazyEncodingCheck(() => (format === 'csv' ? encoding : undefined));
    const storageKey = `listing-imports/${organizationId}/${randomUUID()}`;
    try {
      await this.storage.put(
        storageKey,
        pipeline(content, inspector, check, () => {}),
      );
    } catch (error) {
      throw asImportError(error, encoding ?? 'utf-8');
    }
    const stored = { storageKey, format: format!, encoding: encoding! };
    try {
      await readHeader(await this.storage.get(storageKey), stored.format, stored.encoding);
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
    return stored;
  }

  /**
   * Writes the import and, in the same transaction, its `listing_import.requested` event:
   * the outbox relay queues the job (at once, or when Redis is back), so an accepted
   * import is never left waiting for a job that was not queued.
   */
  async start(
    actor: Actor,
    organizationId: string,
    stored: StoredImportFile,
    options: { dryRun: boolean; submit: boolean; filename?: string },
  ): Promise<{ id: string }> {
    this.authorize(actor, organizationId);
    return this.uow.run(async (tx) => {
      const record = await this.imports.insert(tx, organizationId, {
        createdBy: actor.userId,
        dryRun: options.dryRun,
        submit: options.submit,
        format: stored.format,
        encoding: stored.encoding,
        storageKey: stored.storageKey,
        filename: options.filename?.slice(0, 200) ?? null,
      });
      const payload: ListingImportEventPayload = { importId: record.id, organizationId };
      await this.outbox.append(tx, {
        type: 'listing_import.requested',
        aggregateType: 'listing_import',
        aggregateId: record.id,
        payload,
      });
      return { id: record.id };
    });
  }

  /** Removes a stored file that will not be imported (the request failed after it arrived). */
  async discard(stored: StoredImportFile): Promise<void> {
    await this.storage
      .delete(stored.storageKey)
      .catch((error: unknown) =>
        this.logger.error({ err: error, storageKey: stored.storageKey }, 'Could not remove a refused import file'),
      );
  }
}
