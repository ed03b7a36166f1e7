import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { todayInChina } from '@rongtong/kernel';
import { type IpDetails, PatentNumber, patentExpiry } from '@rongtong/listings';
import type { Db } from '@rongtong/platform';
import {
  findLicenceConflict,
  LICENCE_TYPES,
  type LicensablePatent,
  LicenceConflictError,
  type LicenceRequestTerms,
  type LicenceType,
  licenceScope,
  ListingNotDealableError,
  type PublishedLicenceFees,
  readLicenceCounter,
  royaltyPercentOf,
} from '../domain';
import { type DealRecord, listingIdOf } from '../persistence/deal.repository';
import { type LicenceAgreementRecord, LicenceRepository } from '../persistence/licence.repository';
import type { DealableListing } from '../access/deal-listings';
import type { DealEffects, StepContext, StepOutcome } from './deal-workflow';

/**
 * The patent as the deal was opened on it, kept in the deal's terms: what the parties
 * negotiate about, and what a counter-offer is read against without asking the listings
 * context again inside the step's transaction.
 */
export interface PatentSnapshot extends LicensablePatent {
  patentNumber: string;
  patentType: IpDetails['patentType'];
  legalStatus: IpDetails['legalStatus'];
}

/** A licence deal's terms: the negotiated terms, the royalty also as a percentage, and the patent. */
export type LicenceDealTerms = LicenceRequestTerms & { royaltyPercent: number; patent: PatentSnapshot };

export function licenceDealTerms(terms: LicenceRequestTerms, patent: PatentSnapshot): LicenceDealTerms {
  return { ...terms, royaltyPercent: royaltyPercentOf(terms.royaltyBasisPoints), patent };
}

/** The negotiated terms of a licence deal (written by this module, so trusted). */
export function licenceTermsOf(deal: DealRecord): LicenceRequestTerms {
  const t = deal.terms as unknown as LicenceDealTerms;
  return {
    licenceType: t.licenceType,
    territory: t.territory,
    fieldOfUse: t.fieldOfUse,
    termMonths: t.termMonths,
    upfrontFeeFen: t.upfrontFeeFen,
    royaltyBasisPoints: t.royaltyBasisPoints,
    subLicensing: t.subLicensing,
    improvements: t.improvements,
    startsOn: t.startsOn,
  };
}

/**
 * What licensing needs of an ip listing. Expiry known to the year only counts from the
 * first day of that year: a licence never outlasts the patent. An open licence's fees
 * are the declaration's when recorded, else a per-licence listing price as the upfront
 * fee; with neither, an open-licence request is negotiated like any other.
 */
export function patentSnapshotOf(listing: DealableListing): PatentSnapshot {
  const details = listing.details as unknown as IpDetails;
  const number = PatentNumber.parse(details.patentNumber);
  const expiry = patentExpiry(details.patentType, details.filingDate, number.applicationYear);
  return {
    patentNumber: number.value,
    patentType: details.patentType,
    legalStatus: details.legalStatus,
    transactionTypes: details.transactionTypes.filter((t): t is LicenceType =>
      (LICENCE_TYPES as readonly string[]).includes(t),
    ),
    expiresOn: expiry.precision === 'day' ? expiry.date : `${expiry.year}-01-01`,
    openLicence: details.openLicence?.declared ? { fees: publishedFees(listing, details) } : null,
  };
}

function publishedFees(listing: DealableListing, details: IpDetails): PublishedLicenceFees | null {
  const royalty = details.openLicence.royalty;
  if (royalty) {
    return {
      upfrontFeeFen: royalty.upfrontFeeFen ?? 0,
      royaltyBasisPoints: Math.round((royalty.royaltyPercent ?? 0) * 100),
      annualFeeFen: royalty.annualFeeFen,
      perUnitFen: royalty.perUnitFen,
    };
  }
  if (listing.priceUnit === 'licence' && listing.priceFen !== null) {
    return { upfrontFeeFen: listing.priceFen, royaltyBasisPoints: 0, annualFeeFen: null, perUnitFen: null };
  }
  return null;
}

/** An agreement as its parties see it. */
export function licenceAgreementView(agreement: LicenceAgreementRecord) {
  return {
    id: agreement.id,
    dealId: agreement.dealId,
    listingId: agreement.listingId,
    status: agreement.status,
    licenceType: agreement.licenceType,
    territory: agreement.territory,
    fieldOfUse: agreement.fieldOfUse,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    openLicence: agreement.openLicence,
    licensorOrganizationId: agreement.licensorOrganizationId,
    licenseeOrganizationId: agreement.licenseeOrganizationId,
    snapshot: agreement.terms,
    createdAt: agreement.createdAt,
  };
}

/**
 * Licences: accepting grants the agreement on the deal's current terms, after checking,
 * under a per-listing lock, that no agreement in force conflicts; a counter-offer is read
 * over the current terms.
 */
@Injectable()
export class LicenceEffects implements DealEffects {
  readonly kind = 'licence' as const;

  constructor(
    private readonly licences: LicenceRepository,
    private readonly directory: OrganizationDirectory,
  ) {}

  async apply(tx: Db, deal: DealRecord, step: StepContext): Promise<StepOutcome | void> {
    if (step.action !== 'accept') return;
    const agreement = await this.grant(tx, deal, step.now, { openLicence: false });
    return { data: { agreementId: agreement.id } };
  }

  async readOffer(deal: DealRecord, body: unknown): Promise<Record<string, unknown>> {
    const patent = (deal.terms as unknown as LicenceDealTerms).patent;
    const terms = readLicenceCounter(licenceTermsOf(deal), body, patent, todayInChina());
    return { ...licenceDealTerms(terms, patent) };
  }

  async extras(db: Db, deal: DealRecord): Promise<Record<string, unknown>> {
    const agreement = await this.licences.findByDeal(db, deal.id);
    return { licenceAgreement: agreement ? licenceAgreementView(agreement) : null };
  }

  /**
   * Grants the licence a deal's terms describe. The advisory lock serializes grants per
   * listing until the transaction commits, so the conflict check sees every grant before.
   */
  async grant(
    tx: Db,
    deal: DealRecord,
    now: Date,
    { openLicence }: { openLicence: boolean },
  ): Promise<LicenceAgreementRecord> {
    const terms = licenceTermsOf(deal);
    const { patent } = deal.terms as unknown as LicenceDealTerms;
    const today = todayInChina(now);
    const startsOn = terms.startsOn ?? today;
    const scope = licenceScope(terms, startsOn, patent.expiresOn);
    if (scope.endsOn <= scope.startsOn) {
      throw new ListingNotDealableError('PATENT_EXPIRED', 'The patent is no longer in force for this term', {
        expiresOn: patent.expiresOn,
      });
    }
    const listingId = listingIdOf(deal);
    await this.licences.lockListing(tx, listingId);
    const conflict = findLicenceConflict(await this.licences.activeForListing(tx, listingId, today), scope);
    if (conflict) throw new LicenceConflictError(conflict.id);
    const [licensor, licensee] = await Promise.all([
      this.directory.facts(deal.providerOrganizationId),
      this.directory.facts(deal.requesterOrganizationId),
    ]);
    return this.licences.insert(tx, {
      dealId: deal.id,
      listingId,
      licensorOrganizationId: deal.providerOrganizationId,
      licenseeOrganizationId: deal.requesterOrganizationId,
      licenceType: scope.licenceType,
      territory: scope.territory,
      fieldOfUse: scope.fieldOfUse,
      startsOn: scope.startsOn,
      endsOn: scope.endsOn,
      openLicence,
      terms: {
        ...terms,
        startsOn: scope.startsOn,
        endsOn: scope.endsOn,
        royaltyPercent: royaltyPercentOf(terms.royaltyBasisPoints),
        ...(openLicence && patent.openLicence?.fees ? { publishedFees: patent.openLicence.fees } : {}),
        patent: {
          patentNumber: patent.patentNumber,
          patentType: patent.patentType,
          title: deal.listingTitle,
          expiresOn: patent.expiresOn,
        },
        licensor: { organizationId: deal.providerOrganizationId, name: licensor?.name ?? null },
        licensee: { organizationId: deal.requesterOrganizationId, name: licensee?.name ?? null },
        agreedAt: now.toISOString(),
      },
    });
  }
}
