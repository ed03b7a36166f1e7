import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { FieldReader } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  effectiveStatus,
  RFQ_EVENTS,
  RfqItemNotFoundError,
  RfqStateConflictError,
  RfqValidationError,
} from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { questionView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

function readText(value: unknown, field: string): string {
  const r = new FieldReader((violations) => new RfqValidationError(violations));
  return r.finish(r.text(value, field, 5_000));
}

/** A supplier the RFQ is open to asks the buyer a question, while quoting is open. */
@Injectable()
export class AskRfqQuestionUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, input: { question?: unknown; organizationId?: string }) {
    assertEmailVerified(actor);
    const question = readText(input.question, 'question');
    const now = new Date();
    return this.uow.run(async (tx) => {
      const { rfq, supplierId } = await this.parties.asSupplier(tx, actor, id, input.organizationId);
      const status = effectiveStatus(rfq, now);
      if (status !== 'open') throw new RfqStateConflictError(status, 'ask');
      const asked = await this.rfqs.ask(tx, { rfqId: id, organizationId: supplierId, askedBy: actor.userId, question });
      await this.outbox.append(tx, {
        type: RFQ_EVENTS.questionAsked,
        aggregateType: 'rfq',
        aggregateId: id,
        payload: { rfqId: id, organizationId: rfq.organizationId, title: rfq.title, questionId: asked.id },
      });
      return questionView(asked, 'supplier', [supplierId]);
    });
  }
}

/**
 * The buyer answers a question, once, for every supplier the RFQ is open to: the event
 * names the question, never who asked it.
 */
@Injectable()
export class AnswerRfqQuestionUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, questionId: string, input: { answer?: unknown }) {
    assertEmailVerified(actor);
    const answer = readText(input.answer, 'answer');
    return this.uow.run(async (tx) => {
      const rfq = await this.parties.asBuyer(tx, actor, id);
      const question = await this.rfqs.question(tx, id, questionId, { forUpdate: true });
      if (!question) throw new RfqItemNotFoundError('RFQ_QUESTION_NOT_FOUND');
      if (question.answer !== null) throw new RfqStateConflictError('answered', 'answer');
      const answered = await this.rfqs.answer(tx, questionId, answer, actor.userId);
      await this.outbox.append(tx, {
        type: RFQ_EVENTS.questionAnswered,
        aggregateType: 'rfq',
        aggregateId: id,
        // Every interested supplier hears of the answer; the asker is not named.
        payload: {
          rfqId: id,
          organizationId: rfq.organizationId,
          title: rfq.title,
          questionId,
          notifyOrganizationIds: await this.rfqs.interestedSuppliers(tx, id),
        },
      });
      return questionView(answered, 'buyer', []);
    });
  }
}

/**
 * The questions of an RFQ: all of them for the buyer (and moderators); for a supplier the
 * answered ones and its own, without naming who asked the others.
 */
@Injectable()
export class ListRfqQuestionsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string) {
    const db = this.uow.db;
    const { side, scope } = await this.parties.standing(db, actor, id);
    const questions = await this.rfqs.questions(db, id);
    const shown =
      side === 'supplier'
        ? questions.filter((q) => q.answer !== null || scope.organizationIds.includes(q.organizationId))
        : questions;
    return { items: shown.map((q) => questionView(q, side, scope.organizationIds)) };
  }
}
