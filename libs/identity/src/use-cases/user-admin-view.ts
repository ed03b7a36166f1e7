import { type Actor, ForbiddenError } from '../domain';
import type { UserAdminRecord } from '../persistence';

/** A user as platform admins see them: the account's state, with its suspension if any. */
export function userAdminView(user: UserAdminRecord) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    isPlatformAdmin: user.isPlatformAdmin,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
    suspension: user.suspendedAt
      ? { suspendedAt: user.suspendedAt, reason: user.suspendedReason, suspendedBy: user.suspendedBy }
      : null,
  };
}

/** Users are managed by platform admins alone (403 PLATFORM_ADMIN_REQUIRED, like creating parks). */
export function assertPlatformAdmin(actor: Actor): void {
  if (!actor.isPlatformAdmin) throw new ForbiddenError('Only platform admins manage users', 'PLATFORM_ADMIN_REQUIRED');
}
