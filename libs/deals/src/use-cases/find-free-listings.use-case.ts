import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { FreeTimeRepository } from '../persistence/free-time.repository';

/** A search filter's question: free for `minutes` in one stretch within `[from, to)`. */
export interface FreeTimeWanted {
  from: Date;
  to: Date;
  minutes: number;
}

/**
 * The listings with a free stretch of at least `minutes` inside `[from, to)` (from now
 * on), as the worker last computed them; for the search filter.
 */
@Injectable()
export class FindFreeListingsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly freeTime: FreeTimeRepository,
  ) {}

  async execute({ from, to, minutes }: FreeTimeWanted, now = new Date()): Promise<string[]> {
    const start = from > now ? from : now;
    if (to <= start) return [];
    return this.freeTime.listingsFreeFor(this.uow.db, start, to, minutes);
  }
}
