import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, ForbiddenError, type ReviewedUsccDisputeStatus } from '../domain';
import { type DisputeScope, UsccDisputeRepository } from '../persistence';
import { reviewerDisputeView } from './uscc-dispute-views';

/**
 * The disputes a reviewer may decide: every one for a platform admin, those against an
 * enterprise of their parks for a park operator; anyone else is refused (403). A dispute
 * out of the caller's reach does not exist for them (404).
 */
@Injectable()
export class ListUsccDisputesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly disputes: UsccDisputeRepository,
  ) {}

  async execute(actor: Actor, query: { status?: ReviewedUsccDisputeStatus; page?: number; limit?: number }) {
    let scope: DisputeScope;
    if (actor.isPlatformAdmin) scope = { all: true };
    else if (actor.operatedParkIds.length > 0) scope = { parkIds: actor.operatedParkIds };
    else {
      throw new ForbiddenError(
        'Only park operators and platform admins review credit code disputes',
        'PARK_OPERATOR_REQUIRED',
      );
    }
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.disputes.page(this.uow.db, scope, { status: query.status, page, limit });
    return { items: items.map((d) => reviewerDisputeView(d)), total, page, limit };
  }
}
