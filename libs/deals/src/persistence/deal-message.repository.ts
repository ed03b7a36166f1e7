import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { Side } from '../domain';

export interface DealMessageRecord {
  id: string;
  dealId: string;
  authorUserId: string;
  authorSide: Side;
  body: string;
  documentIds: string[];
  createdAt: Date;
}

export type NewDealMessage = Omit<DealMessageRecord, 'id' | 'createdAt'>;

const COLUMNS = `m.id, m.deal_id AS "dealId", m.author_user_id AS "authorUserId", m.author_side AS "authorSide",
  m.body, m.document_ids::text[] AS "documentIds", m.created_at AS "createdAt"`;

/** A deal's message thread. Every read names the deal. */
@Injectable()
export class DealMessageRepository {
  async insert(tx: Db, message: NewDealMessage): Promise<DealMessageRecord> {
    const [row]: DealMessageRecord[] = await tx.query(
      `INSERT INTO deal_messages AS m (deal_id, author_user_id, author_side, body, document_ids)
       VALUES ($1, $2, $3, $4, $5::uuid[])
       RETURNING ${COLUMNS}`,
      [message.dealId, message.authorUserId, message.authorSide, message.body, message.documentIds],
    );
    return row;
  }

  /**
   * Up to `limit` messages, newest first: the latest, or those before the message
   * `before` (a cursor that stays put while new messages arrive). A `before` that is not a
   * message of this deal yields nothing.
   */
  async newestFirst(db: Db, dealId: string, page: { before?: string; limit: number }): Promise<DealMessageRecord[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM deal_messages m
       WHERE m.deal_id = $1
         AND ($2::uuid IS NULL OR (m.created_at, m.id) < (
               SELECT c.created_at, c.id FROM deal_messages c WHERE c.deal_id = $1 AND c.id = $2))
       ORDER BY m.created_at DESC, m.id DESC
       LIMIT $3`,
      [dealId, page.before ?? null, page.limit],
    );
  }
}
