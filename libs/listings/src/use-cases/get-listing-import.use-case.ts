import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf } from '@rongtong/identity';
import type { Locale } from '@rongtong/kernel';
import { UnitOfWork, wordProblem, wordViolation } from '@rongtong/platform';
import { ListingImportNotFoundError } from '../domain';
import { ListingImportRepository, type StoredRejection } from '../persistence/listing-import.repository';

export interface ImportRejectionView {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

function worded(rejection: StoredRejection, locale: Locale): ImportRejectionView {
  const { row, column, code } = rejection;
  const message =
    rejection.wording === 'violation'
      ? wordViolation(
          { field: rejection.field ?? column ?? '', message: rejection.message, rule: rejection.rule },
          locale,
        ).message
      : wordProblem(code, rejection.message, rejection.params ?? {}, locale).detail;
  return { row, column, code, message };
}

/** An import's progress and report, worded in the reader's language; members of its enterprise only (else 404). */
@Injectable()
export class GetListingImportUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly imports: ListingImportRepository,
  ) {}

  async execute(actor: Actor, importId: string, locale: Locale) {
    const record = await this.imports.findById(this.uow.db, importId);
    if (!record || !isMemberOf(actor, record.organizationId)) throw new ListingImportNotFoundError();
    return {
      id: record.id,
      organizationId: record.organizationId,
      status: record.status,
      dryRun: record.dryRun,
      submit: record.submit,
      format: record.format,
      total: record.total,
      processed: record.processed,
      created: record.created,
      updated: record.updated,
      unchanged: record.unchanged,
      rejected: record.rejected.map((rejection) => worded(rejection, locale)),
      failure: record.failure
        ? {
            code: record.failure.code,
            message: wordProblem(record.failure.code, record.failure.message, record.failure.params ?? {}, locale)
              .detail,
          }
        : null,
      createdAt: record.createdAt,
      finishedAt: record.finishedAt,
    };
  }
}
