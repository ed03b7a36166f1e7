import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { eventually } from '../support/eventually';

/**
 * Real servers and processes for the fault tests: a Redis of the test's own that it stops
 * and starts, a TCP proxy in front of PostgreSQL that it can sever and make refuse, and
 * the worker as a process of its own (started from TypeScript, as `bench/` starts tools),
 * whose log lines are counted and whose CPU time is read from /proc.
 */

const ROOT = path.resolve(__dirname, '../..');

/** A TCP port nothing listens on (the kernel's choice, released at once). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A `redis-server` on a port of its own. Without `dir` it keeps nothing (`--save ''`,
 * no AOF): a restart comes back empty. With `dir` it appends every write to an AOF there
 * (`appendfsync always`): a restart comes back with its data.
 */
export class RedisServer {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir?: string,
  ) {}

  static async start(options: { dir?: string } = {}): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), options.dir);
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const persistence = this.dir
      ? ['--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '']
      : ['--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', ...persistence], {
      stdio: 'ignore',
    });
    this.process = child;
    await eventually(() => this.ping(), { timeoutMs: 10_000, what: `redis-server on ${this.port}` });
  }

  /** Stops the server (SIGTERM: with AOF, what it holds is on disk) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = net.connect(this.port, '127.0.0.1');
      socket.once('error', () => resolve(false));
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
    });
  }
}

/**
 * A TCP proxy to a server (PostgreSQL): `sever()` drops every connection through it,
 * `refuse()` also stops listening (new connections are refused) until `accept()`.
 */
export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort(), target);
    await proxy.accept();
    return proxy;
  }

  async accept(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  sever(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async refuse(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.sever();
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}

/** A URL with its port replaced (the database through the proxy). */
export function throughPort(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.port = String(port);
  return parsed.toString();
}

export interface LogLine {
  at: number;
  level: number;
  context?: string;
  msg: string;
}

/**
 * The worker (or, given its entry, the api) as its own process, TypeScript through
 * @swc-node as `bench/` runs tools (or the built JavaScript, given a `.js` entry), JSON logs
 * (`info` unless `LOG_LEVEL` says otherwise) collected line by line.
 */
export class WorkerProcess {
  readonly lines: LogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>, entry = 'apps/worker/src/main.ts') {
    // Built JavaScript runs as deployed; TypeScript through @swc-node.
    const args = entry.endsWith('.js') ? [entry] : ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', entry];
    this.child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'tsconfig.json',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        LOG_PRETTY: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const collect = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const raw of parts) {
        if (!raw.trim()) continue;
        try {
          const parsed = JSON.parse(raw) as { time: number; level: number; context?: string; msg: string };
          this.lines.push({ at: Date.now(), level: parsed.level, context: parsed.context, msg: parsed.msg });
        } catch {
          this.lines.push({ at: Date.now(), level: 50, msg: raw }); // not pino: counted all the same
        }
      }
    };
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Waits for a log line matching `pattern` (logged after `since`). */
  waitFor(pattern: RegExp, timeoutMs = 60_000, since = 0): Promise<LogLine> {
    return eventually(() => this.lines.find((line) => line.at >= since && pattern.test(line.msg)), {
      timeoutMs,
      intervalMs: 50,
      what: `a worker log line matching ${pattern} (last lines: ${this.lines
        .slice(-5)
        .map((l) => l.msg.slice(0, 160))
        .join(' | ')})`,
    });
  }

  started(timeoutMs = 90_000): Promise<LogLine> {
    return this.waitFor(/Rongtong worker started/, timeoutMs);
  }

  /** Lines logged at or after `since`. */
  linesSince(since: number): LogLine[] {
    return this.lines.filter((line) => line.at >= since);
  }

  /** Resident memory now, in bytes (0 once the process is gone). */
  rssBytes(): number {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return match ? Number(match[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  }

  /** CPU time the process has used so far (user + system), in seconds. */
  cpuSeconds(): number {
    const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat; [0] here is field 3 (state).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** Sends SIGTERM and resolves to how long the process took to exit (ms). */
  async terminate(): Promise<number> {
    if (!this.running) return 0;
    const sent = Date.now();
    this.child.kill('SIGTERM');
    const { at } = await this.exited;
    return at - sent;
  }
}
