import { Injectable } from '@nestjs/common';
import { ReasonRequiredError } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  type Actor,
  operatesPark,
  ParkMembershipConflictError,
  ParkMembershipNotFoundError,
  ParkNotFoundError,
} from '../domain';
import { ParkRepository } from '../persistence';

export type ParkMembershipDecision = { action: 'approve' } | { action: 'reject'; reason: string };

/** The park's operator (or a platform admin) approves or rejects a request to join. */
@Injectable()
export class DecideParkMembershipUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly parks: ParkRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, parkId: string, organizationId: string, decision: ParkMembershipDecision) {
    if (!operatesPark(actor, parkId)) throw new ParkNotFoundError();
    const reason = decision.action === 'reject' ? decision.reason.trim() : null;
    if (decision.action === 'reject' && !reason) throw new ReasonRequiredError();
    return this.uow.run(async (tx) => {
      const membership = await this.parks.findMembership(tx, parkId, organizationId, { forUpdate: true });
      if (!membership) throw new ParkMembershipNotFoundError();
      if (membership.status !== 'pending') throw new ParkMembershipConflictError(membership.status);
      const status = decision.action === 'approve' ? 'approved' : 'rejected';
      await this.parks.decide(tx, parkId, organizationId, { status, reason, decidedBy: actor.userId });
      await this.outbox.append(tx, {
        type: `park_membership.${status}`,
        aggregateType: 'park',
        aggregateId: parkId,
        payload: { parkId, organizationId, reason },
      });
      return (await this.parks.findMembership(tx, parkId, organizationId))!;
    });
  }
}
