import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';

const BATCH = 200;

/**
 * Brings every stored webhook secret under the current `SECRETS_KEY`: rows written before
 * secrets were sealed, and rows sealed under a key being rotated out. Batches until none
 * is left; returns how many were sealed.
 */
@Injectable()
export class SealWebhookSecretsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
  ) {}

  async execute(): Promise<number> {
    let sealed = 0;
    for (;;) {
      const batch = await this.uow.run((tx) => this.endpoints.sealOutdatedSecrets(tx, BATCH));
      sealed += batch;
      if (batch < BATCH) return sealed;
    }
  }
}
