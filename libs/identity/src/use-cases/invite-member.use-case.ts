import { Injectable } from '@nestjs/common';
import { type InvitationEventPayload, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { TokenService } from '../auth/token.service';
import {
  type Actor,
  assertEmailVerified,
  ForbiddenError,
  isAdminOf,
  membershipIn,
  type MembershipRole,
  normalizeEmail,
  OrganizationNotFoundError,
} from '../domain';
import { InvitationRepository, OrganizationRepository, ParkRepository } from '../persistence';
import { assertVisible } from './access';

export const INVITATION_TTL_DAYS = 7;

/**
 * An owner or admin invites someone by email. The one-time token is returned once (until
 * email delivery arrives it is handed over by the inviter) and only its hash is stored.
 */
@Injectable()
export class InviteMemberUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly parks: ParkRepository,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor | null, organizationId: string, input: { email: string; role: MembershipRole }) {
    if (actor && !isAdminOf(actor, organizationId)) {
      await assertVisible(this.uow.db, this.parks, actor, organizationId);
      throw new ForbiddenError('Only owners and admins invite', 'ADMIN_REQUIRED');
    }
    if (actor && input.role === 'owner' && membershipIn(actor, organizationId)?.role !== 'owner') {
      throw new ForbiddenError('Only an owner can invite another owner', 'OWNER_REQUIRED');
    }
    if (actor) assertEmailVerified(actor);
    const email = normalizeEmail(input.email);
    const { token, hash } = this.tokens.newRefreshToken();
    return this.uow.run(async (tx) => {
      const organization = await this.organizations.findById(tx, organizationId);
      if (!organization) throw new OrganizationNotFoundError();
      const invitation = await this.invitations.insert(tx, {
        organizationId,
        email,
        role: input.role,
        tokenHash: hash,
        invitedBy: actor?.userId ?? null,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      });
      // The token rides in the event so the invitation email can carry the accept link;
      // the outbox row holding it is pruned a week after it is relayed (as long as the
      // invitation lives), and the email's stored copy is redacted once it is sent.
      await this.outbox.append(tx, {
        type: 'invitation.created',
        aggregateType: 'organization',
        aggregateId: organizationId,
        payload: {
          invitationId: invitation.id,
          organizationId,
          email,
          role: input.role,
          token,
        } satisfies InvitationEventPayload,
      });
      return { invitation: { ...invitation, organization: { id: organization.id, name: organization.name } }, token };
    });
  }
}
