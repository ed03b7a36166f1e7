import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import { WebhookAccess } from './webhook-access';
import { webhookView } from './views';

@Injectable()
export class ListWebhooksUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly access: WebhookAccess,
  ) {}

  async execute(actor: Actor, organizationId: string) {
    await this.access.requireAdmin(actor, organizationId);
    return (await this.endpoints.ofOrganization(this.uow.db, organizationId)).map(webhookView);
  }
}
