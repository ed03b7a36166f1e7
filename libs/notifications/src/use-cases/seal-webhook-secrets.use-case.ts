import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';

const BATCH = 200;

/**
 * Brings every stored webhook secret under the current `SECRETS_KEY`: rows written before
 * secrets were sealed, and rows sealed under a key being rotated out. Batches until none
 * is left; returns how many were sealed. Secrets no configured key opens are left as they
 * are, and said.
 */
@Injectable()
export class SealWebhookSecretsUseCase {
  private readonly logger = new Logger(SealWebhookSecretsUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
  ) {}

  async execute(): Promise<number> {
    let sealed = 0;
    let unopened = 0;
    for (let afterId: string | null = null; ;) {
      const batch = await this.uow.run((tx) => this.endpoints.sealOutdatedSecrets(tx, afterId, BATCH));
      sealed += batch.sealed;
      unopened += batch.unopened;
      afterId = batch.lastId;
      if (batch.seen < BATCH) break;
    }
    if (unopened > 0) {
      this.logger.error(
        `${unopened} webhook secret(s) open with neither SECRETS_KEY nor SECRETS_OLD_KEYS: their deliveries fail until the key that sealed them is configured again`,
      );
    }
    return sealed;
  }
}
