import { ReasonRequiredError } from '@rongtong/kernel';
import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified, OrganizationDirectory, OrganizationFrozenError } from '@rongtong/identity';
import { type Db, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  type ListingAction,
  ListingForbiddenError,
  ListingNotFoundError,
  ListingVersionConflictError,
  requiresReason,
  transition,
} from '../domain';
import { type ListingRecord, ListingRepository } from '../persistence/listing.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { ListingReportRepository } from '../persistence/listing-report.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { ListingAccess } from './listing-access';
import { contentOf, listingView } from './listing-view';

const OWNER_ACTIONS: ReadonlySet<ListingAction> = new Set(['submit', 'archive']);

/**
 * Every lifecycle step: the owner submits and archives; a moderator approves, rejects,
 * suspends and reinstates. Approve and reject also decide a pending revision of a live
 * listing. Each step writes an audit row and, when what is published changes, an event.
 */
@Injectable()
export class ChangeListingStatusUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly reports: ListingReportRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly access: ListingAccess,
    private readonly directory: OrganizationDirectory,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * `expectedVersion`, when given, is the version the caller decided on: if the listing
   * changed since (the owner edited its pending revision), the step is refused with 409.
   */
  async execute(actor: Actor, listingId: string, action: ListingAction, reason?: string, expectedVersion?: number) {
    const found = await this.listings.findById(this.uow.db, listingId);
    if (!found) throw new ListingNotFoundError();
    const roles = await this.access.roles(actor, found);
    const needsOwner = OWNER_ACTIONS.has(action);
    if (needsOwner ? !roles.owner : !roles.moderator) {
      if (!roles.visible) throw new ListingNotFoundError();
      throw needsOwner
        ? new ListingForbiddenError('OWNER_REQUIRED', `Only the owner may ${action} a listing`)
        : new ListingForbiddenError('MODERATOR_REQUIRED', `Only a moderator of the owner's park may ${action} it`);
    }
    const why = reason?.trim() || null;
    if (requiresReason(action) && !why) throw new ReasonRequiredError();
    if (action === 'submit') {
      assertEmailVerified(actor);
      const owner = await this.directory.facts(found.ownerOrganizationId);
      if (owner?.verificationState !== 'verified') {
        throw new ListingForbiddenError('ORGANIZATION_NOT_VERIFIED', 'Only a verified enterprise can submit listings');
      }
      if (owner.frozen) throw new OrganizationFrozenError(owner.frozen);
    }

    return this.uow.run(async (tx) => {
      const listing = (await this.listings.findById(tx, listingId, { forUpdate: true }))!;
      if (expectedVersion !== undefined && listing.version !== expectedVersion) {
        throw new ListingVersionConflictError(listing.version);
      }
      const revision = await this.revisions.pending(tx, listingId);
      const before = { status: listing.status, version: listing.version };

      const live = listing.status === 'published' || listing.status === 'suspended';
      if ((action === 'approve' || action === 'reject') && live && revision) {
        // A revision of a live listing: the listing keeps its status either way.
        await this.revisions.decide(tx, revision.id, action === 'approve' ? 'approved' : 'rejected', why, actor.userId);
        if (action === 'approve') await this.listings.applyContent(tx, listingId, revision.content);
        await this.listingAudit.append(tx, {
          listingId,
          actorUserId: actor.userId,
          action: `${action}_revision`,
          reason: why,
          before: contentOf(listing),
          after: action === 'approve' ? revision.content : contentOf(listing),
        });
        if (action === 'approve' && listing.status === 'published') await this.announce(tx, 'listing.updated', listing);
      } else {
        const to = transition(listing.status, action);
        await this.listings.setStatus(tx, listingId, to, requiresReason(action) ? why : null, {
          published: to === 'published' && listing.publishedAt === null,
        });
        if (action === 'suspend' || action === 'archive') await this.reports.resolveOpen(tx, listingId, actor.userId);
        await this.listingAudit.append(tx, {
          listingId,
          actorUserId: actor.userId,
          action,
          reason: why,
          before,
          after: { status: to, version: listing.version + 1 },
        });
        // Every step, published or not: park analytics count listings by status.
        await this.announce(tx, 'listing.status_changed', listing);
        if (to === 'published') await this.announce(tx, 'listing.published', listing);
        else if (listing.status === 'published') await this.announce(tx, 'listing.unpublished', listing);
      }
      const updated = (await this.listings.findById(tx, listingId))!;
      return listingView(updated, {
        privileged: true,
        pendingRevision: await this.revisions.pending(tx, listingId),
      });
    });
  }

  private async announce(tx: Db, type: string, listing: ListingRecord): Promise<void> {
    await this.outbox.append(tx, {
      type,
      aggregateType: 'listing',
      aggregateId: listing.id,
      payload: { listingId: listing.id, ownerOrganizationId: listing.ownerOrganizationId, kind: listing.kind },
    });
  }
}
