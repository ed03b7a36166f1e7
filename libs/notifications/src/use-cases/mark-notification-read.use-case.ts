import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { NotificationNotFoundError } from '../domain';
import { NotificationRepository } from '../persistence/notification.repository';
import { notificationView } from './views';

/** Marks one of the caller's notifications read; anyone else's does not exist for them. */
@Injectable()
export class MarkNotificationReadUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(actor: Actor, id: string) {
    const notification = await this.notifications.markRead(this.uow.db, actor.userId, id);
    if (!notification) throw new NotificationNotFoundError();
    return notificationView(notification);
  }
}
