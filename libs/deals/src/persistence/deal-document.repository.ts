import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { In } from 'typeorm';
import type { DealDocumentPurpose } from '../domain';
import { DealDocumentEntity, type DealDocumentRow } from './entities';

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

/** A document's row as use cases see it: the one place it is read. */
function toRecord(row: DealDocumentRow): DealDocumentRecord {
  return { ...row, purpose: row.purpose as DealDocumentPurpose };
}

/**
 * A deal's documents: the rows; the bytes are in the `ObjectStorage`. Every read names the
 * deal. Plain statements, all through TypeORM's repository.
 */
@Injectable()
export class DealDocumentRepository {
  private rows(db: Db) {
    return db.getRepository(DealDocumentEntity);
  }

  async insert(tx: Db, document: NewDealDocument): Promise<DealDocumentRecord> {
    const result = await this.rows(tx).insert(document);
    const { id, createdAt } = result.generatedMaps[0] as { id: string; createdAt: Date };
    return { ...document, id, createdAt };
  }

  /** A deal's documents, oldest first. */
  async ofDeal(db: Db, dealId: string): Promise<DealDocumentRecord[]> {
    const rows = await this.rows(db).find({ where: { dealId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toRecord);
  }

  async find(db: Db, dealId: string, documentId: string): Promise<DealDocumentRecord | undefined> {
    const row = await this.rows(db).findOneBy({ dealId, id: documentId });
    return row ? toRecord(row) : undefined;
  }

  /** Those of `documentIds` that are documents of this deal (in no particular order). */
  async findMany(db: Db, dealId: string, documentIds: readonly string[]): Promise<DealDocumentRecord[]> {
    if (documentIds.length === 0) return [];
    const rows = await this.rows(db).findBy({ dealId, id: In([...documentIds]) });
    return rows.map(toRecord);
  }
}
