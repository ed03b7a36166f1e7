import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { OrganizationKind, VerificationState } from '../domain';
import { OrganizationRepository, ParkRepository, UserRepository } from '../persistence';

export interface OrganizationFacts {
  id: string;
  kind: OrganizationKind;
  name: string;
  regionCode: string | null;
  verificationState: VerificationState;
  /** Parks it is an approved member of. */
  parkIds: string[];
}

/**
 * What other contexts may ask identity about organizations and parks. They never read
 * identity's tables; they ask here.
 */
@Injectable()
export class OrganizationDirectory {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly users: UserRepository,
  ) {}

  async organizationIdByUscc(uscc: string): Promise<string | undefined> {
    return this.organizations.idByUscc(this.uow.db, uscc);
  }

  async userIdByEmail(email: string): Promise<string | undefined> {
    return (await this.users.findByEmail(this.uow.db, email))?.id;
  }

  /** The users of an organization, oldest member first: who hears of what happens to it. */
  async memberIds(organizationId: string): Promise<string[]> {
    return (await this.users.membersOf(this.uow.db, organizationId)).map((m) => m.userId);
  }

  /** Email addresses of these users, for notifying them; unknown ids are left out. */
  async emailsOf(userIds: readonly string[]): Promise<Map<string, string>> {
    return this.users.emailsOf(this.uow.db, userIds);
  }

  async facts(organizationId: string): Promise<OrganizationFacts | undefined> {
    const organization = await this.organizations.findById(this.uow.db, organizationId);
    if (!organization) return undefined;
    const parkIds = await this.parks.parkIdsOf(this.uow.db, organizationId, ['approved']);
    return {
      id: organization.id,
      kind: organization.kind,
      name: organization.name,
      regionCode: organization.regionCode,
      verificationState: organization.verificationState,
      parkIds,
    };
  }

  /** The approved member organizations of the given parks. */
  async membersOfParks(parkIds: readonly string[]): Promise<string[]> {
    if (parkIds.length === 0) return [];
    return this.parks.memberOrganizationIds(this.uow.db, parkIds);
  }

  /** The parks any of the given organizations belongs to (approved). */
  async parksOf(organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    return this.parks.parkIdsOfMany(this.uow.db, organizationIds);
  }

  async parkExists(parkId: string): Promise<boolean> {
    return (await this.parks.findById(this.uow.db, parkId)) !== undefined;
  }
}
