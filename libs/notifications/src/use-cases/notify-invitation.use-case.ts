import { Injectable, Logger } from '@nestjs/common';
import { INVITATION_TTL_DAYS, OrganizationDirectory } from '@rongtong/identity';
import { AppConfig, type InvitationEventPayload, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { DEFAULT_LOCALE, invitationEmail } from '../templates';
import { DispatchPending } from './dispatch-pending';

/**
 * `invitation.created` → an email to the invitee with the link that accepts it, in the
 * invitee's language if the address already has an account, else the inviter's.
 */
@Injectable()
export class NotifyInvitationUseCase {
  private readonly logger = new Logger(NotifyInvitationUseCase.name);

  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly directory: OrganizationDirectory,
    private readonly emails: OutboundEmailRepository,
    private readonly dispatch: DispatchPending,
  ) {}

  async execute(event: OutboxMessage<InvitationEventPayload>) {
    const { token, email: to, organizationId, role, invitationId } = event.payload;
    if (!token) {
      // Events written before the payload carried the token: there is no link to send.
      this.logger.warn({ eventId: event.id }, 'invitation.created without a token: no invitation email');
      return { emails: 0, deliveries: 0 };
    }
    const organization = await this.directory.facts(organizationId);
    const locale = (await this.directory.invitationLocale({ id: invitationId, email: to })) ?? DEFAULT_LOCALE;
    const email = invitationEmail({
      locale,
      organizationName: organization?.name ?? '融通 Rongtong',
      role,
      acceptUrl: `${this.config.publicWebUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
      validDays: INVITATION_TTL_DAYS,
    });
    await this.uow.run((tx) =>
      this.emails.insertMany(tx, [{ eventId: event.id, template: 'invitation', to, userId: null, ...email }]),
    );
    return this.dispatch.afterCommit(event.id, event.requestId);
  }
}
