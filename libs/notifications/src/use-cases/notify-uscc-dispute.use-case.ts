import { Injectable } from '@nestjs/common';
import { OrganizationDirectory, USCC_CLAIM_TTL_DAYS, USCC_DISPUTE_CONFIRM_TTL_HOURS } from '@rongtong/identity';
import { AppConfig, type OutboxMessage, UnitOfWork, type UsccDisputeEventPayload } from '@rongtong/platform';
import { type NewEmail, OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { usccDisputeEmail, type UsccDisputeEmailKind } from '../templates';
import { DispatchPending } from './dispatch-pending';

export type UsccDisputeStep = 'filed' | 'opened' | 'upheld' | 'dismissed';

const CLAIMANT_KIND: Record<UsccDisputeStep, UsccDisputeEmailKind> = {
  filed: 'claimant_confirm',
  opened: 'claimant_received',
  upheld: 'claimant_upheld',
  dismissed: 'claimant_dismissed',
};

/** A filed dispute is the claimant's alone until they confirm it: the owners hear of it once it opens. */
const OWNER_KIND: Record<UsccDisputeStep, UsccDisputeEmailKind | null> = {
  filed: null,
  opened: 'owner_opened',
  upheld: 'owner_upheld',
  dismissed: 'owner_dismissed',
};

/**
 * `uscc_dispute.filed|opened|upheld|dismissed` → an email to the claimant (in the language they
 * wrote in: filed, the link that confirms their address and opens the dispute; opened, the
 * receipt with the link that follows it; the decision, and when
 * upheld the registration link that may take the code) and, once it is open, one to each
 * owner of the disputed enterprise and (when it opens) one to each of its reviewers, in their own language. The links carry one-time tokens, so the
 * stored copies are redacted once settled, like account links.
 */
@Injectable()
export class NotifyUsccDisputeUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly directory: OrganizationDirectory,
    private readonly emails: OutboundEmailRepository,
    private readonly dispatch: DispatchPending,
  ) {}

  async execute(step: UsccDisputeStep, event: OutboxMessage<UsccDisputeEventPayload>) {
    const { payload } = event;
    const web = this.config.publicWebUrl;
    const common = {
      uscc: payload.uscc,
      organizationName: payload.organizationName,
      claimantOrganizationName: payload.claimant.organizationName,
      reason: payload.reason,
    };
    const claimantUrl =
      step === 'filed' && payload.confirmToken
        ? `${web}/uscc-disputes/confirm?token=${encodeURIComponent(payload.confirmToken)}`
        : step === 'opened' && payload.followToken
          ? `${web}/uscc-disputes/follow?token=${encodeURIComponent(payload.followToken)}`
          : step === 'upheld' && payload.claimToken
            ? `${web}/register?token=${encodeURIComponent(payload.claimToken)}&uscc=${encodeURIComponent(payload.uscc)}`
            : `${web}/`;
    const rows: NewEmail[] = [];
    const claimantEmail = usccDisputeEmail(CLAIMANT_KIND[step], {
      ...common,
      locale: payload.claimant.locale,
      readerName: payload.claimant.name,
      url: claimantUrl,
      claimDays: USCC_CLAIM_TTL_DAYS,
      confirmHours: USCC_DISPUTE_CONFIRM_TTL_HOURS,
    });
    rows.push({
      eventId: event.id,
      template: `uscc_dispute_${CLAIMANT_KIND[step]}`,
      to: payload.claimant.email,
      userId: null,
      ...claimantEmail,
    });

    const ownerKind = OWNER_KIND[step];
    if (ownerKind) {
      const owners = await this.directory.readersOf(await this.directory.ownerIds(payload.organizationId));
      for (const [userId, reader] of owners) {
        const email = usccDisputeEmail(ownerKind, {
          ...common,
          locale: reader.locale,
          readerName: reader.displayName,
          url: `${web}/my/listings`,
        });
        rows.push({
          eventId: event.id,
          template: `uscc_dispute_${ownerKind}`,
          to: reader.email,
          userId,
          ...email,
        });
      }
    }
    // Once open, its reviewers hear of it: the operators of the enterprise's parks and the platform admins.
    if (step === 'opened') {
      const reviewers = await this.directory.readersOf(await this.directory.disputeReviewerIds(payload.organizationId));
      for (const [userId, reader] of reviewers) {
        const email = usccDisputeEmail('reviewer_opened', {
          ...common,
          locale: reader.locale,
          readerName: reader.displayName,
          url: `${web}/sign-in`,
        });
        rows.push({
          eventId: event.id,
          template: 'uscc_dispute_reviewer_opened',
          to: reader.email,
          userId,
          ...email,
        });
      }
    }
    await this.uow.run((tx) => this.emails.insertMany(tx, rows));
    return this.dispatch.afterCommit(event.id, event.requestId);
  }
}
