import { Injectable } from '@nestjs/common';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { type Actor, BadgeNotPendingError, moderatesAnyOf, OrganizationNotFoundError } from '../domain';
import { OrganizationRepository, ParkRepository } from '../persistence';
import { organizationView } from './views';

/**
 * An operator of one of the enterprise's parks, or a platform admin, verifies or rejects
 * the 专精特新 badge it claimed (checked against the certificate); until verified it is
 * neither shown publicly nor scored by the matcher.
 */
@Injectable()
export class DecideBadgeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, organizationId: string, decision: { action: 'verify' | 'reject'; reason?: string }) {
    return this.uow.run(async (tx) => {
      const organization = await this.organizations.findById(tx, organizationId, { forUpdate: true });
      if (!organization || organization.kind !== 'enterprise') throw new OrganizationNotFoundError();
      const parkIds = await this.parks.parkIdsOf(tx, organizationId, ['approved']);
      if (!moderatesAnyOf(actor, parkIds)) throw new OrganizationNotFoundError();
      const badge = organization.badge;
      if (badge?.status !== 'pending') throw new BadgeNotPendingError(badge?.status ?? null);
      const status = decision.action === 'verify' ? 'verified' : 'rejected';
      const updated = await this.organizations.update(tx, organizationId, { badge: { ...badge, status } });
      await this.outbox.append(tx, {
        type: status === 'verified' ? 'organization.badge_verified' : 'organization.badge_rejected',
        aggregateType: 'organization',
        aggregateId: organizationId,
        payload: { organizationId, tier: badge.tier, reason: decision.reason ?? null, decidedBy: actor.userId },
      });
      const parks = await this.parks.approvedParksOf(tx, organizationId);
      return organizationView(updated, { actor, parks, moderatedParkIds: parkIds });
    });
  }
}
