import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { assertKnownRegionCode } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { readRfq, RFQ_EVENTS, type RfqEventPayload, type RfqInput, RfqValidationError } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { rfqView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

export interface CreateRfqInput extends RfqInput {
  /** Which of the caller's enterprises buys; optional when the caller has one. */
  organizationId?: string;
  /** Kept as a draft (not shown to suppliers) until published. */
  draft?: boolean;
  invitedOrganizationIds?: string[];
}

/**
 * A verified enterprise posts an RFQ, open at once unless it asks for a draft. Invited
 * enterprises are recorded with it; the RFQ and its event commit together.
 */
@Injectable()
export class CreateRfqUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, input: CreateRfqInput) {
    assertEmailVerified(actor);
    const { organizationId: named, draft, invitedOrganizationIds, ...body } = input;
    const buyer = await this.parties.buyer(actor, named);
    const now = new Date();
    const content = readRfq(body, now);
    assertKnownRegionCode(content.deliveryRegionCode, 'deliveryRegionCode');
    const invited = await this.invitable(invitedOrganizationIds ?? [], buyer.id);
    const rfq = await this.uow.run(async (tx) => {
      const created = await this.rfqs.insert(tx, {
        organizationId: buyer.id,
        createdBy: actor.userId,
        parkIds: buyer.parkIds,
        status: draft ? 'draft' : 'open',
        content,
      });
      if (invited.length > 0) await this.rfqs.invite(tx, created.id, invited, actor.userId);
      const payload: RfqEventPayload = { rfqId: created.id, organizationId: buyer.id, status: created.status };
      await this.outbox.append(
        tx,
        { type: RFQ_EVENTS.created, aggregateType: 'rfq', aggregateId: created.id, payload },
        ...(invited.length > 0 && !draft
          ? [
              {
                type: RFQ_EVENTS.invited,
                aggregateType: 'rfq',
                aggregateId: created.id,
                payload: { ...payload, title: created.title, notifyOrganizationIds: invited },
              },
            ]
          : []),
      );
      return created;
    });
    return rfqView(rfq, 'buyer', now, { invitedOrganizationIds: invited });
  }

  /** Invitees must be other enterprises the platform knows (422 naming the list otherwise). */
  private async invitable(ids: readonly string[], buyerId: string): Promise<string[]> {
    return checkInvitees(this.parties, ids, buyerId, 'invitedOrganizationIds');
  }
}

export async function checkInvitees(
  parties: SourcingParties,
  ids: readonly string[],
  buyerId: string,
  field: string,
): Promise<string[]> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return [];
  const facts = await parties.organizations.factsOfMany(distinct);
  const bad = distinct.findIndex((id) => id === buyerId || facts.get(id)?.kind !== 'enterprise');
  if (bad >= 0) {
    throw new RfqValidationError([
      { field: `${field}.${ids.indexOf(distinct[bad])}`, message: 'is not an enterprise' },
    ]);
  }
  return distinct;
}
