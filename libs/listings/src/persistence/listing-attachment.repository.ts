import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { AttachmentPurpose } from '../domain';

export interface AttachmentRecord {
  id: string;
  listingId: string;
  purpose: AttachmentPurpose;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: Date;
}

export type NewAttachment = Omit<AttachmentRecord, 'id' | 'createdAt'>;

const COLUMNS = `a.id, a.listing_id AS "listingId", a.purpose, a.filename, a.content_type AS "contentType",
  a.size_bytes AS "sizeBytes", a.sha256, a.storage_key AS "storageKey", a.created_by AS "createdBy",
  a.created_at AS "createdAt"`;

/** A listing's photos and documents: the rows; the bytes are in the `ObjectStorage`. */
@Injectable()
export class ListingAttachmentRepository {
  async insert(tx: Db, attachment: NewAttachment): Promise<AttachmentRecord> {
    const rows: AttachmentRecord[] = await tx.query(
      `INSERT INTO listing_attachments AS a
              (listing_id, purpose, filename, content_type, size_bytes, sha256, storage_key, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${COLUMNS}`,
      [
        attachment.listingId,
        attachment.purpose,
        attachment.filename,
        attachment.contentType,
        attachment.sizeBytes,
        attachment.sha256,
        attachment.storageKey,
        attachment.createdBy,
      ],
    );
    return rows[0];
  }

  /** A listing's attachments, oldest first (the first photo is the cover). */
  async ofListing(db: Db, listingId: string): Promise<AttachmentRecord[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM listing_attachments a WHERE a.listing_id = $1 ORDER BY a.created_at, a.id`,
      [listingId],
    );
  }

  async find(db: Db, listingId: string, attachmentId: string): Promise<AttachmentRecord | undefined> {
    const rows: AttachmentRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM listing_attachments a WHERE a.listing_id = $1 AND a.id = $2`,
      [listingId, attachmentId],
    );
    return rows[0];
  }

  /** Deletes the row and says which stored object it pointed at, if there was one. */
  async delete(tx: Db, listingId: string, attachmentId: string): Promise<AttachmentRecord | undefined> {
    // TypeORM answers a DELETE (and an UPDATE) with [rows, affected count], not rows alone.
    const [rows]: [AttachmentRecord[], number] = await tx.query(
      `DELETE FROM listing_attachments a WHERE a.listing_id = $1 AND a.id = $2 RETURNING ${COLUMNS}`,
      [listingId, attachmentId],
    );
    return rows[0];
  }
}
