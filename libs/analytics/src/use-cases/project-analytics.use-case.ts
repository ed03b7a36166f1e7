import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { AnalyticsChanges } from '../domain/analytics-changes';
import { AnalyticsProjectionRepository, isDeadlock } from '../persistence/analytics-projection.repository';

const MAX_ATTEMPTS = 5;

/**
 * The worker's side of analytics: re-derives the facts of what an event names (the
 * rollups follow through the tables' triggers). Idempotent and order-free: the facts are
 * what the base tables say now, whatever event asked and however often.
 */
@Injectable()
export class ProjectAnalyticsUseCase {
  private readonly logger = new Logger(ProjectAnalyticsUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly projection: AnalyticsProjectionRepository,
  ) {}

  async execute(changes: AnalyticsChanges): Promise<{ listings: number; deals: number; reservations: number }> {
    const listingIds = new Set(changes.listingIds ?? []);
    const dealIds = new Set(changes.dealIds ?? []);
    if (changes.organizationIds?.length) {
      const related = await this.projection.entitiesOf(this.uow.db, [...new Set(changes.organizationIds)]);
      related.listingIds.forEach((id) => listingIds.add(id));
      related.dealIds.forEach((id) => dealIds.add(id));
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.uow.run(async (tx) => {
          const listings = await this.projection.projectListings(tx, [...listingIds]);
          const { deals, reservations } = await this.projection.projectDeals(tx, [...dealIds]);
          return { listings, deals, reservations };
        });
      } catch (error) {
        if (!isDeadlock(error) || attempt >= MAX_ATTEMPTS) throw error;
        this.logger.debug(`Analytics projection deadlocked (attempt ${attempt}); again`);
      }
    }
  }

  /**
   * Derives the facts of every listing and deal: a new deployment over existing data. With
   * `bulk` (a superuser's connection), in one transaction with the triggers off and the
   * rollups summed from the facts at the end, far faster than row by row.
   */
  async rebuildAll(pageSize = 2_000, { bulk = false } = {}): Promise<{ listings: number; deals: number }> {
    const done = { listings: 0, deals: 0 };
    const pages = async (work: (changes: AnalyticsChanges) => Promise<unknown>) => {
      for (const table of ['listings', 'deals'] as const) {
        let after: string | null = null;
        for (;;) {
          const ids = await this.projection.allIds(this.uow.db, table, after, pageSize);
          if (ids.length === 0) break;
          await work(table === 'listings' ? { listingIds: ids } : { dealIds: ids });
          done[table] += ids.length;
          after = ids[ids.length - 1];
        }
      }
    };
    if (!bulk) {
      await pages((changes) => this.execute(changes));
      return done;
    }
    await this.uow.run(async (tx) => {
      await this.projection.startBulk(tx);
      await pages(async (changes) => {
        await this.projection.projectListings(tx, changes.listingIds ?? []);
        await this.projection.projectDeals(tx, changes.dealIds ?? []);
      });
      await this.projection.finishBulk(tx);
    });
    return done;
  }
}
