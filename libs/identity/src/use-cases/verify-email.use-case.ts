import { Injectable } from '@nestjs/common';
import { isUniqueViolation, UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { TokenService } from '../auth/token.service';
import { assertAccountTokenUsable, EmailTakenError } from '../domain';
import { AccountTokenRepository, UserRepository } from '../persistence';

/**
 * Spends a verification link: the address it was sent to is proven. For a sign-up that is
 * the account's address; for a change of email it becomes the account's address now (409
 * EMAIL_TAKEN if another account took it meanwhile), and reset links sent to the old one end.
 */
@Injectable()
export class VerifyEmailUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: AccountTokenRepository,
    private readonly users: UserRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(input: { token: string }): Promise<void> {
    const tokenHash = TokenService.hash(input.token);
    try {
      const userId = await this.uow.run(async (tx) => {
        const token = await this.tokens.findByHash(tx, tokenHash, { forUpdate: true });
        assertAccountTokenUsable(token, 'email_verification', new Date());
        const user = (await this.users.findByIdForUpdate(tx, token.userId))!;
        if (token.email.toLowerCase() !== user.email.toLowerCase()) {
          const holder = await this.users.findByEmail(tx, token.email);
          if (holder && holder.id !== user.id) throw new EmailTakenError();
          await this.tokens.expireOutstanding(tx, user.id, 'password_reset');
        }
        await this.users.verifyEmail(tx, user.id, token.email);
        await this.tokens.markUsed(tx, token.id);
        await this.tokens.expireOutstanding(tx, user.id, 'email_verification');
        return user.id;
      });
      this.actors.forgetUser(userId);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw new EmailTakenError();
      throw error;
    }
  }
}
