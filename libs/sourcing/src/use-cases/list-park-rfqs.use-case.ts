import { Injectable } from '@nestjs/common';
import { type Actor, operatesPark, ParkNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import type { RfqStatus } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { rfqView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

export interface ParkRfqsQuery {
  status?: RfqStatus | 'taken_down';
  q?: string;
  page?: number;
  limit?: number;
}

/**
 * The RFQs of a park's enterprises, for its operators and platform admins to find the ones
 * to take down: the same park ids that make them the RFQ's moderators (the buyer's parks
 * when it posted). 404 PARK_NOT_FOUND for a park one does not operate, like the other
 * console reads of a park.
 */
@Injectable()
export class ListParkRfqsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, parkId: string, query: ParkRfqsQuery) {
    if (!operatesPark(actor, parkId) || !(await this.parties.organizations.parkExists(parkId))) {
      throw new ParkNotFoundError();
    }
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.rfqs.ofPark(this.uow.db, parkId, {
      status: query.status,
      q: query.q?.trim() || undefined,
      offset: (page - 1) * limit,
      limit,
    });
    const names = await this.parties.names(items.map((r) => r.organizationId));
    const now = new Date();
    return {
      items: items.map((r) => rfqView(r, 'moderator', now, { buyerName: names.get(r.organizationId) })),
      total,
      page,
      limit,
    };
  }
}
