import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, isMemberOf, OrganizationNotFoundError } from '../domain';
import { UserRepository } from '../persistence';

/** Who belongs to an organization: visible to its own members and to platform admins. */
@Injectable()
export class ListOrganizationMembersUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
  ) {}

  async execute(actor: Actor, organizationId: string) {
    if (!isMemberOf(actor, organizationId) && !actor.isPlatformAdmin) throw new OrganizationNotFoundError();
    return this.users.membersOf(this.uow.db, organizationId);
  }
}
