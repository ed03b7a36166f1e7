import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import {
  ListNotificationsUseCase,
  MarkAllNotificationsReadUseCase,
  MarkNotificationReadUseCase,
} from '@rongtong/notifications';
import { NotificationsQueryDto } from './notifications.dto';

const Id = () => Param('id', new ParseUUIDPipe({ version: undefined }));

/** The caller's own in-app notifications. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly list: ListNotificationsUseCase,
    private readonly markRead: MarkNotificationReadUseCase,
    private readonly markAllRead: MarkAllNotificationsReadUseCase,
  ) {}

  @Get()
  listNotifications(@Query() query: NotificationsQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, query);
  }

  @HttpCode(200)
  @Post('read-all')
  readAllNotifications(@CurrentActor() actor: Actor) {
    return this.markAllRead.execute(actor);
  }

  @HttpCode(200)
  @Post(':id/read')
  readNotification(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.markRead.execute(actor, id);
  }
}
