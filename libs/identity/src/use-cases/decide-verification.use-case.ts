import { Injectable } from '@nestjs/common';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  type Actor,
  decideVerification,
  ForbiddenError,
  moderatesAnyOf,
  OrganizationNotFoundError,
  type VerificationDecision,
} from '../domain';
import { OrganizationRepository, ParkRepository } from '../persistence';
import { organizationView } from './views';

/** An operator of one of the enterprise's parks, or a platform admin, verifies or rejects it. */
@Injectable()
export class DecideVerificationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, organizationId: string, decision: VerificationDecision) {
    return this.uow.run(async (tx) => {
      const organization = await this.organizations.findById(tx, organizationId, { forUpdate: true });
      if (!organization) throw new OrganizationNotFoundError();
      const parkIds = await this.parks.parkIdsOf(tx, organizationId, ['approved']);
      if (!moderatesAnyOf(actor, parkIds)) {
        // Operators of parks it only asked to join may look, not decide.
        const pending = await this.parks.parkIdsOf(tx, organizationId, ['pending']);
        if (moderatesAnyOf(actor, pending)) {
          throw new ForbiddenError('Approve its request to join your park first', 'PARK_MEMBERSHIP_REQUIRED');
        }
        throw new OrganizationNotFoundError();
      }
      if (organization.kind !== 'enterprise') throw new OrganizationNotFoundError();
      const next = decideVerification(organization.verificationState, decision);
      const updated = await this.organizations.update(tx, organizationId, {
        verificationState: next.state,
        verificationReason: next.reason,
        verifiedAt: next.state === 'verified' ? new Date() : null,
        verifiedBy: actor.userId,
      });
      await this.outbox.append(tx, {
        type: next.state === 'verified' ? 'organization.verified' : 'organization.verification_rejected',
        aggregateType: 'organization',
        aggregateId: organizationId,
        payload: { organizationId, reason: next.reason, decidedBy: actor.userId },
      });
      const parks = await this.parks.approvedParksOf(tx, organizationId);
      return organizationView(updated, { actor, parks, moderatedParkIds: parkIds });
    });
  }
}
