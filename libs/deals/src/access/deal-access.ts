import { type Actor, isMemberOf } from '@rongtong/identity';
import { DealNotFoundError, type Side } from '../domain';
import type { DealRecord } from '../persistence/deal.repository';

/**
 * The sides the caller is on: a member of the requesting enterprise, of the provider, or
 * (a user in both enterprises) both. Anyone else is told the deal does not exist.
 */
export function partySides(actor: Actor, deal: DealRecord): Side[] {
  const sides: Side[] = [];
  if (isMemberOf(actor, deal.requesterOrganizationId)) sides.push('requester');
  if (isMemberOf(actor, deal.providerOrganizationId)) sides.push('provider');
  if (sides.length === 0) throw new DealNotFoundError();
  return sides;
}
