import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { NotificationRepository } from '../persistence/notification.repository';

@Injectable()
export class MarkAllNotificationsReadUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(actor: Actor): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(this.uow.db, actor.userId) };
  }
}
