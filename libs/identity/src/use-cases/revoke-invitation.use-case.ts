import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, ForbiddenError, InvitationNotFoundError, InvitationNotPendingError } from '../domain';
import { InvitationRepository, ParkRepository } from '../persistence';
import { requireAdmin } from './organization-admin-access';

/**
 * An owner or admin revokes a pending invitation: its token stops working at once (accept
 * looks for open invitations only, under the same row lock). Who revoked it and when stay
 * on the row. An owner's invitation is revoked only by an owner, as only one may send it.
 */
@Injectable()
export class RevokeInvitationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly invitations: InvitationRepository,
    private readonly parks: ParkRepository,
  ) {}

  async execute(actor: Actor, organizationId: string, invitationId: string): Promise<void> {
    const role = await requireAdmin(this.uow.db, this.parks, actor, organizationId, 'Only owners and admins revoke');
    await this.uow.run(async (tx) => {
      const invitation = await this.invitations.lockInOrganization(tx, organizationId, invitationId);
      if (!invitation) throw new InvitationNotFoundError();
      if (invitation.role === 'owner' && role !== 'owner') {
        throw new ForbiddenError("Only an owner can revoke an owner's invitation", 'OWNER_REQUIRED');
      }
      if (invitation.status !== 'pending') throw new InvitationNotPendingError(invitation.status);
      await this.invitations.markRevoked(tx, invitation.id, actor.userId);
    });
  }
}
