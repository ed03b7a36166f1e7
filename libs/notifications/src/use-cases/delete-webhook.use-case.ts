import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { WebhookNotFoundError } from '../domain';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import { WebhookAccess } from './webhook-access';

/** Removes an endpoint with its delivery log; deliveries still queued find nothing to send. */
@Injectable()
export class DeleteWebhookUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly access: WebhookAccess,
  ) {}

  async execute(actor: Actor, organizationId: string, webhookId: string): Promise<void> {
    await this.access.requireAdmin(actor, organizationId);
    if (!(await this.endpoints.delete(this.uow.db, organizationId, webhookId))) throw new WebhookNotFoundError();
  }
}
