import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, OrganizationNotFoundError } from '../domain';
import { OrganizationRepository, ParkRepository } from '../persistence';
import { organizationView } from './views';

/** The public profile, with private fields for the organization's members and moderators. */
@Injectable()
export class GetOrganizationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
  ) {}

  async execute(organizationId: string, actor?: Actor) {
    const db = this.uow.db;
    const organization = await this.organizations.findById(db, organizationId);
    if (!organization) throw new OrganizationNotFoundError();
    const [parks, moderatedParkIds] = await Promise.all([
      this.parks.approvedParksOf(db, organizationId),
      // Operators of a park it asked to join see what they are asked to decide on.
      this.parks.parkIdsOf(db, organizationId, ['approved', 'pending']),
    ]);
    return organizationView(organization, { actor, parks, moderatedParkIds });
  }
}
