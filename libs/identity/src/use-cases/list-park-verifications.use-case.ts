import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, operatesPark, ParkNotFoundError, readUscc, sectorForIndustry } from '../domain';
import {
  OrganizationRepository,
  type OrganizationRecord,
  ParkRepository,
  type VerificationQueueMembership,
  type VerificationQueueState,
  type VerificationDocumentRecord,
  VerificationDocumentRepository,
} from '../persistence';
import { verificationDocumentSummary } from './verification-documents';

/**
 * A park's verification queue, for its operators and platform admins: each enterprise with
 * what its credit code says (authority, entity type, region), its size class with the facts
 * it was derived from, the 专精特新 badge it claims, and the documents it gave (one query
 * for the page, not one per row).
 */
@Injectable()
export class ListParkVerificationsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly documents: VerificationDocumentRepository,
  ) {}

  async execute(
    actor: Actor,
    parkId: string,
    query: { state?: VerificationQueueState; page?: number; limit?: number },
  ) {
    if (!operatesPark(actor, parkId)) throw new ParkNotFoundError();
    if (!(await this.parks.findById(this.uow.db, parkId))) throw new ParkNotFoundError();
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.organizations.verificationQueueOfPark(this.uow.db, parkId, {
      state: query.state ?? 'pending',
      offset: (page - 1) * limit,
      limit,
    });
    const documents = await this.documents.listOfEach(
      this.uow.db,
      items.map((item) => item.id),
    );
    return {
      items: items.map((item) => verificationItem(item, documents.get(item.id) ?? [])),
      total,
      page,
      limit,
    };
  }
}

function verificationItem(
  organization: OrganizationRecord & VerificationQueueMembership,
  documents: VerificationDocumentRecord[],
) {
  return {
    organizationId: organization.id,
    name: organization.name,
    nameEn: organization.nameEn,
    membershipStatus: organization.membershipStatus,
    requestedAt: organization.requestedAt,
    verificationState: organization.verificationState,
    verificationReason: organization.verificationReason,
    verifiedAt: organization.verifiedAt,
    uscc: organization.uscc,
    creditCode: organization.uscc ? readUscc(organization.uscc) : null,
    regionCode: organization.regionCode,
    address: organization.address,
    website: organization.website,
    contact: organization.contact,
    size: {
      sizeClass: organization.sizeClass,
      sector: sectorOf(organization),
      industrySection: organization.industrySection,
      industryDivision: organization.industryDivision,
      employees: organization.employees,
      annualRevenueFen: organization.annualRevenueFen,
    },
    badge: organization.badge,
    documents: documents.map(verificationDocumentSummary),
    createdAt: organization.createdAt,
  };
}

/** The sector whose thresholds classed it (none without an industry). */
function sectorOf(organization: OrganizationRecord) {
  if (!organization.industrySection) return null;
  try {
    return sectorForIndustry(organization.industrySection, organization.industryDivision ?? undefined);
  } catch {
    return null;
  }
}
