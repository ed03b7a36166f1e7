import { Injectable, Logger } from '@nestjs/common';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { UsccDisputeRepository } from '../persistence';

const BATCH = 200;

/**
 * Unconfirmed disputes whose confirmation link lapsed become `expired` (they froze
 * nothing and block nothing already; this settles them) and their business licences are
 * deleted: a file nobody vouched for is not kept. Run by the worker's schedule.
 */
@Injectable()
export class ExpireUsccDisputesUseCase {
  private readonly logger = new Logger(ExpireUsccDisputesUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly disputes: UsccDisputeRepository,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.uow.run(async (tx) => {
        const rows = await this.disputes.expireUnconfirmed(tx, now, BATCH);
        for (const row of rows)
          await this.disputes.audit(tx, { disputeId: row.id, action: 'expired', actorUserId: null });
        return rows;
      });
      for (const { licenceStorageKey } of expired) {
        await this.storage
          .delete(licenceStorageKey)
          .catch((error: unknown) =>
            this.logger.error({ err: error, storageKey: licenceStorageKey }, 'Could not remove an expired licence'),
          );
      }
      total += expired.length;
      if (expired.length < BATCH) return total;
    }
  }
}
