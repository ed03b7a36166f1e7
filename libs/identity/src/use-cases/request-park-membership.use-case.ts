import { Injectable } from '@nestjs/common';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  type Actor,
  ForbiddenError,
  isAdminOf,
  OrganizationNotFoundError,
  ParkMembershipConflictError,
  ParkNotFoundError,
} from '../domain';
import { OrganizationRepository, ParkRepository } from '../persistence';
import { assertVisible } from './access';

/** An enterprise's owner or admin asks to join a park; the park's operator decides. */
@Injectable()
export class RequestParkMembershipUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly parks: ParkRepository,
    private readonly organizations: OrganizationRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, parkId: string, organizationId: string) {
    if (!isAdminOf(actor, organizationId)) {
      await assertVisible(this.uow.db, this.parks, actor, organizationId);
      throw new ForbiddenError('Only owners and admins ask to join a park', 'ADMIN_REQUIRED');
    }
    return this.uow.run(async (tx) => {
      const [park, organization] = await Promise.all([
        this.parks.findById(tx, parkId),
        this.organizations.findById(tx, organizationId),
      ]);
      if (!park) throw new ParkNotFoundError();
      if (!organization || organization.kind !== 'enterprise') throw new OrganizationNotFoundError();
      const existing = await this.parks.findMembership(tx, parkId, organizationId, { forUpdate: true });
      if (existing && existing.status !== 'rejected') throw new ParkMembershipConflictError(existing.status);
      await this.parks.upsertRequest(tx, parkId, organizationId, actor.userId);
      await this.outbox.append(tx, {
        type: 'park_membership.requested',
        aggregateType: 'park',
        aggregateId: parkId,
        payload: { parkId, organizationId },
      });
      return (await this.parks.findMembership(tx, parkId, organizationId))!;
    });
  }
}
