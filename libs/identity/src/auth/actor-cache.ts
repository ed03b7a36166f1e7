import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, PgListener } from '@rongtong/platform';
import type { Actor } from '../domain';

/** The channel the `notify_actor_changed` triggers announce on (see the ActorChanges migration). */
export const ACTOR_CHANGED_CHANNEL = 'actor_changed';
const MAX_ENTRIES = 50_000;

interface Entry {
  actor: Actor;
  /** Epoch ms after which the entry is not used: the TTL, or the session's end if sooner. */
  until: number;
}

/**
 * Actors of live sessions, kept in memory for a short while so that an authenticated
 * request costs no database round trip to learn who is asking.
 *
 * Freshness does not rest on the TTL. Triggers announce every change that shapes an actor
 * (a session revoked or deleted, a membership added, changed or removed, a user's email,
 * an organization's kind, which organization operates a park) on `actor_changed`, and this
 * process drops what it holds for it; use cases that make such changes here also forget
 * at once, without waiting for the notification to come round. Entries are served only
 * while LISTEN is in place: a lost connection empties the cache and sends every request to
 * the database until it is back. A load that raced a change is not kept (`ticket`).
 */
@Injectable()
export class ActorCache implements OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private listener?: PgListener;
  private started?: Promise<void>;
  private generation = 0;

  constructor(private readonly config: AppConfig) {
    this.ttlMs = config.actorCacheTtlMs;
  }

  /** The cached actor of this session, while it is good; starts listening on first use. */
  get(userId: string, sessionId: string): Actor | undefined {
    if (this.ttlMs === 0) return undefined;
    if (!this.listener) this.startListening();
    if (!this.listener?.listening) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= Date.now() || entry.actor.userId !== userId) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.actor;
  }

  /** Taken before loading an actor from the database, handed back to `put`. */
  ticket(): number {
    return this.generation;
  }

  /** Keeps a loaded actor, unless anything was forgotten since its `ticket` was taken. */
  put(ticket: number, actor: Actor, sessionExpiresAt: Date): void {
    if (this.ttlMs === 0 || ticket !== this.generation || !this.listener?.listening) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(actor.sessionId, {
      actor: deepFreeze(actor),
      until: Math.min(Date.now() + this.ttlMs, sessionExpiresAt.getTime()),
    });
  }

  forgetSession(sessionId: string): void {
    this.generation += 1;
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    this.generation += 1;
    for (const [sessionId, entry] of this.entries) {
      if (entry.actor.userId === userId) this.entries.delete(sessionId);
    }
  }

  forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** For tests and metrics: how many sessions are held. */
  get size(): number {
    return this.entries.size;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }

  /** Resolves once LISTEN is in place (or the first attempt failed); tests wait on it. */
  async listening(): Promise<boolean> {
    if (this.ttlMs === 0) return false;
    if (!this.listener) this.startListening();
    await this.started;
    return this.listener!.listening;
  }

  private startListening(): void {
    this.listener = new PgListener({
      databaseUrl: this.config.database.url,
      channel: ACTOR_CHANGED_CHANNEL,
      applicationName: 'rongtong-actor-cache',
      retryMs: 500,
      maxRetryMs: 10_000,
      onNotification: (payload) => this.onChange(payload),
      // Changes made while nobody listened were missed: start from nothing.
      onListening: () => this.forgetAll(),
      onLost: () => this.forgetAll(),
    });
    this.started = this.listener.start();
  }

  private onChange(payload: string): void {
    const [scope, id] = payload.split(':', 2);
    if (scope === 'session' && id) this.forgetSession(id);
    else if (scope === 'user' && id) this.forgetUser(id);
    else this.forgetAll();
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
