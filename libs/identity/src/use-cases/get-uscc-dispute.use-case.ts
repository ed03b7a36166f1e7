import { Injectable } from '@nestjs/common';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { type Actor, moderatesAnyOf, UsccDisputeNotFoundError } from '../domain';
import { ParkRepository, UsccDisputeRepository } from '../persistence';
import { reviewerDisputeView } from './uscc-dispute-views';

/** One dispute with its history, and its business licence, for the dispute's reviewers (else 404). */
@Injectable()
export class GetUsccDisputeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly disputes: UsccDisputeRepository,
    private readonly parks: ParkRepository,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor, disputeId: string) {
    const dispute = await this.reviewable(actor, disputeId);
    return reviewerDisputeView(dispute, await this.disputes.history(this.uow.db, disputeId));
  }

  /** The business licence's bytes, for the dispute's reviewers. */
  async licence(actor: Actor, disputeId: string) {
    const dispute = await this.reviewable(actor, disputeId);
    return {
      filename: dispute.licenceFilename,
      contentType: dispute.licenceContentType,
      sizeBytes: dispute.licenceSizeBytes,
      content: await this.storage.get(dispute.licenceStorageKey),
    };
  }

  private async reviewable(actor: Actor, disputeId: string) {
    const dispute = await this.disputes.findById(this.uow.db, disputeId);
    // An unconfirmed (or expired) dispute is nobody's to review.
    if (!dispute || dispute.confirmedAt === null) throw new UsccDisputeNotFoundError();
    const parkIds = await this.parks.parkIdsOf(this.uow.db, dispute.organizationId, ['approved']);
    if (!moderatesAnyOf(actor, parkIds)) throw new UsccDisputeNotFoundError();
    return dispute;
  }
}
