import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { ReasonTemplate } from '../domain';
import { ParkReasonTemplatesEntity } from './entities';

/** `park_reason_templates`: a park's own list of moderation reasons, replaced as a whole. */
@Injectable()
export class ParkReasonTemplatesRepository {
  async find(db: Db, parkId: string): Promise<{ templates: ReasonTemplate[]; updatedAt: Date } | undefined> {
    const row = await db.getRepository(ParkReasonTemplatesEntity).findOne({ where: { parkId } });
    return row ? { templates: row.templates as ReasonTemplate[], updatedAt: row.updatedAt } : undefined;
  }

  async save(tx: Db, parkId: string, templates: ReasonTemplate[], updatedBy: string): Promise<void> {
    await tx.query(
      `INSERT INTO park_reason_templates (park_id, templates, updated_by) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (park_id) DO UPDATE SET templates = EXCLUDED.templates, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [parkId, JSON.stringify(templates), updatedBy],
    );
  }
}
