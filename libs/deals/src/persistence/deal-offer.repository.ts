import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { Side } from '../domain';
import { DealOfferEntity } from './entities';

export interface DealOfferRecord {
  id: string;
  version: number;
  side: Side;
  terms: Record<string, unknown>;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** The numbered offers of a negotiated deal (reservations, licence requests). */
@Injectable()
export class DealOfferRepository {
  /** Appends the next version; callers hold the deal's row lock, so versions never race. */
  async append(
    tx: Db,
    dealId: string,
    offer: { side: Side; terms: object; note?: string | null; createdBy: string | null },
  ): Promise<DealOfferRecord> {
    const [row]: DealOfferRecord[] = await tx.query(
      `INSERT INTO deal_offers (deal_id, version, side, terms, note, created_by)
       SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5 FROM deal_offers WHERE deal_id = $1
       RETURNING id, version, side, terms, note, created_by AS "createdBy", created_at AS "createdAt"`,
      [dealId, offer.side, JSON.stringify(offer.terms), offer.note ?? null, offer.createdBy],
    );
    return row;
  }

  async list(db: Db, dealId: string): Promise<DealOfferRecord[]> {
    const rows = await db.getRepository(DealOfferEntity).find({ where: { dealId }, order: { version: 'ASC' } });
    return rows.map(({ id, version, side, terms, note, createdBy, createdAt }) => ({
      id,
      version,
      side: side as Side,
      terms: terms as Record<string, unknown>,
      note,
      createdBy,
      createdAt,
    }));
  }
}
