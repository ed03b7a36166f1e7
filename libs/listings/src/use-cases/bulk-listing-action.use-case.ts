import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { DomainError, type Locale, ReasonRequiredError } from '@rongtong/kernel';
import { wordProblem } from '@rongtong/platform';
import { type ListingAction, requiresReason } from '../domain';
import { ChangeListingStatusUseCase } from './change-listing-status.use-case';

export interface BulkListingResult {
  id: string;
  ok: boolean;
  /** The listing's status after the step, when it was taken. */
  status?: string;
  code?: string;
  message?: string;
}

/**
 * One lifecycle step on many listings: owners submit or archive, moderators approve or
 * reject (with the one reason every listing's audit row then carries). Each listing is
 * its own step, with its own checks, transaction and audit row, exactly as when taken
 * one by one: those that cannot take it are reported with the code they would get alone.
 */
@Injectable()
export class BulkListingActionUseCase {
  constructor(private readonly status: ChangeListingStatusUseCase) {}

  async execute(
    actor: Actor,
    input: { action: ListingAction; ids: readonly string[]; reason?: string },
    locale: Locale,
  ): Promise<{ results: BulkListingResult[] }> {
    if (requiresReason(input.action) && !input.reason?.trim()) throw new ReasonRequiredError();
    const results: BulkListingResult[] = [];
    for (const id of new Set(input.ids.map((i) => i.toLowerCase()))) {
      try {
        const listing = await this.status.execute(actor, id, input.action, input.reason);
        results.push({ id, ok: true, status: listing.status });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const { detail } = wordProblem(error.code, error.message, { ...error.details, ...error.params }, locale);
        results.push({ id, ok: false, code: error.code, message: detail });
      }
    }
    return { results };
  }
}
