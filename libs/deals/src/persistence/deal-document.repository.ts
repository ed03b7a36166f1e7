import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { DealDocumentPurpose } from '../domain';

export interface DealDocumentRecord {
  id: string;
  dealId: string;
  purpose: DealDocumentPurpose;
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: Date;
}

export type NewDealDocument = Omit<DealDocumentRecord, 'id' | 'createdAt'>;

const COLUMNS = `f.id, f.deal_id AS "dealId", f.purpose, f.storage_key AS "storageKey", f.file_name AS "fileName",
  f.content_type AS "contentType", f.size_bytes AS "sizeBytes", f.uploaded_by AS "uploadedBy",
  f.created_at AS "createdAt"`;

/** A deal's documents: the rows; the bytes are in the `ObjectStorage`. Every read names the deal. */
@Injectable()
export class DealDocumentRepository {
  async insert(tx: Db, document: NewDealDocument): Promise<DealDocumentRecord> {
    const [row]: DealDocumentRecord[] = await tx.query(
      `INSERT INTO deal_documents AS f (deal_id, purpose, storage_key, file_name, content_type, size_bytes, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING ${COLUMNS}`,
      [
        document.dealId,
        document.purpose,
        document.storageKey,
        document.fileName,
        document.contentType,
        document.sizeBytes,
        document.uploadedBy,
      ],
    );
    return row;
  }

  /** A deal's documents, oldest first. */
  async ofDeal(db: Db, dealId: string): Promise<DealDocumentRecord[]> {
    return db.query(`SELECT ${COLUMNS} FROM deal_documents f WHERE f.deal_id = $1 ORDER BY f.created_at, f.id`, [
      dealId,
    ]);
  }

  async find(db: Db, dealId: string, documentId: string): Promise<DealDocumentRecord | undefined> {
    const rows: DealDocumentRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM deal_documents f WHERE f.deal_id = $1 AND f.id = $2`,
      [dealId, documentId],
    );
    return rows[0];
  }

  /** Those of `documentIds` that are documents of this deal (in no particular order). */
  async findMany(db: Db, dealId: string, documentIds: readonly string[]): Promise<DealDocumentRecord[]> {
    if (documentIds.length === 0) return [];
    return db.query(`SELECT ${COLUMNS} FROM deal_documents f WHERE f.deal_id = $1 AND f.id = ANY($2::uuid[])`, [
      dealId,
      documentIds,
    ]);
  }
}
