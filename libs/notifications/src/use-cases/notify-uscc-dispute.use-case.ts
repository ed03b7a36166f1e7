import { Injectable } from '@nestjs/common';
import { OrganizationDirectory, USCC_CLAIM_TTL_DAYS } from '@rongtong/identity';
import { AppConfig, type OutboxMessage, UnitOfWork, type UsccDisputeEventPayload } from '@rongtong/platform';
import { type NewEmail, OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { usccDisputeEmail, type UsccDisputeEmailKind } from '../templates';
import { DispatchPending } from './dispatch-pending';

export type UsccDisputeStep = 'opened' | 'upheld' | 'dismissed';

const CLAIMANT_KIND: Record<UsccDisputeStep, UsccDisputeEmailKind> = {
  opened: 'claimant_received',
  upheld: 'claimant_upheld',
  dismissed: 'claimant_dismissed',
};

const OWNER_KIND: Record<UsccDisputeStep, UsccDisputeEmailKind> = {
  opened: 'owner_opened',
  upheld: 'owner_upheld',
  dismissed: 'owner_dismissed',
};

/**
 * `uscc_dispute.opened|upheld|dismissed` → an email to the claimant (in the language they
 * wrote in: the receipt with the link that follows the dispute, the decision, and when
 * upheld the registration link that may take the code) and one to each owner of the
 * disputed enterprise, in their own language. The links carry one-time tokens, so the
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
      step === 'opened' && payload.followToken
        ? `${web}/uscc-disputes/follow?token=${encodeURIComponent(payload.followToken)}`
        : step === 'upheld' && payload.claimToken
          ? `${web}/register?token=${encodeURIComponent(payload.claimToken)}`
          : `${web}/`;
    const rows: NewEmail[] = [];
    const claimantEmail = usccDisputeEmail(CLAIMANT_KIND[step], {
      ...common,
      locale: payload.claimant.locale,
      readerName: payload.claimant.name,
      url: claimantUrl,
      claimDays: USCC_CLAIM_TTL_DAYS,
    });
    rows.push({
      eventId: event.id,
      template: `uscc_dispute_${CLAIMANT_KIND[step]}`,
      to: payload.claimant.email,
      userId: null,
      ...claimantEmail,
    });

    const owners = await this.directory.readersOf(await this.directory.ownerIds(payload.organizationId));
    for (const [userId, reader] of owners) {
      const email = usccDisputeEmail(OWNER_KIND[step], {
        ...common,
        locale: reader.locale,
        readerName: reader.displayName,
        url: `${web}/my/listings`,
      });
      rows.push({
        eventId: event.id,
        template: `uscc_dispute_${OWNER_KIND[step]}`,
        to: reader.email,
        userId,
        ...email,
      });
    }
    await this.uow.run((tx) => this.emails.insertMany(tx, rows));
    return this.dispatch.afterCommit(event.id, event.requestId);
  }
}
