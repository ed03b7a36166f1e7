import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf } from '@rongtong/identity';
import { GetListingUseCase, ListingForbiddenError, ListingNotFoundError } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import { DealValidationError } from '../domain';
import { QualificationRepository } from '../persistence/booking.repository';

export interface QualificationInput {
  userId: string;
  note?: string | null;
  /** `YYYY-MM-DD`; null: does not expire. */
  expiresOn?: string | null;
}

/**
 * Self-operated equipment is run only by users its owner has trained: the owner's members
 * record, list and revoke those qualifications.
 */
@Injectable()
export class ManageQualificationsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: GetListingUseCase,
    private readonly qualifications: QualificationRepository,
  ) {}

  async list(actor: Actor, listingId: string) {
    await this.requireOwnerOfEquipment(actor, listingId);
    return { items: await this.qualifications.list(this.uow.db, listingId) };
  }

  async record(actor: Actor, listingId: string, input: QualificationInput) {
    await this.requireOwnerOfEquipment(actor, listingId);
    const expiresOn = input.expiresOn ?? null;
    if (expiresOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) {
      throw new DealValidationError([{ field: 'expiresOn', message: 'must be a date YYYY-MM-DD' }]);
    }
    try {
      await this.uow.run((tx) =>
        this.qualifications.record(tx, {
          listingId,
          userId: input.userId,
          recordedBy: actor.userId,
          note: input.note?.trim() || null,
          expiresOn,
        }),
      );
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (code === '23503') throw new DealValidationError([{ field: 'userId', message: 'is not a user' }]);
      throw error;
    }
    return (await this.qualifications.list(this.uow.db, listingId)).find((q) => q.userId === input.userId)!;
  }

  async revoke(actor: Actor, listingId: string, userId: string): Promise<void> {
    await this.requireOwnerOfEquipment(actor, listingId);
    const removed = await this.uow.run((tx) => this.qualifications.revoke(tx, listingId, userId));
    if (!removed) throw new ListingNotFoundError();
  }

  private async requireOwnerOfEquipment(actor: Actor, listingId: string): Promise<void> {
    const listing = await this.listings.execute(actor, listingId);
    if (!isMemberOf(actor, listing.ownerOrganizationId)) {
      throw new ListingForbiddenError('OWNER_REQUIRED', "Only the equipment owner's members record qualifications");
    }
    if (listing.kind !== 'equipment') {
      throw new DealValidationError([
        { field: 'listingId', message: 'qualifications are for equipment listings', code: 'LISTING_KIND_MISMATCH' },
      ]);
    }
  }
}
