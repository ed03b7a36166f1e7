import { Module } from '@nestjs/common';
import { NotificationsModule } from '@rongtong/notifications';
import { NotificationsController } from './notifications.controller';
import { WebhooksController } from './webhooks.controller';

@Module({ imports: [NotificationsModule], controllers: [NotificationsController, WebhooksController] })
export class NotificationsHttpModule {}
