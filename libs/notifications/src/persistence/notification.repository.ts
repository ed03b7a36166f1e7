import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { IsNull } from 'typeorm';
import { NotificationEntity, type NotificationRow } from './entities';

export interface NotificationRecord {
  id: string;
  organizationId: string;
  type: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

export interface NewNotification {
  userId: string;
  organizationId: string;
  eventId: string;
  type: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
}

/** A notification's row as its reader sees it: the one place rows are turned into records. */
function toRecord(row: NotificationRow): NotificationRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    type: row.type,
    title: row.title,
    body: row.body,
    data: row.data as Record<string, unknown>,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}

/** The columns of `NotificationRecord`, for the statements TypeORM cannot write (UPDATE … RETURNING with coalesce). */
const COLUMNS = `n.id, n.organization_id AS "organizationId", n.type, n.title, n.body, n.data,
  n.read_at AS "readAt", n.created_at AS "createdAt"`;

/** In-app notifications. Every read and write names the user: one sees only one's own. */
@Injectable()
export class NotificationRepository {
  /** One row per user and event; a row that exists already is left as it is. */
  async insertMany(tx: Db, rows: readonly NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO notifications (user_id, organization_id, event_id, type, title, body, data)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::jsonb[])
       ON CONFLICT (user_id, event_id) DO NOTHING`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.organizationId),
        rows.map((r) => r.eventId),
        rows.map((r) => r.type),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => JSON.stringify(r.data)),
      ],
    );
  }

  /** A page of the user's notifications, newest first, with how many match in all. */
  async page(
    db: Db,
    userId: string,
    { unreadOnly, limit, offset }: { unreadOnly: boolean; limit: number; offset: number },
  ): Promise<{ items: NotificationRecord[]; total: number }> {
    const [rows, total] = await db.getRepository(NotificationEntity).findAndCount({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items: rows.map(toRecord), total };
  }

  async unreadCount(db: Db, userId: string): Promise<number> {
    return db.getRepository(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  /** Marks one of the user's notifications read (keeping the first time); none if not theirs. */
  async markRead(tx: Db, userId: string, id: string): Promise<NotificationRecord | undefined> {
    const [rows]: [NotificationRecord[], number] = await tx.query(
      `UPDATE notifications n SET read_at = coalesce(n.read_at, now())
        WHERE n.user_id = $1 AND n.id = $2 RETURNING ${COLUMNS}`,
      [userId, id],
    );
    return rows[0];
  }

  async markAllRead(tx: Db, userId: string): Promise<number> {
    const result = await tx
      .getRepository(NotificationEntity)
      .update({ userId, readAt: IsNull() }, { readAt: () => 'now()' });
    return result.affected ?? 0;
  }
}
