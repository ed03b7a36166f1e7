import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { TokenService } from '../auth/token.service';
import { UsccDisputeNotFoundError } from '../domain';
import { UsccDisputeRepository } from '../persistence';
import { claimantDisputeView } from './uscc-dispute-views';

/** The claimant follows their dispute with the token of the link in their receipt. */
@Injectable()
export class FollowUsccDisputeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly disputes: UsccDisputeRepository,
  ) {}

  async execute(token: string) {
    const dispute = await this.disputes.findByFollowToken(this.uow.db, TokenService.hash(token));
    if (!dispute) throw new UsccDisputeNotFoundError();
    return claimantDisputeView(dispute);
  }
}
