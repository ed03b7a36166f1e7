import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * Development defaults that let `npm run demo` work on a machine with local PostgreSQL
 * and Redis. They are refused in production (see `productionGuards`).
 */
export const DEV_DEFAULTS = {
  jwtSecret: 'dev-only-jwt-secret-not-for-production-use',
  secretsKey: 'dev-only-secrets-key-not-for-production-use',
  platformAdminEmail: 'admin@rongtong.local',
  platformAdminPassword: 'Rongtong-Admin-2026!',
} as const;

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A JSON object of weights 0–1 by name; which names exist is the matcher's to say. */
const weights = z.string().transform((text, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object such as {"distance": 0.2}' });
    return z.NEVER;
  }
  const parsed = z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), z.number().min(0).max(1)).safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'must map factor names to weights from 0 to 1' });
    return z.NEVER;
  }
  return parsed.data;
});

/**
 * The proxies whose X-Forwarded-For is believed: a hop count (`1`: the nearest one) or a
 * list of addresses and CIDR ranges. Unset: nobody, the socket's address is the client.
 */
const trustProxy = z.string().transform((text, ctx): number | string[] => {
  if (/^\d+$/.test(text.trim())) {
    const hops = Number(text.trim());
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const entries = text
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const valid = (entry: string) => {
      const [address, bits, ...rest] = entry.split('/');
      const version = isIP(address);
      if (version === 0 || rest.length > 0) return false;
      if (bits === undefined) return true;
      const n = Number(bits);
      return /^\d+$/.test(bits) && n >= 0 && n <= (version === 4 ? 32 : 128);
    };
    if (entries.length > 0 && entries.every(valid)) return entries;
  }
  ctx.addIssue({
    code: 'custom',
    message: 'must be a hop count from 1 to 10 or a comma-separated list of proxy addresses or CIDR ranges',
  });
  return z.NEVER;
});

/** A comma-separated list of TCP ports. */
const ports = z.string().transform((text, ctx) => {
  const list = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(Number);
  if (list.length === 0 || !list.every((p) => Number.isInteger(p) && p >= 1 && p <= 65535)) {
    ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of ports (1–65535)' });
    return z.NEVER;
  }
  return list;
});

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${protocols.map((p) => p.replace(':', '://')).join(' or ')}` },
  );

/** Every environment variable Rongtong reads, with its default. Nothing else reads process.env. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(1, 65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.optional(),
  BODY_LIMIT_BYTES: int(1024, 100 * 1024 * 1024).default(1024 * 1024),
  CORS_ORIGINS: z.string().default(''),
  TRUST_PROXY: trustProxy.optional(),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/rongtong'),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i, 'must be letters, digits, - or _')
    .default('rongtong'),
  OUTBOX_POLL_INTERVAL_MS: int(50, 60_000).default(1000),
  OUTBOX_BATCH_SIZE: int(1, 10_000).default(200),
  OUTBOX_SWEEP_INTERVAL_MS: int(0, 3_600_000).default(30_000),
  SEARCH_ENGINE: z.enum(['postgres', 'meilisearch']).default('postgres'),
  MEILI_URL: url(['http:', 'https:']).optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_DEFAULTS.jwtSecret),
  JWT_ISSUER: z.string().min(1).default('rongtong'),
  JWT_AUDIENCE: z.string().min(1).default('rongtong-api'),
  JWT_ACCESS_TTL_SECONDS: int(60, 86_400).default(900),
  JWT_REFRESH_TTL_DAYS: int(1, 365).default(30),
  AUTH_RATE_LIMIT_PER_MINUTE: int(1, 100_000).default(20),
  REFRESH_RATE_LIMIT_PER_MINUTE: int(1, 100_000).default(300),
  SECRETS_KEY: z.string().min(32, 'must be at least 32 characters').default(DEV_DEFAULTS.secretsKey),
  SECRETS_OLD_KEYS: z.string().optional(),
  ACTOR_CACHE_TTL_MS: int(0, 600_000).default(30_000),
  PLATFORM_ADMIN_EMAIL: z.email().optional(),
  PLATFORM_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  UPLOAD_DIR: z.string().min(1).default('var/uploads'),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 lower-case letters, digits, . or -)')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  UPLOAD_MAX_BYTES: int(1, 1024 * 1024 * 1024).default(10 * 1024 * 1024),
  UPLOAD_MAX_PHOTO_BYTES: int(1, 1024 * 1024 * 1024).optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).max(300).default('Rongtong 融通 <no-reply@rongtong.local>'),
  MAIL_DIR: z.string().min(1).default('var/mail'),
  PUBLIC_WEB_URL: url(['http:', 'https:']).default('http://localhost:3000'),
  WEB_DIR: z.string().min(1).default('dist/web'),
  WEBHOOK_TIMEOUT_MS: int(100, 60_000).default(5000),
  WEBHOOK_RETRY_BASE_MS: int(10, 3_600_000).default(10_000),
  WEBHOOK_ALLOWED_PORTS: ports.optional(),
  MATCHING_WEIGHTS: weights.optional(),
  MATCHING_MIN_SCORE: z.coerce.number().min(0).max(1).default(0.35),
  MATCHING_MAX_MATCHES: int(1, 200).default(20),
});

type Env = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Rules that only hold in production: dev defaults and missing secrets are refused. */
function productionGuards(env: Env, raw: Record<string, string | undefined>): void {
  if (env.NODE_ENV !== 'production') return;
  if (!raw.JWT_SECRET || env.JWT_SECRET === DEV_DEFAULTS.jwtSecret) {
    throw new ConfigError('JWT_SECRET', 'must be set to a secret of at least 32 characters in production');
  }
  if (!raw.SECRETS_KEY || env.SECRETS_KEY === DEV_DEFAULTS.secretsKey || env.SECRETS_KEY === env.JWT_SECRET) {
    throw new ConfigError(
      'SECRETS_KEY',
      'must be set in production to a key of at least 32 characters of its own (not JWT_SECRET)',
    );
  }
  if (env.SEARCH_ENGINE === 'meilisearch' && !env.MEILI_MASTER_KEY) {
    throw new ConfigError('MEILI_MASTER_KEY', 'must be set when SEARCH_ENGINE=meilisearch in production');
  }
  if (raw.MAIL_DIR !== undefined) {
    throw new ConfigError('MAIL_DIR', 'is for development and tests only; production sends email through SMTP_URL');
  }
  if (env.PLATFORM_ADMIN_PASSWORD === DEV_DEFAULTS.platformAdminPassword) {
    throw new ConfigError('PLATFORM_ADMIN_PASSWORD', 'must not be the development default in production');
  }
}

/** The validated, typed configuration. Built once at boot by `loadConfig`. */
export class AppConfig {
  readonly env!: Env['NODE_ENV'];
  /**
   * `trustProxy`: whose X-Forwarded-For sets `request.ip` (what rate limits key on):
   * false (nobody, the default), a hop count, or proxy addresses and CIDR ranges.
   */
  readonly http!: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    corsOrigins: string[];
    trustProxy: false | number | string[];
  };
  /**
   * `GET /metrics`: open in development and tests; in production only with
   * `Authorization: Bearer <token>`, and not served at all without a token.
   */
  readonly metrics!: { token?: string; open: boolean };
  readonly log!: { level: Env['LOG_LEVEL']; pretty: boolean };
  readonly database!: { url: string; poolSize: number };
  readonly redis!: { url: string };
  readonly queue!: { prefix: string };
  /** The relay: polling fallback, batch size, and how often relayed events are checked against Redis. */
  readonly outbox!: { pollIntervalMs: number; batchSize: number; sweepIntervalMs: number };
  readonly search!: { engine: Env['SEARCH_ENGINE']; meiliUrl?: string; meiliMasterKey?: string };
  readonly jwt!: {
    secret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
  };
  /** Requests per minute per client IP to each sign-in, sign-up and invitation endpoint. */
  readonly authRateLimitPerMinute!: number;
  /** Requests per minute per client IP to `POST /auth/refresh` (every page load of the web app). */
  readonly refreshRateLimitPerMinute!: number;
  /** Keys for secrets kept at rest (`SecretBox`): the current one seals, older ones still open. */
  readonly secrets!: { key: string; oldKeys: string[] };
  /**
   * How long an API process may answer "who is asking" from memory (0: never). Changes
   * reach it at once through PostgreSQL notifications; this bounds the rest.
   */
  readonly actorCacheTtlMs!: number;
  /** The first platform admin, created at start when none exists. */
  readonly platformAdmin?: { email: string; password: string };
  /** Uploaded files: where the local-disk storage keeps them (absolute), and size limits. */
  readonly uploads!: { dir: string; maxBytes: number; maxPhotoBytes: number };
  /**
   * Where uploaded files are kept: local disk under `uploads.dir` (one machine), or an
   * S3-compatible bucket that several api processes share.
   */
  readonly storage!:
    | { driver: 'local' }
    | {
        driver: 's3';
        endpoint?: string;
        bucket: string;
        region: string;
        credentials?: { accessKeyId: string; secretAccessKey: string };
        forcePathStyle: boolean;
      };
  /**
   * Outgoing email, over SMTP when `smtpUrl` is set. Without it, development and tests
   * write each email into `dir` (absolute) to be opened there; production has no `dir`,
   * and its emails are recorded but not sent.
   */
  readonly mail!: { smtpUrl?: string; from: string; dir?: string };
  /** Where people open the web app (links in emails), without a trailing slash. */
  readonly publicWebUrl!: string;
  /**
   * Webhook deliveries: per-attempt timeout, the first retry's delay (doubling after), and
   * the only ports a webhook URL may name (undefined: any, in development and tests).
   */
  readonly webhooks!: { timeoutMs: number; retryBaseMs: number; allowedPorts?: number[] };
  /**
   * Demand matching: weights overriding the matcher's defaults by factor (partial; the
   * matcher checks the names and rescales to sum 1), the lowest score proposed and how
   * many matches a demand gets at most.
   */
  readonly matching!: { weights: Record<string, number>; minScore: number; maxMatches: number };
  /** The built web app (Vite's output) the API serves at `/`; absent, `/` answers 404. */
  readonly web!: { dir: string };

  get isProduction(): boolean {
    return this.env === 'production';
  }
}

function blankToUndefined(raw: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === '' ? undefined : v]));
}

/**
 * Validates the environment into an `AppConfig`, or throws a `ConfigError` whose one-line
 * message names the first offending variable.
 */
export function loadConfig(rawEnv: Record<string, string | undefined>): AppConfig {
  const raw = blankToUndefined(rawEnv);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const got = raw[variable];
    throw new ConfigError(variable, `${issue.message}${got === undefined ? '' : ` (got '${got}')`}`);
  }
  const env = parsed.data;
  productionGuards(env, raw);
  if (env.SEARCH_ENGINE === 'meilisearch' && !env.MEILI_URL) {
    throw new ConfigError('MEILI_URL', 'must be set when SEARCH_ENGINE=meilisearch');
  }

  const isDev = env.NODE_ENV !== 'production';
  const adminEmail = env.PLATFORM_ADMIN_EMAIL ?? (isDev ? DEV_DEFAULTS.platformAdminEmail : undefined);
  const adminPassword = env.PLATFORM_ADMIN_PASSWORD ?? (isDev ? DEV_DEFAULTS.platformAdminPassword : undefined);
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(
      adminEmail === undefined ? 'PLATFORM_ADMIN_EMAIL' : 'PLATFORM_ADMIN_PASSWORD',
      'must be set together with its pair',
    );
  }

  if (env.STORAGE_DRIVER === 's3' && !env.S3_BUCKET) {
    throw new ConfigError('S3_BUCKET', 'must be set when STORAGE_DRIVER=s3');
  }
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    throw new ConfigError(
      env.S3_ACCESS_KEY_ID === undefined ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY',
      'must be set together with its pair',
    );
  }

  if (env.UPLOAD_MAX_PHOTO_BYTES !== undefined && env.UPLOAD_MAX_PHOTO_BYTES > env.UPLOAD_MAX_BYTES) {
    throw new ConfigError('UPLOAD_MAX_PHOTO_BYTES', `must not exceed UPLOAD_MAX_BYTES (${env.UPLOAD_MAX_BYTES})`);
  }

  return Object.assign(new AppConfig(), {
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      trustProxy: env.TRUST_PROXY ?? false,
    },
    metrics: { token: env.METRICS_TOKEN, open: env.NODE_ENV !== 'production' },
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development' },
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE },
    redis: { url: env.REDIS_URL },
    queue: { prefix: env.QUEUE_PREFIX },
    outbox: {
      pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      batchSize: env.OUTBOX_BATCH_SIZE,
      sweepIntervalMs: env.OUTBOX_SWEEP_INTERVAL_MS,
    },
    search: { engine: env.SEARCH_ENGINE, meiliUrl: env.MEILI_URL, meiliMasterKey: env.MEILI_MASTER_KEY },
    jwt: {
      secret: env.JWT_SECRET,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: env.JWT_REFRESH_TTL_DAYS,
    },
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    refreshRateLimitPerMinute: env.REFRESH_RATE_LIMIT_PER_MINUTE,
    secrets: {
      key: env.SECRETS_KEY,
      oldKeys: (env.SECRETS_OLD_KEYS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    },
    actorCacheTtlMs: env.ACTOR_CACHE_TTL_MS,
    platformAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    web: { dir: path.resolve(env.WEB_DIR) },
    uploads: {
      dir: path.resolve(env.UPLOAD_DIR),
      maxBytes: env.UPLOAD_MAX_BYTES,
      // Unset, the photo limit is 5 MiB, or the general limit when that is lower.
      maxPhotoBytes: env.UPLOAD_MAX_PHOTO_BYTES ?? Math.min(5 * 1024 * 1024, env.UPLOAD_MAX_BYTES),
    },
    storage:
      env.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            endpoint: env.S3_ENDPOINT,
            bucket: env.S3_BUCKET!,
            region: env.S3_REGION,
            credentials:
              env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
                : undefined,
            // MinIO and most self-hosted servers want path-style URLs; AWS wants virtual hosts.
            forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
          }
        : { driver: 'local' },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      dir: env.NODE_ENV === 'production' ? undefined : path.resolve(env.MAIL_DIR),
    },
    publicWebUrl: env.PUBLIC_WEB_URL.replace(/\/+$/, ''),
    webhooks: {
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      // Production delivers to the usual HTTPS ports only, so webhooks cannot probe others.
      allowedPorts: env.WEBHOOK_ALLOWED_PORTS ?? (env.NODE_ENV === 'production' ? [443, 8443] : undefined),
    },
    matching: {
      weights: env.MATCHING_WEIGHTS ?? {},
      minScore: env.MATCHING_MIN_SCORE,
      maxMatches: env.MATCHING_MAX_MATCHES,
    },
  });
}
