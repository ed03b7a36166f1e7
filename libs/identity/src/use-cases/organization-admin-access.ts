import type { Db } from '@rongtong/platform';
import { type Actor, ForbiddenError, isAdminOf, membershipIn, type MembershipRole } from '../domain';
import type { ParkRepository } from '../persistence';
import { assertVisible } from './access';

/**
 * The caller's role in an organization they manage (owner or admin). Others get 403
 * ADMIN_REQUIRED if they may know its private side exists, 404 otherwise.
 */
export async function requireAdmin(
  db: Db,
  parks: ParkRepository,
  actor: Actor,
  organizationId: string,
  message: string,
): Promise<MembershipRole> {
  if (isAdminOf(actor, organizationId)) return membershipIn(actor, organizationId)!.role;
  await assertVisible(db, parks, actor, organizationId);
  throw new ForbiddenError(message, 'ADMIN_REQUIRED');
}
