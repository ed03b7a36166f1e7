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

/**
 * Concurrent reads of a few keys each go out together: while one statement is out, the
 * keys asked for meanwhile wait and are read in the next one, for all of them at once.
 * Unlike `SingleFlight`, every answer comes from a statement sent after its caller asked,
 * so it is as fresh as a read of its own; under a burst of requests (two hundred bookings
 * at once, each checking whether its parties are frozen) this turns one round trip per
 * request into a few in all. `load` answers for the keys it finds; absent keys have none.
 *
 * Only for reads outside transactions: a transaction must see its own writes.
 */
export class BatchedReads<K, V> {
  private waiting: Array<{
    keys: readonly K[];
    resolve: (found: Map<K, V>) => void;
    reject: (error: unknown) => void;
  }> = [];
  private reading = false;

  constructor(private readonly load: (keys: K[]) => Promise<Map<K, V>>) {}

  get(keys: readonly K[]): Promise<Map<K, V>> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ keys, resolve, reject });
      if (!this.reading) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.reading = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting;
        this.waiting = [];
        try {
          const found = await this.load([...new Set(batch.flatMap((b) => b.keys))]);
          for (const b of batch) {
            const own = new Map<K, V>();
            for (const key of b.keys) if (found.has(key)) own.set(key, structuredClone(found.get(key)!));
            b.resolve(own);
          }
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      this.reading = false;
    }
  }
}
