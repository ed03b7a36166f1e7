import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { NoNdaError } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { ndaSha256 } from './get-rfq.use-case';
import { SourcingParties } from './sourcing-parties';

/**
 * A supplier accepts the RFQ's NDA: who (user and enterprise), when, and the very text
 * (with its SHA-256) are recorded. Accepting again the same text returns the first record.
 */
@Injectable()
export class AcceptNdaUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, organizationId?: string) {
    return this.uow.run(async (tx) => {
      const { rfq, supplierId } = await this.parties.asSupplier(tx, actor, id, organizationId);
      if (rfq.ndaText === null) throw new NoNdaError();
      const accepted = await this.rfqs.acceptNda(tx, {
        rfqId: id,
        organizationId: supplierId,
        userId: actor.userId,
        ndaText: rfq.ndaText,
        ndaSha256: ndaSha256(rfq.ndaText),
      });
      return {
        rfqId: id,
        organizationId: accepted.organizationId,
        userId: accepted.userId,
        ndaSha256: accepted.ndaSha256,
        acceptedAt: accepted.acceptedAt.toISOString(),
      };
    });
  }
}
