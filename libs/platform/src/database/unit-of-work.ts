import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** What repositories run their SQL on: the pool, or the transaction a use case opened. */
export type Db = EntityManager;

/** Opens transactions for use cases, so they need no DataSource of their own. */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  run<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The pool, for reads that need no transaction. */
  get db(): Db {
    return this.dataSource.manager;
  }
}

/** True when `error` is PostgreSQL's unique violation, optionally on one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
