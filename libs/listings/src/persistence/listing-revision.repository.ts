import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { In } from 'typeorm';
import type { ListingContent } from '../domain';
import { ListingRevisionEntity, type ListingRevisionRow } from './entities';

export interface RevisionRecord {
  id: string;
  listingId: string;
  status: 'pending' | 'approved' | 'rejected' | 'superseded' | 'withdrawn';
  content: ListingContent;
  reason: string | null;
  createdAt: Date;
}

/** A stored revision as use cases see it: the one place its row is read. */
function toRecord(row: ListingRevisionRow): RevisionRecord {
  return {
    id: row.id,
    listingId: row.listingId,
    status: row.status as RevisionRecord['status'],
    content: row.content as ListingContent,
    reason: row.reason,
    createdAt: row.createdAt,
  };
}

/**
 * `listing_revisions`: changes to a published listing waiting for moderation (at most one
 * pending per listing, which a unique partial index keeps), and what was decided.
 */
@Injectable()
export class ListingRevisionRepository {
  private rows(db: Db) {
    return db.getRepository(ListingRevisionEntity);
  }

  /** Supersedes the listing's pending revision, if any, with `content`. */
  async replacePending(tx: Db, listingId: string, content: ListingContent, userId: string): Promise<void> {
    await this.supersedePending(tx, listingId);
    await this.rows(tx).insert({ listingId, status: 'pending', content, submittedBy: userId });
  }

  async supersedePending(tx: Db, listingId: string): Promise<void> {
    await this.rows(tx).update({ listingId, status: 'pending' }, { status: 'superseded' });
  }

  /** The owner takes back the pending revision: it stays, withdrawn, and the live version is untouched. */
  async withdraw(tx: Db, revisionId: string, userId: string): Promise<void> {
    await this.rows(tx).update(
      { id: revisionId, status: 'pending' },
      { status: 'withdrawn', decidedBy: userId, decidedAt: () => 'now()' },
    );
  }

  async pending(db: Db, listingId: string): Promise<RevisionRecord | undefined> {
    const row = await this.rows(db).findOneBy({ listingId, status: 'pending' });
    return row ? toRecord(row) : undefined;
  }

  /** The pending revision of each of these listings that has one, by listing id. */
  async pendingFor(db: Db, listingIds: readonly string[]): Promise<Map<string, RevisionRecord>> {
    if (listingIds.length === 0) return new Map();
    const rows = await this.rows(db).findBy({ listingId: In([...listingIds]), status: 'pending' });
    return new Map(rows.map((row) => [row.listingId, toRecord(row)]));
  }

  async decide(
    tx: Db,
    revisionId: string,
    status: 'approved' | 'rejected',
    reason: string | null,
    userId: string,
  ): Promise<void> {
    await this.rows(tx).update(revisionId, { status, reason, decidedBy: userId, decidedAt: () => 'now()' });
  }
}
