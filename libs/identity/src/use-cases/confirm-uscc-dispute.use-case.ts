import { Injectable } from '@nestjs/common';
import { isUniqueViolation, OutboxWriter, UnitOfWork, type UsccDisputeEventPayload } from '@rongtong/platform';
import { TokenService } from '../auth/token.service';
import {
  UsccDisputeAlreadyConfirmedError,
  UsccDisputeConfirmationExpiredError,
  UsccDisputeNotFoundError,
  UsccDisputeOpenError,
  UsccNotRegisteredError,
} from '../domain';
import { OrganizationRepository, UsccDisputeRepository } from '../persistence';
import { claimantDisputeView } from './uscc-dispute-views';

/**
 * The claimant follows the link of the confirmation email (one-time token, 24 h): their
 * address answers, so the dispute opens. Only now is the holder frozen, its owners
 * emailed, the claimant sent the receipt that follows the dispute, and the dispute listed
 * for reviewers — all in one transaction through the outbox. The answer carries the
 * follow token too, so the page that confirmed can show the dispute at once.
 *
 * Refused: a token never issued (404), one past its deadline (USCC_DISPUTE_CONFIRMATION_EXPIRED:
 * file again), one already spent (USCC_DISPUTE_ALREADY_CONFIRMED), and a confirmation
 * while another dispute of the code is open (USCC_DISPUTE_OPEN, like a second dispute).
 */
@Injectable()
export class ConfirmUsccDisputeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly disputes: UsccDisputeRepository,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(token: string) {
    const follow = this.tokens.newRefreshToken();
    try {
      return await this.uow.run(async (tx) => {
        const dispute = await this.disputes.findByConfirmToken(tx, TokenService.hash(token));
        if (!dispute) throw new UsccDisputeNotFoundError();
        if (dispute.confirmedAt !== null) throw new UsccDisputeAlreadyConfirmedError(dispute.status);
        if (
          dispute.status === 'expired' ||
          dispute.confirmExpiresAt === null ||
          dispute.confirmExpiresAt <= new Date()
        ) {
          throw new UsccDisputeConfirmationExpiredError();
        }
        const organization = await this.organizations.findById(tx, dispute.organizationId, { forUpdate: true });
        // The code left its holder since (another dispute upheld): nothing is left to dispute here.
        if (!organization || organization.uscc !== dispute.uscc) throw new UsccNotRegisteredError();
        if (await this.disputes.openFor(tx, dispute.uscc)) throw new UsccDisputeOpenError();

        const opened = await this.disputes.confirm(tx, dispute.id, follow.hash);
        await this.disputes.audit(tx, { disputeId: dispute.id, action: 'opened', actorUserId: null });
        if (!organization.frozenReason) {
          await this.organizations.update(tx, organization.id, { frozenReason: 'uscc_disputed', frozenAt: new Date() });
          await this.outbox.append(tx, {
            type: 'organization.frozen',
            aggregateType: 'organization',
            aggregateId: organization.id,
            payload: { organizationId: organization.id, reason: 'uscc_disputed' },
          });
        }
        await this.outbox.append(tx, {
          type: 'uscc_dispute.opened',
          aggregateType: 'uscc_dispute',
          aggregateId: dispute.id,
          payload: {
            disputeId: dispute.id,
            uscc: dispute.uscc,
            organizationId: organization.id,
            organizationName: organization.name,
            claimant: {
              email: dispute.claimantEmail,
              name: dispute.claimantName,
              organizationName: dispute.claimantOrganizationName,
              locale: dispute.claimantLocale,
            },
            reason: null,
            followToken: follow.token,
          } satisfies UsccDisputeEventPayload,
        });
        return { ...claimantDisputeView(opened), followToken: follow.token };
      });
    } catch (error) {
      // Two confirmations of one code racing past the check meet the partial unique index.
      if (isUniqueViolation(error, 'uscc_disputes_open_key')) throw new UsccDisputeOpenError();
      throw error;
    }
  }
}
