import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import {
  ListNotificationsUseCase,
  MarkAllNotificationsReadUseCase,
  MarkNotificationReadUseCase,
} from '@rongtong/notifications';
import { Id } from '../http/id-param.decorator';
import { NotificationsQueryDto } from './notifications.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { NotificationDto, NotificationPageDto, ReadAllDto } from './notification-responses.dto';

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
  @ApiOperation({ summary: 'Your notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems(400, 401)
  listNotifications(@Query() query: NotificationsQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, query);
  }

  @HttpCode(200)
  @Post('read-all')
  @ApiOperation({ summary: 'Mark all your notifications read' })
  @ApiOkResponse({ type: ReadAllDto })
  @ApiProblems(401)
  readAllNotifications(@CurrentActor() actor: Actor) {
    return this.markAllRead.execute(actor);
  }

  @HttpCode(200)
  @Post(':id/read')
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiProblems(400, 401, 404)
  readNotification(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.markRead.execute(actor, id);
  }
}
