import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { type Db, isUniqueViolation, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  effectiveStatus,
  QUOTE_EVENTS,
  QuoteDeadlinePassedError,
  QuoteExistsError,
  type QuoteInput,
  QuoteStateConflictError,
  readQuote,
  RfqItemNotFoundError,
  RfqStateConflictError,
} from '../domain';
import { type QuoteRecord, type RfqRecord, RfqRepository } from '../persistence/rfq.repository';
import { quoteView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

/** Quoting, revising and withdrawing need an RFQ still taking quotes: open, before its deadline. */
function assertTakingQuotes(rfq: RfqRecord, action: string, now: Date): void {
  if (rfq.takenDownAt) throw new RfqStateConflictError('taken_down', action);
  if (rfq.status === 'open' && rfq.quoteDeadline.getTime() <= now.getTime()) {
    throw new QuoteDeadlinePassedError(rfq.quoteDeadline);
  }
  const status = effectiveStatus(rfq, now);
  if (status !== 'open') throw new RfqStateConflictError(status, action);
}

/**
 * A supplier quotes on an RFQ open to it: price breaks by quantity, lead time, validity.
 * One quote that is not withdrawn per supplier (409 QUOTE_EXISTS: revise it instead).
 */
@Injectable()
export class SubmitQuoteUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, input: QuoteInput & { organizationId?: string }) {
    assertEmailVerified(actor);
    const now = new Date();
    try {
      return await this.uow.run(async (tx) => {
        const { rfq, supplierId } = await this.parties.asSupplier(tx, actor, id, input.organizationId, {
          forUpdate: true,
        });
        assertTakingQuotes(rfq, 'quote', now);
        await this.parties.assertNotFrozen(supplierId);
        const content = readQuote(input, now);
        const existing = (await this.rfqs.quotes(tx, id, [supplierId])).find((q) => q.status !== 'withdrawn');
        if (existing) throw new QuoteExistsError(existing.id);
        const quote = await this.rfqs.insertQuote(tx, {
          rfqId: id,
          organizationId: supplierId,
          submittedBy: actor.userId,
          content,
        });
        await announce(this.outbox, tx, QUOTE_EVENTS.submitted, rfq, quote);
        return quoteView(quote);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'rfq_quotes_one_live')) {
        const { supplierId } = await this.parties.asSupplier(this.uow.db, actor, id, input.organizationId);
        const existing = (await this.rfqs.quotes(this.uow.db, id, [supplierId])).find((q) => q.status !== 'withdrawn');
        throw new QuoteExistsError(existing?.id ?? '');
      }
      throw error;
    }
  }
}

async function announce(outbox: OutboxWriter, tx: Db, type: string, rfq: RfqRecord, quote: QuoteRecord) {
  // Sealed: the buyer hears that a quote came, never its price, until the deadline.
  await outbox.append(tx, {
    type,
    aggregateType: 'rfq',
    aggregateId: rfq.id,
    payload: {
      rfqId: rfq.id,
      organizationId: rfq.organizationId,
      quoteId: quote.id,
      supplierOrganizationId: quote.organizationId,
      revision: quote.revision,
    },
  });
}

/** The supplier's own quote on this RFQ (404 for another's), locked. */
async function ownQuote(
  parties: SourcingParties,
  rfqs: RfqRepository,
  tx: Db,
  actor: Actor,
  rfqId: string,
  quoteId: string,
): Promise<{ rfq: RfqRecord; quote: QuoteRecord }> {
  const { rfq, scope } = await parties.standing(tx, actor, rfqId, { forUpdate: true });
  const quote = await rfqs.quote(tx, rfqId, quoteId, { forUpdate: true });
  if (!quote || !scope.organizationIds.includes(quote.organizationId) || quote.organizationId === rfq.organizationId) {
    throw new RfqItemNotFoundError('QUOTE_NOT_FOUND');
  }
  return { rfq, quote };
}

/** The supplier revises its quote until the deadline; every revision is kept. */
@Injectable()
export class ReviseQuoteUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, quoteId: string, input: QuoteInput) {
    assertEmailVerified(actor);
    const now = new Date();
    return this.uow.run(async (tx) => {
      const { rfq, quote } = await ownQuote(this.parties, this.rfqs, tx, actor, id, quoteId);
      assertTakingQuotes(rfq, 'quote', now);
      if (quote.status !== 'live') throw new QuoteStateConflictError(quote.status);
      const revised = await this.rfqs.reviseQuote(tx, quoteId, readQuote(input, now), actor.userId);
      await announce(this.outbox, tx, QUOTE_EVENTS.revised, rfq, revised);
      return quoteView(revised);
    });
  }
}

/** The supplier withdraws its quote until the deadline; it may then quote afresh. */
@Injectable()
export class WithdrawQuoteUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, quoteId: string): Promise<void> {
    const now = new Date();
    await this.uow.run(async (tx) => {
      const { rfq, quote } = await ownQuote(this.parties, this.rfqs, tx, actor, id, quoteId);
      assertTakingQuotes(rfq, 'withdraw', now);
      if (quote.status !== 'live') throw new QuoteStateConflictError(quote.status);
      const withdrawn = await this.rfqs.withdrawQuote(tx, quoteId, actor.userId);
      await announce(this.outbox, tx, QUOTE_EVENTS.withdrawn, rfq, withdrawn);
    });
  }
}
