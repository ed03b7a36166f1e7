import { Injectable } from '@nestjs/common';
import { type Actor, OrganizationDirectory, operatesPark, ParkNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { ListingForbiddenError, type ListingStatus } from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { listingView } from './listing-view';

export type QueueFilter = ListingStatus | 'reported' | 'revision';

/**
 * What awaits a moderator: listings under review, pending revisions and reports, of the
 * enterprises in the parks they operate (every enterprise, for platform admins).
 */
@Injectable()
export class ModerationQueueUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute(actor: Actor, filter: { status?: QueueFilter; limit?: number; parkId?: string } = {}) {
    if (!actor.isPlatformAdmin && actor.operatedParkIds.length === 0) {
      throw new ListingForbiddenError('MODERATOR_REQUIRED', 'Only park operators and platform admins moderate');
    }
    // One park's queue (a platform admin looking at a park, an operator of several); else all one moderates.
    if (
      filter.parkId !== undefined &&
      (!operatesPark(actor, filter.parkId) || !(await this.directory.parkExists(filter.parkId)))
    ) {
      throw new ParkNotFoundError();
    }
    const owners =
      filter.parkId !== undefined
        ? await this.directory.membersOfParks([filter.parkId])
        : actor.isPlatformAdmin
          ? null
          : await this.directory.membersOfParks(actor.operatedParkIds);
    if (owners !== null && owners.length === 0) return [];
    const rows = await this.listings.moderationQueue(this.uow.db, owners, {
      status: filter.status,
      limit: filter.limit ?? 100,
    });
    return rows.map((row) => ({
      ...listingView(row, { privileged: true }),
      openReports: row.openReports,
      hasPendingRevision: row.pendingRevision,
    }));
  }
}
