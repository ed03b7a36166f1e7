import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds, isMemberOf, moderatesAnyOf, OrganizationDirectory } from '@rongtong/identity';
import type { Db } from '@rongtong/platform';
import { RfqNotFoundError, SourcingForbiddenError } from '../domain';
import { type RfqRecord, RfqRepository, type SupplierScope } from '../persistence/rfq.repository';

/** How the caller stands to an RFQ it may see. */
export type RfqSide = 'buyer' | 'supplier' | 'moderator';

/**
 * Who is who around RFQs, through identity's public face: the enterprise a buyer posts
 * for, the scope a supplier quotes in, and how a caller stands to an RFQ (404 when it
 * may not see it at all).
 */
@Injectable()
export class SourcingParties {
  constructor(
    private readonly rfqs: RfqRepository,
    private readonly directory: OrganizationDirectory,
  ) {}

  /** The enterprise the caller acts for: the one named, or its only one (403 otherwise). */
  actingOrganization(actor: Actor, organizationId: string | undefined, what: string): string {
    const owned = enterpriseIds(actor);
    const id = organizationId ?? (owned.length === 1 ? owned[0] : undefined);
    if (!id || !isMemberOf(actor, id) || !owned.includes(id)) {
      throw new SourcingForbiddenError(
        'ENTERPRISE_MEMBER_REQUIRED',
        owned.length > 1
          ? `Say which of your enterprises ${what} (organizationId)`
          : `Only members of an enterprise ${what}`,
      );
    }
    return id;
  }

  /** The buyer's enterprise for a new RFQ: verified and not frozen. Returns it with its parks. */
  async buyer(actor: Actor, organizationId: string | undefined): Promise<{ id: string; parkIds: string[] }> {
    const id = this.actingOrganization(actor, organizationId, 'posts the RFQ');
    const facts = await this.directory.facts(id);
    if (facts?.verificationState !== 'verified') {
      throw new SourcingForbiddenError('ORGANIZATION_NOT_VERIFIED', 'Only a verified enterprise can post RFQs');
    }
    await this.directory.assertNotFrozen(id);
    return { id, parkIds: facts.parkIds };
  }

  async assertNotFrozen(organizationId: string): Promise<void> {
    await this.directory.assertNotFrozen(organizationId);
  }

  /** The enterprises the caller acts for, and their parks. */
  async scope(actor: Actor | undefined): Promise<SupplierScope> {
    const organizationIds = enterpriseIds(actor);
    if (organizationIds.length === 0) return { organizationIds, parkIds: [] };
    const facts = await this.directory.factsOfMany(organizationIds);
    return { organizationIds, parkIds: [...new Set([...facts.values()].flatMap((f) => f.parkIds))] };
  }

  /** The RFQ and how the caller stands to it; 404 when the caller may not see it. */
  async standing(
    db: Db,
    actor: Actor | undefined,
    rfqId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<{ rfq: RfqRecord; side: RfqSide; scope: SupplierScope }> {
    const rfq = await this.rfqs.findById(db, rfqId, options);
    if (!rfq || !actor) throw new RfqNotFoundError();
    const scope = await this.scope(actor);
    if (isMemberOf(actor, rfq.organizationId)) return { rfq, side: 'buyer', scope };
    // Only enterprises quote: an operator or admin acting for none is no supplier.
    if (scope.organizationIds.length > 0 && (await this.rfqs.isEligible(db, scope, rfq.id))) {
      return { rfq, side: 'supplier', scope };
    }
    if (moderatesAnyOf(actor, rfq.parkIds)) return { rfq, side: 'moderator', scope };
    throw new RfqNotFoundError();
  }

  /** The same, for a step only the buyer takes: anyone else who may see the RFQ gets 403. */
  async asBuyer(db: Db, actor: Actor, rfqId: string, options: { forUpdate?: boolean } = {}) {
    const standing = await this.standing(db, actor, rfqId, options);
    if (standing.side !== 'buyer') {
      throw new SourcingForbiddenError('BUYER_REQUIRED', 'Only the enterprise that posted the RFQ can do this');
    }
    return standing.rfq;
  }

  /**
   * The supplier enterprise the caller quotes (asks, accepts) for on this RFQ: one of its
   * enterprises the RFQ is open to. The buyer's own members get 403 OWN_RFQ.
   */
  async asSupplier(
    db: Db,
    actor: Actor,
    rfqId: string,
    organizationId: string | undefined,
    options: { forUpdate?: boolean } = {},
  ): Promise<{ rfq: RfqRecord; supplierId: string }> {
    const standing = await this.standing(db, actor, rfqId, options);
    if (standing.side === 'buyer' && (organizationId === undefined || organizationId === standing.rfq.organizationId)) {
      throw new SourcingForbiddenError('OWN_RFQ', 'An enterprise cannot quote on its own RFQ');
    }
    const candidates = standing.scope.organizationIds.filter((id) => id !== standing.rfq.organizationId);
    const supplierId = organizationId ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (!supplierId || !candidates.includes(supplierId)) {
      if (standing.side === 'moderator') throw new RfqNotFoundError();
      throw new SourcingForbiddenError(
        'ENTERPRISE_MEMBER_REQUIRED',
        candidates.length > 1
          ? 'Say which of your enterprises quotes (organizationId)'
          : 'Only members of a supplier enterprise can do this',
      );
    }
    const own = { organizationIds: [supplierId], parkIds: standing.scope.parkIds };
    if (!(await this.rfqs.isEligible(db, own, rfqId))) throw new RfqNotFoundError();
    return { rfq: standing.rfq, supplierId };
  }

  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const facts = await this.directory.factsOfMany(ids);
    return new Map([...facts.values()].map((f) => [f.id, f.name]));
  }

  get organizations(): OrganizationDirectory {
    return this.directory;
  }
}
