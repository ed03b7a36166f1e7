import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { RFQ_EVENTS, RfqStateConflictError, rfqStep, RfqValidationError } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { checkInvitees } from './create-rfq.use-case';
import { SourcingParties } from './sourcing-parties';

/**
 * The buyer invites enterprises to its RFQ (any visibility: an invitation is also a
 * nudge); the newly invited hear of it through `rfq.invited`.
 */
@Injectable()
export class InviteSuppliersUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, organizationIds: string[] | undefined) {
    assertEmailVerified(actor);
    const now = new Date();
    return this.uow.run(async (tx) => {
      const rfq = await this.parties.asBuyer(tx, actor, id, { forUpdate: true });
      if (rfq.takenDownAt) throw new RfqStateConflictError('taken_down', 'invite');
      rfqStep(rfq, 'edit', now);
      if (!organizationIds || organizationIds.length === 0) {
        throw new RfqValidationError([{ field: 'organizationIds', message: 'must not be empty' }]);
      }
      const invitees = await checkInvitees(this.parties, organizationIds, rfq.organizationId, 'organizationIds');
      const added = await this.rfqs.invite(tx, id, invitees, actor.userId);
      if (added.length > 0 && rfq.status !== 'draft') {
        await this.outbox.append(tx, {
          type: RFQ_EVENTS.invited,
          aggregateType: 'rfq',
          aggregateId: id,
          payload: { rfqId: id, organizationId: rfq.organizationId, title: rfq.title, notifyOrganizationIds: added },
        });
      }
      return { invited: added, invitedOrganizationIds: await this.rfqs.invitedIds(tx, id) };
    });
  }
}
