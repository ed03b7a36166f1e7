interface Waiter<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers items from concurrent callers and hands them to `flush` together, one flush at a
 * time: items that arrive while a flush runs wait for it and then go together in the next
 * (at most `maxSize`), so when flushes slow down the batches grow instead of queueing up.
 * The first item after an idle spell waits `maxWaitMs` for company. Each caller's promise
 * settles with the flush that held its item: a job completes only once its work is done.
 */
export class CoalescingBatcher<T> {
  private waiting: Array<Waiter<T>> = [];
  private timer?: NodeJS.Timeout;
  private flushing = false;

  constructor(
    private readonly flush: (items: T[]) => Promise<void>,
    private readonly options: { maxSize: number; maxWaitMs: number },
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.flushing) return;
      if (this.waiting.length >= this.options.maxSize) this.next();
      else this.timer ??= setTimeout(() => this.next(), this.options.maxWaitMs);
    });
  }

  private next(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, this.options.maxSize);
    this.flushing = true;
    void this.flush(batch.map((w) => w.item)).then(
      () => this.settled(batch, (w) => w.resolve()),
      (error: unknown) => this.settled(batch, (w) => w.reject(error)),
    );
  }

  private settled(batch: Array<Waiter<T>>, settle: (w: Waiter<T>) => void): void {
    batch.forEach(settle);
    this.flushing = false;
    this.next();
  }
}
