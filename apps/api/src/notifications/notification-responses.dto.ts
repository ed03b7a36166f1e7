import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../openapi/page.dto';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) organizationId!: string | null;
  @ApiProperty({ example: 'deal.requested' }) type!: string;
  @ApiProperty({ description: "In the reader's language" }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Ids to link to (dealId, demandId …)' })
  data!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationPageDto extends PageOf(NotificationDto) {
  @ApiProperty({ description: 'Unread over all pages (the bell)' }) unread!: number;
}

export class ReadAllDto {
  @ApiProperty({ description: 'How many were marked read' }) updated!: number;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://erp.example.cn/rongtong/hooks' }) url!: string;
  @ApiProperty({ type: [String], example: ['deal.requested'] }) events!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiProperty({ description: 'The signing secret, shown this once' }) secret!: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'deal.accepted' }) eventType!: string;
  @ApiProperty({ example: 'delivered' }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextAttemptAt!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
}
