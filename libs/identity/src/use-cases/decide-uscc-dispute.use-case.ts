import { Injectable } from '@nestjs/common';
import { ReasonRequiredError } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork, type UsccDisputeEventPayload } from '@rongtong/platform';
import { TokenService } from '../auth/token.service';
import { type Actor, claimExpiry, moderatesAnyOf, UsccDisputeNotFoundError, UsccDisputeNotOpenError } from '../domain';
import { OrganizationRepository, ParkRepository, UsccDisputeRepository } from '../persistence';
import { reviewerDisputeView } from './uscc-dispute-views';

/**
 * An operator of one of the disputed enterprise's parks, or a platform admin, decides a
 * dispute with a reason. Upheld: the code is taken from the squatter (frozen for good as
 * `uscc_revoked`; its members can still sign in and read) and reserved for the claimant,
 * whose email carries a registration link that may take it. Dismissed: the freeze is
 * lifted and its listings return to search. Both parties are emailed; the step is audited.
 */
@Injectable()
export class DecideUsccDisputeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly disputes: UsccDisputeRepository,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, disputeId: string, decision: { action: 'uphold' | 'dismiss'; reason: string }) {
    const reason = decision.reason.trim();
    if (!reason) throw new ReasonRequiredError();
    return this.uow.run(async (tx) => {
      const dispute = await this.disputes.findById(tx, disputeId, { forUpdate: true });
      // An unconfirmed (or expired) dispute is nobody's to review.
      if (!dispute || dispute.confirmedAt === null) throw new UsccDisputeNotFoundError();
      const parkIds = await this.parks.parkIdsOf(tx, dispute.organizationId, ['approved']);
      if (!moderatesAnyOf(actor, parkIds)) throw new UsccDisputeNotFoundError();
      if (dispute.status !== 'open') throw new UsccDisputeNotOpenError(dispute.status);
      const organization = (await this.organizations.findById(tx, dispute.organizationId, { forUpdate: true }))!;
      const now = new Date();

      let claim: { token: string; hash: string; expiresAt: Date } | undefined;
      if (decision.action === 'uphold') {
        const { token, hash } = this.tokens.newRefreshToken();
        claim = { token, hash, expiresAt: claimExpiry(now) };
        await this.organizations.update(tx, organization.id, {
          uscc: null,
          frozenReason: 'uscc_revoked',
          frozenAt: organization.frozenAt ?? now,
        });
        if (!organization.frozenReason) {
          await this.outbox.append(tx, {
            type: 'organization.frozen',
            aggregateType: 'organization',
            aggregateId: organization.id,
            payload: { organizationId: organization.id, reason: 'uscc_revoked' },
          });
        }
      } else if (organization.frozenReason === 'uscc_disputed') {
        await this.organizations.update(tx, organization.id, { frozenReason: null, frozenAt: null });
        await this.outbox.append(tx, {
          type: 'organization.unfrozen',
          aggregateType: 'organization',
          aggregateId: organization.id,
          payload: { organizationId: organization.id, reason: null },
        });
      }

      const decided = await this.disputes.decide(tx, disputeId, {
        status: decision.action === 'uphold' ? 'upheld' : 'dismissed',
        decidedBy: actor.userId,
        reason,
        claimTokenHash: claim?.hash ?? null,
        claimExpiresAt: claim?.expiresAt ?? null,
      });
      await this.disputes.audit(tx, {
        disputeId,
        action: decided.status === 'upheld' ? 'upheld' : 'dismissed',
        actorUserId: actor.userId,
        reason,
      });
      await this.outbox.append(tx, {
        type: decided.status === 'upheld' ? 'uscc_dispute.upheld' : 'uscc_dispute.dismissed',
        aggregateType: 'uscc_dispute',
        aggregateId: disputeId,
        payload: {
          disputeId,
          uscc: dispute.uscc,
          organizationId: organization.id,
          organizationName: organization.name,
          claimant: {
            email: dispute.claimantEmail,
            name: dispute.claimantName,
            organizationName: dispute.claimantOrganizationName,
            locale: dispute.claimantLocale,
          },
          reason,
          ...(claim && { claimToken: claim.token, claimExpiresAt: claim.expiresAt.toISOString() }),
        } satisfies UsccDisputeEventPayload,
      });
      return reviewerDisputeView(decided, await this.disputes.history(tx, disputeId));
    });
  }
}
