import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { AppConfig, UnitOfWork } from '@rongtong/platform';
import {
  checkWebhookUrl,
  MAX_WEBHOOKS_PER_ORGANIZATION,
  newWebhookSecret,
  WebhookLimitReachedError,
  webhookEventTypes,
} from '../domain';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import { WebhookAccess } from './webhook-access';
import { webhookView } from './views';

/** Registers an endpoint. Its signing secret is made here and shown in this answer only. */
@Injectable()
export class CreateWebhookUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly access: WebhookAccess,
  ) {}

  async execute(actor: Actor, organizationId: string, input: { url: string; events?: string[] }) {
    await this.access.requireAdmin(actor, organizationId);
    const url = checkWebhookUrl(input.url, {
      allowInsecure: !this.config.isProduction,
      allowedPorts: this.config.webhooks.allowedPorts,
    });
    const events = webhookEventTypes(input.events);
    const secret = newWebhookSecret();
    const endpoint = await this.uow.run(async (tx) => {
      if ((await this.endpoints.countForUpdate(tx, organizationId)) >= MAX_WEBHOOKS_PER_ORGANIZATION) {
        throw new WebhookLimitReachedError(MAX_WEBHOOKS_PER_ORGANIZATION);
      }
      return this.endpoints.insert(tx, { organizationId, url, secret, events, createdBy: actor.userId });
    });
    return { ...webhookView(endpoint), secret };
  }
}
