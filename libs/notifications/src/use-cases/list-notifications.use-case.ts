import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { NotificationRepository } from '../persistence/notification.repository';
import { notificationView } from './views';

/** The caller's own notifications, newest first, with their unread count. */
@Injectable()
export class ListNotificationsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(actor: Actor, query: { unread?: boolean; page?: number; limit?: number }) {
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.notifications.page(this.uow.db, actor.userId, {
      unreadOnly: query.unread === true,
      limit,
      offset: (page - 1) * limit,
    });
    const unread = await this.notifications.unreadCount(this.uow.db, actor.userId);
    return { items: items.map(notificationView), total, unread, page, limit };
  }
}
