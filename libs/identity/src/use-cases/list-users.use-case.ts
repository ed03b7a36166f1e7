import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { UserRepository } from '../persistence';
import { assertPlatformAdmin, userAdminView } from './user-admin-view';

/** Platform admins find users: newest first, `q` matching email or display name in any case. */
@Injectable()
export class ListUsersUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
  ) {}

  async execute(actor: Actor, query: { q?: string; page?: number; limit?: number }) {
    assertPlatformAdmin(actor);
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.users.page(this.uow.db, { q: query.q, offset: (page - 1) * limit, limit });
    return { items: items.map(userAdminView), total, page, limit };
  }
}
