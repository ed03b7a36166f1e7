import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { ListingReportEntity } from './entities';

/** `listing_reports`: what people reported about a listing, open until a moderator acts. */
@Injectable()
export class ListingReportRepository {
  async add(
    tx: Db,
    listingId: string,
    reporterUserId: string,
    reason: string,
  ): Promise<{ id: string; createdAt: Date }> {
    const result = await tx.getRepository(ListingReportEntity).insert({ listingId, reporterUserId, reason });
    const generated = result.generatedMaps[0] as { id: string; createdAt: Date };
    return { id: generated.id, createdAt: generated.createdAt };
  }

  /** Resolves the listing's open reports (a moderator acted on the listing). */
  async resolveOpen(tx: Db, listingId: string, userId: string): Promise<void> {
    await tx
      .getRepository(ListingReportEntity)
      .update({ listingId, status: 'open' }, { status: 'resolved', resolvedBy: userId, resolvedAt: () => 'now()' });
  }
}
