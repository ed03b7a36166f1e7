import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import type { Logger } from '@nestjs/common';
import { type ObjectStorage, SNIFF_BYTES, sniffContentType, UploadInspector } from '@rongtong/platform';
import {
  acceptDealDocumentType,
  dealDocumentFileName,
  DealDocumentEmptyError,
  DealDocumentTooLargeError,
} from '../domain';
import type { DealDocumentRecord } from '../persistence/deal-document.repository';

/** A file on its way in: the name the uploader gave it (a label, never a path) and its bytes. */
export interface DealDocumentUpload {
  fileName?: string;
  content: Readable;
}

export interface StoredDealDocument {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/**
 * Stores an upload under `deals/<deal id>/<uuid>`, checking it as the bytes arrive: the
 * size limit, then the type by content. A refused file never reaches the storage. The
 * caller writes the row next, and calls `discardStoredDocument` if it cannot.
 */
export async function storeDealDocument(
  storage: ObjectStorage,
  maxBytes: number,
  dealId: string,
  upload: DealDocumentUpload,
): Promise<StoredDealDocument> {
  let contentType = '';
  const inspector = new UploadInspector({
    maxBytes,
    headBytes: SNIFF_BYTES,
    inspectHead: async (head) => {
      if (head.length === 0) throw new DealDocumentEmptyError();
      contentType = acceptDealDocumentType((await sniffContentType(head))?.mime, head, upload.fileName);
    },
    tooLarge: () => new DealDocumentTooLargeError(maxBytes),
  });
  const storageKey = `deals/${dealId}/${randomUUID()}`;
  // pipeline (not pipe) so that a failing upload fails the write, and a refusal stops the upload.
  await storage.put(
    storageKey,
    pipeline(upload.content, inspector, () => {}),
  );
  return {
    storageKey,
    fileName: dealDocumentFileName(upload.fileName, contentType),
    contentType,
    sizeBytes: inspector.result.sizeBytes,
  };
}

/** Removes the object of an upload whose row was never written; a failure here is logged, not thrown. */
export async function discardStoredDocument(storage: ObjectStorage, logger: Logger, storageKey: string): Promise<void> {
  await storage
    .delete(storageKey)
    .catch((error: unknown) =>
      logger.error({ err: error, storageKey }, 'Could not remove the file of a failed upload'),
    );
}

/** A document as the API shows it: never its storage key. */
export function dealDocumentView(document: DealDocumentRecord) {
  return {
    id: document.id,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    purpose: document.purpose,
    uploadedBy: document.uploadedBy,
    createdAt: document.createdAt,
  };
}

export type DealDocumentView = ReturnType<typeof dealDocumentView>;
