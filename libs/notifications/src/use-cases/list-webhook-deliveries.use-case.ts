import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { WebhookNotFoundError } from '../domain';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import { WebhookAccess } from './webhook-access';
import { deliveryView } from './views';

/** An endpoint's delivery log, newest first. */
@Injectable()
export class ListWebhookDeliveriesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly access: WebhookAccess,
  ) {}

  async execute(actor: Actor, organizationId: string, webhookId: string, query: { limit?: number } = {}) {
    await this.access.requireAdmin(actor, organizationId);
    if (!(await this.endpoints.find(this.uow.db, organizationId, webhookId))) throw new WebhookNotFoundError();
    const deliveries = await this.deliveries.ofEndpoint(this.uow.db, organizationId, webhookId, query.limit ?? 50);
    return deliveries.map(deliveryView);
  }
}
