import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, ForbiddenError, isMemberOf } from '../domain';
import { ParkRepository, UserRepository } from '../persistence';
import { assertVisible } from './access';

/** Who belongs to an organization: visible to its own members and to platform admins. */
@Injectable()
export class ListOrganizationMembersUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly parks: ParkRepository,
  ) {}

  async execute(actor: Actor, organizationId: string) {
    if (!isMemberOf(actor, organizationId) && !actor.isPlatformAdmin) {
      await assertVisible(this.uow.db, this.parks, actor, organizationId);
      throw new ForbiddenError('Only its members see who belongs to an organization', 'MEMBER_REQUIRED');
    }
    return this.users.membersOf(this.uow.db, organizationId);
  }
}
