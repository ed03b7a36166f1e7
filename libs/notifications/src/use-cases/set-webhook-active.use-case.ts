import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { WebhookNotFoundError } from '../domain';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import { WebhookAccess } from './webhook-access';
import { webhookView } from './views';

/**
 * Disables or enables an endpoint (owners and admins). A disabled endpoint gets no new
 * deliveries (the fan-out picks active endpoints only), and one already queued is not
 * sent: the delivery finds the endpoint inactive and records so in the log.
 */
@Injectable()
export class SetWebhookActiveUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly access: WebhookAccess,
  ) {}

  async execute(actor: Actor, organizationId: string, webhookId: string, active: boolean) {
    await this.access.requireAdmin(actor, organizationId);
    const updated = await this.endpoints.setActive(this.uow.db, organizationId, webhookId, active);
    if (!updated) throw new WebhookNotFoundError();
    return webhookView(updated);
  }
}
