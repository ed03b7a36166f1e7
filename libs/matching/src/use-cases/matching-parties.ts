import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds, isMemberOf, OrganizationDirectory } from '@rongtong/identity';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import type { Db } from '@rongtong/platform';
import { DemandForbiddenError, DemandNotFoundError } from '../domain';
import { type DemandRecord, DemandRepository } from '../persistence/demand.repository';
import type { ListingSummary } from './demand-view';

/**
 * Who is who around demands, through the other contexts' public faces: the enterprise a
 * caller posts for, the demands a caller owns, the listings and organizations matches
 * point at.
 */
@Injectable()
export class MatchingParties {
  constructor(
    private readonly demands: DemandRepository,
    private readonly listings: ListingsForIndexUseCase,
    private readonly directory: OrganizationDirectory,
  ) {}

  /** The enterprise the caller posts for: the one named, or the caller's only one (403 otherwise). */
  requesterOrganization(actor: Actor, organizationId: string | undefined): string {
    const owned = enterpriseIds(actor);
    const id = organizationId ?? (owned.length === 1 ? owned[0] : undefined);
    if (!id || !isMemberOf(actor, id) || !owned.includes(id)) {
      throw new DemandForbiddenError(
        'ENTERPRISE_MEMBER_REQUIRED',
        owned.length > 1
          ? 'Say which of your enterprises posts the demand (organizationId)'
          : 'Only members of an enterprise post demands',
      );
    }
    return id;
  }

  /** `requesterOrganization`, refused (403 ORGANIZATION_FROZEN) while that enterprise is frozen. */
  async postingOrganization(actor: Actor, organizationId: string | undefined): Promise<string> {
    const id = this.requesterOrganization(actor, organizationId);
    await this.directory.assertNotFrozen(id);
    return id;
  }

  /** A demand of one of the caller's enterprises; 404 for anyone else's. */
  async ownedDemand(
    db: Db,
    actor: Actor,
    demandId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<DemandRecord> {
    const demand = await this.demands.findOwned(db, enterpriseIds(actor), demandId, options);
    if (!demand) throw new DemandNotFoundError();
    return demand;
  }

  async regionOf(organizationId: string): Promise<string | null> {
    return (await this.directory.facts(organizationId))?.regionCode ?? null;
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const distinct = [...new Set(ids)];
    const facts = await Promise.all(distinct.map((id) => this.directory.facts(id)));
    return new Map(facts.filter((f) => f !== undefined).map((f) => [f.id, f.name]));
  }

  /** The listings' current title, kind and status (whatever their status now is). */
  async listingSummaries(ids: readonly string[]): Promise<Map<string, ListingSummary>> {
    const listings = await this.listings.load([...new Set(ids)]);
    return new Map(
      listings.map((l) => [
        l.id,
        { title: l.title, kind: l.kind, status: l.status, providerOrganizationId: l.ownerOrganizationId },
      ]),
    );
  }
}
