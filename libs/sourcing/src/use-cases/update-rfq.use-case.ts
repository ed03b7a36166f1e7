import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { assertKnownRegionCode } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  changedRfqFields,
  effectiveStatus,
  MATERIAL_RFQ_FIELDS,
  readRfq,
  RFQ_EVENTS,
  RFQ_FIELDS,
  type RfqContent,
  type RfqInput,
  rfqStep,
  RfqVersionConflictError,
} from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { rfqView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

/**
 * The buyer edits a draft or an open RFQ: sent fields replace the current ones (null
 * clears an optional one), and the whole is read again (a deadline moved into the past is
 * refused like a new one). Quotes already in stay as they are, but when an open RFQ changes
 * in what suppliers price (MATERIAL_RFQ_FIELDS), the suppliers with a live quote are told
 * (rfq.amended) so they may revise it; every edit is kept in the RFQ's audit trail with the
 * fields changed and the suppliers told.
 */
@Injectable()
export class UpdateRfqUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, patch: RfqInput, expectedVersion?: number) {
    assertEmailVerified(actor);
    const now = new Date();
    const rfq = await this.uow.run(async (tx) => {
      const current = await this.parties.asBuyer(tx, actor, id, { forUpdate: true });
      rfqStep(current, 'edit', now);
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new RfqVersionConflictError(current.version);
      }
      const merged: RfqInput = { ...asInput(current) };
      // An absent field keeps its value; null clears an optional one.
      for (const field of RFQ_FIELDS) if (patch[field] !== undefined) merged[field] = patch[field];
      const content = readRfq(merged, now);
      assertKnownRegionCode(content.deliveryRegionCode, 'deliveryRegionCode');
      const changed = changedRfqFields(current, content);
      const updated = await this.rfqs.replaceContent(tx, id, content);
      await this.outbox.append(tx, {
        type: RFQ_EVENTS.updated,
        aggregateType: 'rfq',
        aggregateId: id,
        payload: { rfqId: id, organizationId: updated.organizationId, version: updated.version },
      });
      const material = changed.filter((f) => MATERIAL_RFQ_FIELDS.includes(f));
      const quoting =
        material.length > 0 && effectiveStatus(current, now) === 'open' ? await this.rfqs.quotingSuppliers(tx, id) : [];
      if (quoting.length > 0) {
        await this.outbox.append(tx, {
          type: RFQ_EVENTS.amended,
          aggregateType: 'rfq',
          aggregateId: id,
          payload: {
            rfqId: id,
            organizationId: updated.organizationId,
            title: updated.title,
            changedFields: material,
            notifyOrganizationIds: quoting,
          },
        });
      }
      if (changed.length > 0) {
        await this.rfqs.audit(tx, {
          rfqId: id,
          actorUserId: actor.userId,
          action: 'edit',
          details: { changedFields: changed, notifiedOrganizationIds: quoting, version: updated.version },
        });
      }
      return updated;
    });
    return rfqView(rfq, 'buyer', now, { invitedOrganizationIds: await this.rfqs.invitedIds(this.uow.db, id) });
  }
}

function asInput(content: RfqContent): RfqInput {
  return { ...content, quoteDeadline: content.quoteDeadline.toISOString() };
}
