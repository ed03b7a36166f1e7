import type { Db } from './unit-of-work';

/**
 * Concurrent identical reads share one query: whoever asks for a key while a read of it
 * is in flight gets that read's answer (a copy of it) instead of sending another. Under a
 * burst of requests for the same thing (a popular listing) this turns hundreds of round
 * trips into a few. The answer may have been read up to one query's time before a late
 * joiner asked, as if it had asked a moment earlier.
 *
 * Only for reads outside transactions: a transaction must see its own writes.
 */
export class SingleFlight<K, V> {
  private readonly inflight = new Map<K, Promise<V>>();

  run(key: K, load: () => Promise<V>): Promise<V> {
    const shared = this.inflight.get(key);
    if (shared) return shared.then((value) => structuredClone(value));
    const read = load().finally(() => this.inflight.delete(key));
    this.inflight.set(key, read);
    return read;
  }
}

/** True for the pool, false for a transaction's connection. */
export function isPool(db: Db): boolean {
  return db.queryRunner === undefined;
}
