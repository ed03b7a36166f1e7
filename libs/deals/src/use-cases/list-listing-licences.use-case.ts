import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { todayInChina } from '@rongtong/kernel';
import { GetListingUseCase } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import { excludesOthers } from '../domain';
import { LicenceRepository } from '../persistence/licence.repository';

/**
 * The licences in force on a patent listing, for whoever may see the listing: type,
 * territory, field of use and term, never fees. Exclusive and sole licences and
 * assignments name their holder, as their recordal (备案) with CNIPA makes them public
 * and a would-be licensee needs to know who holds the right; an ordinary licensee stays
 * private, as its contract would.
 */
@Injectable()
export class ListListingLicencesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: GetListingUseCase,
    private readonly licences: LicenceRepository,
  ) {}

  async execute(actor: Actor | undefined, listingId: string) {
    const listing = await this.listings.execute(actor, listingId);
    if (listing.kind !== 'ip') return [];
    const agreements = await this.licences.activeForListing(this.uow.db, listingId, todayInChina());
    return agreements.map((a) => {
      const licensee = a.terms.licensee as { organizationId: string; name: string | null } | undefined;
      return {
        licenceType: a.licenceType,
        territory: a.territory,
        fieldOfUse: a.fieldOfUse,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        openLicence: a.openLicence,
        licensee: excludesOthers(a.licenceType)
          ? { organizationId: a.licenseeOrganizationId, name: licensee?.name ?? null }
          : null,
      };
    });
  }
}
