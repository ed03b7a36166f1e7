import { Injectable } from '@nestjs/common';
import { RequestValidationError } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import type { Actor, Locale } from '../domain';
import { UserRepository } from '../persistence';
import { GetMeUseCase } from './get-me.use-case';

/** The user edits their own name and language; answers with the updated `GET /me`. */
@Injectable()
export class UpdateMeUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly actors: ActorCache,
    private readonly me: GetMeUseCase,
  ) {}

  async execute(actor: Actor, patch: { displayName?: string; locale?: Locale }) {
    const displayName = patch.displayName?.trim();
    if (displayName === '') {
      throw new RequestValidationError([{ field: 'displayName', message: 'must not be blank' }]);
    }
    await this.uow.run((tx) => this.users.updateProfile(tx, actor.userId, { displayName, locale: patch.locale }));
    // The actor carries the locale: later requests must see the new one.
    if (patch.locale && patch.locale !== actor.locale) this.actors.forgetUser(actor.userId);
    return this.me.execute(actor);
  }
}
