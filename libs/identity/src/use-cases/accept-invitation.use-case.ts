import { Injectable } from '@nestjs/common';
import { isUniqueViolation, UnitOfWork } from '@rongtong/platform';
import { LoginAttempts } from '../auth/login-attempts';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionIssuer } from '../auth/session-issuer';
import { TokenService } from '../auth/token.service';
import { ActorCache } from '../auth/actor-cache';
import {
  AccountSuspendedError,
  assertPasswordAcceptable,
  EmailTakenError,
  InvalidCredentialsError,
  InvitationInvalidError,
} from '../domain';
import { InvitationRepository, OrganizationRepository, type SessionDevice, UserRepository } from '../persistence';
import { userView } from './views';

/**
 * The invitee redeems the token: a new account is created for the invited email, or an
 * existing account proves itself with its password and gains the membership. The token
 * was emailed to the invited address, so redeeming it verifies that address.
 */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly invitations: InvitationRepository,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly attempts: LoginAttempts,
    private readonly actors: ActorCache,
  ) {}

  async execute(input: { token: string; password: string; displayName?: string }, device: SessionDevice = {}) {
    const tokenHash = TokenService.hash(input.token);
    const preview = await this.uow.run((tx) => this.invitations.lockOpenByTokenHash(tx, tokenHash));
    if (!preview) throw new InvitationInvalidError();
    const existing = await this.users.findByEmail(this.uow.db, preview.email);
    let passwordHash: string | undefined;
    if (existing) {
      // Proving an existing account is a login: the same slow-down guards it.
      await this.attempts.reserve(existing.email.toLowerCase());
      if (!(await this.hasher.verify(existing.passwordHash, input.password))) throw new InvalidCredentialsError();
      await this.attempts.clear(existing.email.toLowerCase());
      if (existing.suspendedAt) throw new AccountSuspendedError();
    } else {
      assertPasswordAcceptable(input.password, { email: preview.email });
      passwordHash = await this.hasher.hash(input.password);
    }

    try {
      const accepted = await this.uow.run(async (tx) => {
        const invitation = await this.invitations.lockOpenByTokenHash(tx, tokenHash);
        if (!invitation) throw new InvitationInvalidError();
        const user =
          existing ??
          (await this.users.insert(tx, {
            email: invitation.email,
            displayName: input.displayName?.trim() || invitation.email.split('@')[0],
            passwordHash: passwordHash!,
            emailVerified: true,
          }));
        if (existing && !existing.emailVerifiedAt) await this.users.verifyEmail(tx, existing.id, existing.email);
        await this.users.addMembership(tx, user.id, invitation.organizationId, invitation.role);
        await this.invitations.markAccepted(tx, invitation.id, user.id);
        const organization = (await this.organizations.findById(tx, invitation.organizationId))!;
        const tokens = await this.sessions.open(tx, user.id, device);
        return {
          user: userView({ ...user, emailVerifiedAt: user.emailVerifiedAt ?? new Date() }),
          organization: { id: organization.id, name: organization.name, kind: organization.kind },
          role: invitation.role,
          ...tokens,
        };
      });
      // An existing user's sessions now have one more membership.
      this.actors.forgetUser(accepted.user.id);
      return accepted;
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw new EmailTakenError();
      throw error;
    }
  }
}
