import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import {
  type Actor,
  ForbiddenError,
  LastOwnerError,
  MemberNotFoundError,
  type MembershipRole,
  outranks,
} from '../domain';
import { MembershipRepository, ParkRepository, UserRepository } from '../persistence';
import { requireAdmin } from './organization-admin-access';

export type MembershipChange = { action: 'change_role'; role: MembershipRole } | { action: 'remove' };

/**
 * Owners and admins change a member's role or remove them. Nobody gives a role above
 * their own (an admin makes no owners, nor themselves one: 403 ROLE_ABOVE_OWN), an admin
 * does not touch an owner (403 OWNER_REQUIRED), and the last owner can neither step down
 * nor be removed (409 LAST_OWNER): the organization's memberships are locked while this
 * is decided. Each change is recorded in `membership_audit`; the member's sessions see
 * their new role (or none) from their next request.
 */
@Injectable()
export class ChangeMembershipUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
    private readonly parks: ParkRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor, organizationId: string, userId: string, change: MembershipChange) {
    const own = await requireAdmin(
      this.uow.db,
      this.parks,
      actor,
      organizationId,
      'Only owners and admins manage members',
    );
    if (change.action === 'change_role' && outranks(change.role, own)) {
      throw new ForbiddenError(`An ${own} cannot give the role ${change.role}`, 'ROLE_ABOVE_OWN');
    }
    const changed = await this.uow.run(async (tx) => {
      const members = await this.memberships.lockAll(tx, organizationId);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw new MemberNotFoundError();
      if (outranks(target.role, own)) {
        throw new ForbiddenError(`Only an owner can change or remove an owner`, 'OWNER_REQUIRED');
      }
      const toRole = change.action === 'change_role' ? change.role : null;
      if (toRole === target.role) return false;
      const owners = members.filter((m) => m.role === 'owner').length;
      if (target.role === 'owner' && owners === 1) throw new LastOwnerError();
      if (toRole) await this.memberships.setRole(tx, organizationId, userId, toRole);
      else await this.memberships.remove(tx, organizationId, userId);
      await this.memberships.audit(tx, {
        organizationId,
        userId,
        actorUserId: actor.userId,
        action: toRole ? 'role_changed' : 'removed',
        fromRole: target.role,
        toRole,
      });
      return true;
    });
    if (changed) this.actors.forgetUser(userId);
    if (change.action === 'remove') return undefined;
    return (await this.users.membersOf(this.uow.db, organizationId)).find((m) => m.userId === userId)!;
  }
}
