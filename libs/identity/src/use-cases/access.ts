import type { Db } from '@rongtong/platform';
import { type Actor, isMemberOf, moderatesAnyOf, OrganizationNotFoundError } from '../domain';
import type { ParkRepository } from '../persistence';

/**
 * Refusals name the reason (403) only to those who may know the organization's private
 * side exists: its members and the moderators of its parks. Everyone else gets 404.
 */
export async function assertVisible(
  db: Db,
  parks: ParkRepository,
  actor: Actor,
  organizationId: string,
): Promise<void> {
  if (isMemberOf(actor, organizationId) || actor.isPlatformAdmin) return;
  const parkIds = await parks.parkIdsOf(db, organizationId, ['approved', 'pending']);
  if (!moderatesAnyOf(actor, parkIds)) throw new OrganizationNotFoundError();
}
