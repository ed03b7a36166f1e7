import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { isConnectionError } from '../health/dependency-monitor';

export interface PgListenerOptions {
  databaseUrl: string;
  /** A channel name: letters, digits and underscores (it is written into `LISTEN`). */
  channel: string;
  applicationName: string;
  /** Wait before reconnecting after a lost connection, and after a failed connect. */
  retryMs: number;
  maxRetryMs: number;
  onNotification: (payload: string) => void;
  /** Called each time LISTEN is (again) in place: notifications may have been missed before. */
  onListening?: () => void;
  /** Called when the connection is lost: notifications stop until `onListening`. */
  onLost?: (error: unknown) => void;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * One connection that LISTENs on a PostgreSQL channel and keeps doing so: a lost
 * connection is reported and replaced, with the wait growing while connecting fails.
 * Whoever relies on notifications must treat the time between `onLost` and
 * `onListening` as blind.
 */
export class PgListener {
  private readonly logger: Logger;
  private client?: Client;
  private reconnect?: NodeJS.Timeout;
  private stopped = true;
  private failures = 0;
  private lastWarning = 0;

  constructor(private readonly options: PgListenerOptions) {
    if (!CHANNEL.test(options.channel)) throw new Error(`Not a channel name: ${options.channel}`);
    this.logger = new Logger(`PgListener(${options.channel})`);
  }

  /** True while LISTEN is in place. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  /** Connects and listens; resolves once the first attempt succeeded or failed (it then retries). */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.reconnect = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: this.options.applicationName,
      keepAlive: true,
    });
    let lost = false;
    // pg may both reject the pending query and emit 'error': reconnect once, not twice.
    const onLost = (error: unknown) => {
      if (lost) return;
      lost = true;
      const wasListening = this.client === client;
      if (wasListening) this.client = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.failures += 1;
      const delay = Math.min(this.options.retryMs * 2 ** (this.failures - 1), this.options.maxRetryMs);
      // PostgreSQL going away is announced once by the dependency monitor; here, at most a
      // line a minute (a listener failing alone, say on a connection limit, still shows).
      const now = Date.now();
      if (!isConnectionError(error) && now - this.lastWarning >= 60_000) {
        this.lastWarning = now;
        this.logger.warn(
          `LISTEN connection unavailable, retrying with backoff (up to ${this.options.maxRetryMs} ms): ${describe(error)}`,
        );
      } else {
        this.logger.debug(`LISTEN connection unavailable, retrying in ${delay} ms: ${describe(error)}`);
      }
      if (wasListening) this.options.onLost?.(error);
      this.scheduleConnect(delay);
    };
    client.on('notification', (message) => this.options.onNotification(message.payload ?? ''));
    client.on('error', onLost);
    client.on('end', () => onLost(new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
      if (lost) return;
      if (this.stopped) {
        lost = true;
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.failures = 0;
      this.options.onListening?.();
    } catch (error) {
      onLost(error);
    }
  }

  private scheduleConnect(delayMs: number): void {
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      void this.connect().catch(() => undefined);
    }, delayMs);
    this.reconnect.unref();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
