import type { Actor } from '@rongtong/identity';
import type { Db } from '@rongtong/platform';
import { DealNotFoundError, type Side } from '../domain';
import type { DealRecord, DealRepository } from '../persistence/deal.repository';
import { partySides } from './deal-access';

/** The deal and the caller's sides in it; a 404 for a deal that is not there or not the caller's. */
export async function partyDeal(
  db: Db,
  deals: DealRepository,
  actor: Actor,
  dealId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ deal: DealRecord; sides: Side[] }> {
  const deal = await deals.findById(db, dealId, options);
  if (!deal) throw new DealNotFoundError();
  return { deal, sides: partySides(actor, deal) };
}
