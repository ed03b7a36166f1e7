import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { In } from 'typeorm';
import type { VerificationDocumentKind } from '../domain';
import { VerificationDocumentAuditEntity, VerificationDocumentEntity, type VerificationDocumentRow } from './entities';

export interface VerificationDocumentRecord {
  id: string;
  organizationId: string;
  kind: VerificationDocumentKind;
  note: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  createdAt: Date;
}

export type NewVerificationDocument = Omit<VerificationDocumentRecord, 'id' | 'createdAt'>;

const record = (row: VerificationDocumentRow): VerificationDocumentRecord => ({
  ...row,
  kind: row.kind as VerificationDocumentKind,
});

/**
 * The documents an enterprise gave for its verification, and the record of each upload
 * and deletion. Every statement names the organization: a document id alone finds nothing.
 */
@Injectable()
export class VerificationDocumentRepository {
  async insert(tx: Db, document: NewVerificationDocument): Promise<VerificationDocumentRecord> {
    const repository = tx.getRepository(VerificationDocumentEntity);
    const inserted = await repository.save(repository.create(document));
    return record(inserted);
  }

  /** Oldest first: the order they were given in. */
  async listOf(db: Db, organizationId: string): Promise<VerificationDocumentRecord[]> {
    const rows = await db
      .getRepository(VerificationDocumentEntity)
      .find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(record);
  }

  /** The documents of several organizations at once (a page of the verification queue), by organization. */
  async listOfEach(db: Db, organizationIds: string[]): Promise<Map<string, VerificationDocumentRecord[]>> {
    const byOrganization = new Map<string, VerificationDocumentRecord[]>(organizationIds.map((id) => [id, []]));
    if (organizationIds.length === 0) return byOrganization;
    const rows = await db
      .getRepository(VerificationDocumentEntity)
      .find({ where: { organizationId: In(organizationIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) byOrganization.get(row.organizationId)?.push(record(row));
    return byOrganization;
  }

  async countOf(db: Db, organizationId: string): Promise<number> {
    return db.getRepository(VerificationDocumentEntity).count({ where: { organizationId } });
  }

  async findOf(db: Db, organizationId: string, documentId: string): Promise<VerificationDocumentRecord | null> {
    const row = await db
      .getRepository(VerificationDocumentEntity)
      .findOne({ where: { organizationId, id: documentId } });
    return row && record(row);
  }

  async remove(tx: Db, organizationId: string, documentId: string): Promise<void> {
    await tx.getRepository(VerificationDocumentEntity).delete({ organizationId, id: documentId });
  }

  async audit(
    tx: Db,
    entry: {
      organizationId: string;
      action: 'uploaded' | 'deleted';
      actorUserId: string;
      document: Pick<VerificationDocumentRecord, 'id' | 'kind' | 'fileName' | 'sha256'>;
    },
  ): Promise<void> {
    await tx.getRepository(VerificationDocumentAuditEntity).insert({
      organizationId: entry.organizationId,
      documentId: entry.document.id,
      action: entry.action,
      actorUserId: entry.actorUserId,
      kind: entry.document.kind,
      fileName: entry.document.fileName,
      sha256: entry.document.sha256,
    });
  }
}
