import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { UserRepository } from '../persistence';
import { userView } from './views';

@Injectable()
export class GetMeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
  ) {}

  async execute(actor: Actor) {
    const { memberships, ...user } = (await this.users.profileOf(this.uow.db, actor.userId))!;
    return {
      ...userView(user),
      isPlatformAdmin: actor.isPlatformAdmin,
      memberships: memberships.map((m) => ({
        organization: { id: m.organizationId, name: m.organizationName, kind: m.kind },
        role: m.role,
      })),
      operatedParkIds: actor.operatedParkIds,
    };
  }
}
