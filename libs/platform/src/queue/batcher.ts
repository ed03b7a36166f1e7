/**
 * Gathers items from concurrent callers and hands them to `flush` together: after
 * `maxWaitMs`, or at once when `maxSize` are waiting. Each caller's promise settles with
 * the flush of the batch that held its item, so a job completes only once its work is done.
 */
export class Batcher<T> {
  private items: T[] = [];
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private timer?: NodeJS.Timeout;
  /** Flushes run one after another: a later batch never overtakes an earlier one. */
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly flush: (items: T[]) => Promise<void>,
    private readonly options: { maxSize: number; maxWaitMs: number },
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.items.push(item);
      this.waiters.push({ resolve, reject });
      if (this.items.length >= this.options.maxSize) this.drain();
      else this.timer ??= setTimeout(() => this.drain(), this.options.maxWaitMs);
    });
  }

  private drain(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const items = this.items;
    const waiters = this.waiters;
    this.items = [];
    this.waiters = [];
    this.tail = this.tail.then(() =>
      this.flush(items).then(
        () => waiters.forEach((w) => w.resolve()),
        (error: unknown) => waiters.forEach((w) => w.reject(error)),
      ),
    );
  }
}
