import { Injectable } from '@nestjs/common';
import { type Actor, OrganizationDirectory } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import {
  editMode,
  type ListingContentInput,
  ListingForbiddenError,
  ListingNotFoundError,
  ListingValidationError,
  ListingVersionConflictError,
  validateListingContent,
} from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { todayInChina, assertKnownRegionCode } from '@rongtong/kernel';
import { ListingAccess } from './listing-access';
import { contentOf, listingView } from './listing-view';

/**
 * The owner edits. Drafts and rejected listings change in place; an edit of a published
 * (or suspended) listing becomes a pending revision for moderators, while the live
 * version stays as it is. `expectedVersion` guards against overwriting someone's edit.
 */
@Injectable()
export class UpdateListingUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly access: ListingAccess,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute(actor: Actor, listingId: string, expectedVersion: number, patch: ListingContentInput) {
    const current = await this.listings.findById(this.uow.db, listingId);
    if (!current) throw new ListingNotFoundError();
    const roles = await this.access.roles(actor, current);
    if (!roles.owner) {
      if (roles.visible) throw new ListingForbiddenError('OWNER_REQUIRED', 'Only the owner edits a listing');
      throw new ListingNotFoundError();
    }
    const mode = editMode(current.status);
    const owner = (await this.directory.facts(current.ownerOrganizationId))!;
    // A further edit of a live listing builds on the pending revision, not on the live text.
    const pending = mode === 'revision' ? await this.revisions.pending(this.uow.db, listingId) : undefined;
    const merged = { ...(pending?.content ?? contentOf(current)), ...stripUndefined(patch) };
    const content = validateListingContent(current.kind, merged, {
      regionCode: owner.regionCode,
      today: todayInChina(),
    });
    assertKnownRegionCode(patch.regionCode, 'regionCode');
    if (content.parkId && !owner.parkIds.includes(content.parkId)) {
      throw new ListingValidationError([{ field: 'parkId', message: 'must be a park the enterprise belongs to' }]);
    }

    return this.uow.run(async (tx) => {
      const locked = (await this.listings.findById(tx, listingId, { forUpdate: true }))!;
      if (locked.version !== expectedVersion) throw new ListingVersionConflictError(locked.version);
      if (mode === 'in_place') {
        await this.listings.replaceContent(tx, locked.ownerOrganizationId, listingId, content, expectedVersion);
        await this.listingAudit.append(tx, {
          listingId,
          actorUserId: actor.userId,
          action: 'edit',
          before: contentOf(locked),
          after: content,
        });
      } else {
        await this.listings.bumpVersion(tx, locked.ownerOrganizationId, listingId, expectedVersion);
        await this.revisions.replacePending(tx, listingId, content, actor.userId);
        await this.listingAudit.append(tx, {
          listingId,
          actorUserId: actor.userId,
          action: 'revise',
          before: contentOf(locked),
          after: content,
        });
      }
      const updated = (await this.listings.findById(tx, listingId))!;
      return listingView(updated, {
        privileged: true,
        pendingRevision: await this.revisions.pending(tx, listingId),
      });
    });
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
