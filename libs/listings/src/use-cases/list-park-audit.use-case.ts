import { Injectable } from '@nestjs/common';
import { type Actor, OrganizationDirectory, operatesPark, ParkNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { ListingAuditRepository, type ParkAuditFilter } from '../persistence/listing-audit.repository';

export interface ParkAuditQuery extends ParkAuditFilter {
  page?: number;
  limit?: number;
}

/**
 * What happened to the listings of a park's enterprises (moderation, edits, reports), for
 * the park's operators and platform admins; the actor named by display name.
 */
@Injectable()
export class ListParkAuditUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: ListingAuditRepository,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute(actor: Actor, parkId: string, query: ParkAuditQuery) {
    if (!operatesPark(actor, parkId) || !(await this.directory.parkExists(parkId))) throw new ParkNotFoundError();
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const owners = await this.directory.membersOfParks([parkId]);
    if (owners.length === 0) return { items: [], total: 0, page, limit };
    const { items, total } = await this.audit.ofOwners(this.uow.db, owners, query, {
      offset: (page - 1) * limit,
      limit,
    });
    const readers = await this.directory.readersOf([
      ...new Set(items.flatMap((i) => (i.actorUserId ? [i.actorUserId] : []))),
    ]);
    return {
      items: items.map((item) => ({
        ...item,
        actorName: item.actorUserId ? (readers.get(item.actorUserId)?.displayName ?? null) : null,
      })),
      total,
      page,
      limit,
    };
  }
}
