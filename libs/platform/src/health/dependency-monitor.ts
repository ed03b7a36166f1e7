import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';

/** What a Rongtong process depends on, as operators name them. */
export type DependencyName = 'redis' | 'postgresql' | 'search';

export const DEPENDENCY_LABELS: Record<DependencyName, string> = {
  redis: 'Redis',
  postgresql: 'PostgreSQL',
  search: 'the search engine',
};

/** How often a dependency that stays down is mentioned again. */
export const REMINDER_INTERVAL_MS = 60_000;

interface State {
  up: boolean;
  /** Since when it has been in this state (epoch ms). */
  since: number;
  lastReminder: number;
  lastError?: string;
  /** Outages seen since the process started. */
  outages: number;
}

/**
 * Whether each dependency is reachable from this process, and the only place that says so
 * in the logs: one line when it goes, one when it comes back, and a reminder at most once
 * a minute in between — never a line per failed attempt. Clients report what they see
 * (`down` on every failure is fine, `up` on every success); the monitor keeps the state,
 * emits `down`/`up` events on changes, and feeds `/health/ready` and `/metrics`.
 */
export class DependencyMonitor extends EventEmitter<{ down: [DependencyName]; up: [DependencyName] }> {
  private readonly logger = new Logger('Dependencies');
  private readonly states = new Map<DependencyName, State>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  /** A client failed to reach `name`. */
  down(name: DependencyName, error?: unknown): void {
    const now = this.now();
    const message = describe(error);
    const state = this.states.get(name);
    if (!state || state.up) {
      this.states.set(name, {
        up: false,
        since: now,
        lastReminder: now,
        lastError: message,
        outages: (state?.outages ?? 0) + 1,
      });
      this.logger.warn(
        `${DEPENDENCY_LABELS[name]} unavailable${message ? `: ${message}` : ''}; retrying in the background`,
      );
      this.emit('down', name);
      return;
    }
    state.lastError = message || state.lastError;
    if (now - state.lastReminder >= REMINDER_INTERVAL_MS) {
      state.lastReminder = now;
      this.logger.warn(
        `${DEPENDENCY_LABELS[name]} still unavailable after ${Math.round((now - state.since) / 1000)} s${
          state.lastError ? `: ${state.lastError}` : ''
        }`,
      );
    }
  }

  /** A client reached `name`. */
  up(name: DependencyName): void {
    const now = this.now();
    const state = this.states.get(name);
    if (state?.up) return;
    this.states.set(name, { up: true, since: now, lastReminder: now, outages: state?.outages ?? 0 });
    if (state) {
      this.logger.log(`${DEPENDENCY_LABELS[name]} is back after ${Math.round((now - state.since) / 1000)} s`);
      this.emit('up', name);
    }
  }

  /** True or false once something reported on `name`; undefined before that. */
  isUp(name: DependencyName): boolean | undefined {
    return this.states.get(name)?.up;
  }

  /** Each dependency reported on: up or not, since when, outages so far, the last error. */
  snapshot(): Array<{ name: DependencyName; up: boolean; since: number; outages: number; lastError?: string }> {
    return [...this.states].map(([name, s]) => ({
      name,
      up: s.up,
      since: s.since,
      outages: s.outages,
      lastError: s.lastError,
    }));
  }
}

/** True for errors that mean "could not talk to the server", as opposed to a bad command. */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.driverError) return isConnectionError(e.driverError);
  const code = typeof e.code === 'string' ? e.code : '';
  if (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'EPIPE',
      'ETIMEDOUT',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ECONNABORTED',
    ].includes(code)
  )
    return true;
  // PostgreSQL: connection exceptions (08xxx), admin/crash shutdown, cannot connect now.
  if (/^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection is closed|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Stream isn't writeable|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|Reached the max retries per request|MaxRetriesPerRequest|socket hang up|read ECONNRESET|Command timed out/i.test(
    message,
  );
}

function describe(error: unknown): string {
  if (error === undefined) return '';
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  const e = error as { message?: unknown; code?: unknown };
  if (e && typeof e.message === 'string' && e.message) return e.message;
  if (e && typeof e.code === 'string') return e.code;
  return typeof error === 'string' ? error : 'unknown error';
}
