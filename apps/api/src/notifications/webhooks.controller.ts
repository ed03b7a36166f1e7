import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import {
  CreateWebhookUseCase,
  DeleteWebhookUseCase,
  ListWebhookDeliveriesUseCase,
  ListWebhooksUseCase,
  SetWebhookActiveUseCase,
} from '@rongtong/notifications';
import { Id } from '../http/id-param.decorator';
import { CreateWebhookDto, UpdateWebhookDto, WebhookDeliveriesQueryDto } from './notifications.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CreatedWebhookDto, WebhookDeliveryDto, WebhookDto } from './notification-responses.dto';

/**
 * An organization's webhook endpoints (owners and admins). Deliveries are signed: see
 * README "Notifications and webhooks" for the headers and how to verify them.
 */
@ApiTags('webhooks')
@Controller('organizations/:id/webhooks')
export class WebhooksController {
  constructor(
    private readonly create: CreateWebhookUseCase,
    private readonly list: ListWebhooksUseCase,
    private readonly remove: DeleteWebhookUseCase,
    private readonly deliveries: ListWebhookDeliveriesUseCase,
    private readonly setActive: SetWebhookActiveUseCase,
  ) {}

  /** The answer carries the signing `secret`: it is never shown again. */
  @Post()
  @ApiOperation({ summary: 'Add a webhook endpoint (owners and admins); the answer shows its secret once' })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  @ApiProblems(400, 401, 403, 404, 422)
  createWebhook(@Id() id: string, @Body() body: CreateWebhookDto, @CurrentActor() actor: Actor) {
    return this.create.execute(actor, id, body);
  }

  @Get()
  @ApiOperation({ summary: "The organization's webhook endpoints" })
  @ApiOkResponse({ type: [WebhookDto] })
  @ApiProblems(400, 401, 403, 404)
  listWebhooks(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, id);
  }

  @Patch(':webhookId')
  @ApiOperation({ summary: 'Disable or enable a webhook endpoint (no deliveries while disabled)' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiProblems(400, 401, { 403: 'ADMIN_REQUIRED' }, { 404: 'WEBHOOK_NOT_FOUND' })
  updateWebhook(
    @Id() id: string,
    @Id('webhookId') webhookId: string,
    @Body() body: UpdateWebhookDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.setActive.execute(actor, id, webhookId, body.active);
  }

  @HttpCode(204)
  @Delete(':webhookId')
  @ApiOperation({ summary: 'Remove a webhook endpoint' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 401, 403, 404)
  async deleteWebhook(@Id() id: string, @Id('webhookId') webhookId: string, @CurrentActor() actor: Actor) {
    await this.remove.execute(actor, id, webhookId);
  }

  @Get(':webhookId/deliveries')
  @ApiOperation({ summary: "An endpoint's delivery log, newest first" })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiProblems(400, 401, 403, 404)
  listDeliveries(
    @Id() id: string,
    @Id('webhookId') webhookId: string,
    @Query() query: WebhookDeliveriesQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.deliveries.execute(actor, id, webhookId, query);
  }
}
