import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor, InvitationStatus } from '../domain';
import { InvitationRepository, ParkRepository } from '../persistence';
import { requireAdmin } from './organization-admin-access';

/** The organization's invitations, what became of each and who sent it (owners and admins). */
@Injectable()
export class ListInvitationsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly invitations: InvitationRepository,
    private readonly parks: ParkRepository,
  ) {}

  async execute(
    actor: Actor,
    organizationId: string,
    query: { status?: InvitationStatus; page?: number; limit?: number },
  ) {
    await requireAdmin(this.uow.db, this.parks, actor, organizationId, 'Only owners and admins see invitations');
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.invitations.page(this.uow.db, organizationId, {
      status: query.status,
      page,
      limit,
    });
    return { items, total, page, limit };
  }
}
