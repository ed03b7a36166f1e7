import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { PasswordHasher } from '../auth/password-hasher';
import { ActorCache } from '../auth/actor-cache';
import { normalizeEmail } from '../domain';
import { OrganizationRepository, UserRepository } from '../persistence';

export const PLATFORM_ORGANIZATION_NAME = '融通平台';
/** The seeded admin's account name: a name, like any person's, in the platform's language (the UI does not translate names). */
export const PLATFORM_ADMIN_DISPLAY_NAME = '平台管理员';

/**
 * At start: when no platform admin exists, create the platform organization and its first
 * admin from configuration. Several API processes may start at once: an advisory lock
 * lets exactly one of them do it.
 */
@Injectable()
export class BootstrapPlatformAdminUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly actors: ActorCache,
  ) {}

  async execute(admin: { email: string; password: string }): Promise<'created' | 'exists'> {
    if (await this.users.platformAdminExists(this.uow.db)) return 'exists';
    const email = normalizeEmail(admin.email);
    const passwordHash = await this.hasher.hash(admin.password);
    const outcome = await this.uow.run(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rongtong:bootstrap-platform-admin'))`);
      if (await this.users.platformAdminExists(tx)) return 'exists';
      const platform =
        (await this.organizations.findPlatform(tx)) ??
        (await this.organizations.insert(tx, {
          kind: 'platform',
          name: PLATFORM_ORGANIZATION_NAME,
          nameEn: 'Rongtong platform',
          verificationState: 'verified',
        }));
      // The operator configured this address: it counts as verified.
      const existing = await this.users.findByEmail(tx, email);
      if (existing && !existing.emailVerifiedAt) await this.users.verifyEmail(tx, existing.id, existing.email);
      const user =
        existing ??
        (await this.users.insert(tx, {
          email,
          displayName: PLATFORM_ADMIN_DISPLAY_NAME,
          passwordHash,
          emailVerified: true,
        }));
      await this.users.addMembership(tx, user.id, platform.id, 'owner');
      return { userId: user.id };
    });
    if (outcome === 'exists') return 'exists';
    // An existing user may have become the admin.
    this.actors.forgetUser(outcome.userId);
    return 'created';
  }
}
