import { type ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';

/**
 * Rate-limit counters in Redis, and in this process's memory while Redis cannot be
 * reached: each API process then limits on its own (with N processes a client may get up
 * to N times the limit), rather than refusing everyone or letting everyone through. Redis
 * takes over again on the first request that reaches it.
 */
export class FallbackThrottlerStorage implements ThrottlerStorage {
  private local?: ThrottlerStorageService;

  constructor(private readonly primary: ThrottlerStorage) {}

  async increment(...args: Parameters<ThrottlerStorage['increment']>) {
    try {
      return await this.primary.increment(...args);
    } catch {
      this.local ??= new ThrottlerStorageService();
      return this.local.increment(...args);
    }
  }

  /** Clears the in-memory counters' timers (Nest does not manage this instance). */
  close(): void {
    this.local?.onApplicationShutdown();
  }
}
