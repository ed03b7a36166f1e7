import { Injectable } from '@nestjs/common';
import type { Locale } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import {
  type BadgeTier,
  type FrozenReason,
  OrganizationFrozenError,
  type OrganizationKind,
  type SizeClass,
  SpecialisedBadge,
  type VerificationState,
} from '../domain';
import type { BadgeRecord } from '../persistence/organization.repository';
import { OrganizationRepository, ParkRepository, type UserReader, UserRepository } from '../persistence';

export interface OrganizationFacts {
  id: string;
  kind: OrganizationKind;
  name: string;
  regionCode: string | null;
  verificationState: VerificationState;
  /** Parks it is an approved member of. */
  parkIds: string[];
  /** Its 专精特新 tier, while the badge is shown (verified, not expired); null without one. */
  badge: BadgeTier | null;
  /** Large, medium, small or micro, when its profile says enough to tell. */
  sizeClass: SizeClass | null;
  /** Frozen (its credit code disputed or revoked): not searchable, no new listings, deals or demands. */
  frozen: FrozenReason | null;
}

/** A verified enterprise as the supplier directory describes it. */
export interface SupplierProfileFacts {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  industrySection: string | null;
  industryDivision: string | null;
  regionCode: string | null;
  parkIds: string[];
  sizeClass: SizeClass | null;
  badge: BadgeTier | null;
  updatedAt: Date;
}

/** The tier of a badge shown on `now`; an unverified, expired (or unreadable) badge is none. */
function shownBadge(badge: BadgeRecord | null, now: Date): BadgeTier | null {
  if (!badge || badge.status !== 'verified') return null;
  try {
    return SpecialisedBadge.create(badge).isShownOn(now) ? badge.tier : null;
  } catch {
    return null;
  }
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

  /** The owners of an organization, oldest first: who is told what happens to it as a whole. */
  async ownerIds(organizationId: string): Promise<string[]> {
    return (await this.users.membersOf(this.uow.db, organizationId))
      .filter((m) => m.role === 'owner')
      .map((m) => m.userId);
  }

  /** Address, name and language of these users, for writing to them; unknown ids are left out. */
  async readersOf(userIds: readonly string[]): Promise<Map<string, UserReader>> {
    return this.users.readersOf(this.uow.db, userIds);
  }

  /** The language an invitation is written in: the invitee's, else the inviter's; undefined if neither is known. */
  async invitationLocale(invitation: { id: string; email: string }): Promise<Locale | undefined> {
    return this.users.invitationLocale(this.uow.db, invitation);
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
      badge: shownBadge(organization.badge, new Date()),
      sizeClass: organization.sizeClass,
      frozen: organization.frozenReason,
    };
  }

  /** `facts` of many organizations in one query, by id; unknown ids are absent. */
  async factsOfMany(organizationIds: readonly string[], now = new Date()): Promise<Map<string, OrganizationFacts>> {
    const rows = await this.organizations.findManyWithParks(this.uow.db, [...new Set(organizationIds)]);
    return new Map(
      rows.map((o) => [
        o.id,
        {
          id: o.id,
          kind: o.kind,
          name: o.name,
          regionCode: o.regionCode,
          verificationState: o.verificationState,
          parkIds: o.parkIds,
          badge: shownBadge(o.badge, now),
          sizeClass: o.sizeClass,
          frozen: o.frozenReason,
        },
      ]),
    );
  }

  /**
   * What the supplier directory says of these organizations: the verified, unfrozen
   * enterprises among them with their profile (name, description, industry) and facts;
   * the others are absent.
   */
  async supplierProfiles(
    organizationIds: readonly string[],
    now = new Date(),
  ): Promise<Map<string, SupplierProfileFacts>> {
    const rows = await this.organizations.findManyWithParks(this.uow.db, [...new Set(organizationIds)]);
    return new Map(
      rows
        .filter((o) => o.kind === 'enterprise' && o.verificationState === 'verified' && !o.frozenReason)
        .map((o) => [
          o.id,
          {
            id: o.id,
            name: o.name,
            nameEn: o.nameEn,
            description: o.description,
            industrySection: o.industrySection,
            industryDivision: o.industryDivision,
            regionCode: o.regionCode,
            parkIds: o.parkIds,
            sizeClass: o.sizeClass,
            badge: shownBadge(o.badge, now),
            updatedAt: o.updatedAt,
          },
        ]),
    );
  }

  /** Every verified, unfrozen enterprise: the supplier directory's rebuild. */
  listedSupplierIds(): Promise<string[]> {
    return this.organizations.listedSupplierIds(this.uow.db);
  }

  /**
   * Throws 403 ORGANIZATION_FROZEN when the acting enterprise is frozen (or, for a deal,
   * the one whose listing it is): one query, for the places that start something new.
   */
  async assertNotFrozen(actingOrganizationId: string, providerOrganizationId?: string): Promise<void> {
    const ids = providerOrganizationId ? [actingOrganizationId, providerOrganizationId] : [actingOrganizationId];
    const frozen = await this.organizations.frozenAmong(this.uow.db, ids);
    const own = frozen.get(actingOrganizationId);
    if (own) throw new OrganizationFrozenError(own);
    const provider = providerOrganizationId && frozen.get(providerOrganizationId);
    if (provider) throw new OrganizationFrozenError(provider, 'provider');
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

  /** Who reviews the organization's credit code disputes: its parks' operators and the platform admins. */
  async disputeReviewerIds(organizationId: string): Promise<string[]> {
    return this.parks.disputeReviewerIds(this.uow.db, organizationId);
  }

  async parkExists(parkId: string): Promise<boolean> {
    return (await this.parks.findById(this.uow.db, parkId)) !== undefined;
  }
}
