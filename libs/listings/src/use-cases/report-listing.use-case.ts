import { ReasonRequiredError } from '@rongtong/kernel';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { ListingNotFoundError } from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingReportRepository } from '../persistence/listing-report.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { ListingAccess } from './listing-access';

/** Anyone signed in who can see a listing can report it; reports reach the moderation queue. */
@Injectable()
export class ReportListingUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly reports: ListingReportRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly access: ListingAccess,
  ) {}

  async execute(actor: Actor, listingId: string, reason: string) {
    const why = reason.trim();
    if (!why) throw new ReasonRequiredError();
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing || !(await this.access.roles(actor, listing)).visible) throw new ListingNotFoundError();
    return this.uow.run(async (tx) => {
      const report = await this.reports.add(tx, listingId, actor.userId, why);
      await this.listingAudit.append(tx, { listingId, actorUserId: actor.userId, action: 'report', reason: why });
      return { id: report.id, listingId, reason: why, status: 'open', createdAt: report.createdAt };
    });
  }
}
