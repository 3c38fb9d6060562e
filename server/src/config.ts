import path from 'node:path';
import { z } from 'zod';
import { BURNOUT_ALERT_THRESHOLD } from '@cr/shared/engine/index';

/**
 * The server's whole configuration, validated once at boot. Every variable is documented in
 * `.env.example`; a bad value stops the process with a message naming it.
 */
const csv = z
  .string()
  .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean));

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Postgres connection string; when absent an embedded PGlite in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Where the embedded database and generated signing keys live. */
  DATA_DIR: z.string().default('./data'),
  /** Public origin of this server; the JWT issuer. Default: http://localhost:PORT (or HOST:PORT). */
  PUBLIC_URL: z.string().url().optional(),
  /** JWT audience; the PowerSync Service must be configured with the same value. */
  JWT_AUDIENCE: z.string().min(1).default('cognitive-resonance'),
  /** Access-token lifetime in seconds (5–60 minutes). */
  ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(300).max(3600).default(900),
  /** Refresh-token lifetime in days. */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** PEM (PKCS#8) RSA private key; when absent one is generated and kept in DATA_DIR/keys. */
  JWT_PRIVATE_KEY: z.string().optional(),
  CORS_ORIGINS: csv.default([]),
  /** Requests per minute per client (seed: 100). */
  RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(100),
  /** Login attempts per minute per client address (whatever account they name). */
  LOGIN_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(10),
  /**
   * Per e-mail address (docs/auth-security.md): failed sign-ins that cost nothing, then a delay of
   * LOGIN_DELAY_BASE_S seconds doubling with each further failure up to LOGIN_DELAY_MAX_S.
   * Never a hard lock: the owner signs in with the right password once the delay has passed.
   */
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_DELAY_BASE_S: z.coerce.number().int().min(1).max(3600).default(2),
  LOGIN_DELAY_MAX_S: z.coerce.number().int().min(1).max(3600).default(300),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed demo content and accounts on first start. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Where background jobs run: `inline` in the server process (default, one machine), or `off`
   * when separate `npm run worker` processes do the work (scaled out).
   */
  JOBS: z.enum(['inline', 'off']).default('inline'),
  /**
   * Scoring threads per process that works jobs (Postgres only): the scoring backlog drains score
   * their batches on this many worker threads, off the event loop. 0 scores on the event loop.
   * Ignored on the embedded PGlite (one session of the server process).
   */
  SCORING_THREADS: z.coerce.number().int().min(0).max(16).default(2),
  /** Sync streams: how long a shutdown waits (ms) for streams to finish their writes before it cuts them (a client that stopped reading). */
  SYNC_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /** Sync streams: interval (ms) of the keepalive line that also carries token_expires_in. */
  SYNC_KEEPALIVE_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  /** Sync streams: heavy first syncs (≥ 1,000 ops over the buckets a device holds no position in) started at once; more wait in arrival order (a rush queues). */
  SYNC_MAX_INITIAL_SYNCS: z.coerce.number().int().min(1).max(10_000).default(16),
  /** `off`: this process runs no change capture (the PowerSync Service, or another instance, does). */
  SYNC_PROCESSOR: z.enum(['on', 'off']).default('on'),
  /** Interval (ms) of bucket compaction, which keeps initial syncs small; 0 disables it. */
  SYNC_COMPACT_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** Directory of the built client served at /. */
  CLIENT_DIST: z.string().default('./client/dist'),
  /** Benchmarks (docs/benchmarks.md): rows of the class leaderboard a ranking writes (top N). */
  BENCHMARK_LEADERBOARD_TOP_N: z.coerce.number().int().min(1).max(100).default(10),
  /** Students whose total benchmark percentile is below this (0–100) are flagged for their coaches. */
  BENCHMARK_ALERT_PERCENTILE: z.coerce.number().min(0).max(100).default(10),
  /** Grace period (seconds) for offline devices when an admin schedules a benchmark without one. */
  BENCHMARK_GRACE_DEFAULT_S: z.coerce.number().int().min(0).max(604_800).default(3600),
  /**
   * Outgoing mail server, e.g. `smtps://user:pass@smtp.example.com:465` or `smtp://relay:25`.
   * When absent, e-mails are written as .eml files into DATA_DIR/outbox instead of being sent.
   */
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  /** Simultaneous SMTP connections per process. */
  SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
  /** The From: of every e-mail; an address the SMTP server accepts as sender. */
  MAIL_FROM: z.string().min(3).default('Cognitive Resonance <no-reply@localhost>'),
  /**
   * Web Push VAPID key pair (base64url, as `web-push generate-vapid-keys` prints). When absent a
   * pair is generated into DATA_DIR/keys/vapid.json; every server and worker must share one pair.
   */
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, 'base64url P-256 public key').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, 'base64url P-256 private key').optional(),
  /** Contact the push services may use about this sender (mailto: or https:). */
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'must start with mailto: or https://').default('mailto:admin@localhost'),
  /** Key of the one-click unsubscribe links (>= 32 chars); when absent one is generated into DATA_DIR/keys. */
  UNSUBSCRIBE_SECRET: z.string().min(32).optional(),
  /** A chat message unread for this many minutes notifies its recipient. */
  NOTIFY_UNREAD_MINUTES: z.coerce.number().int().min(1).max(10_080).default(30),
  /** Nightly analytics: a burnout risk (0–1) rising to this alerts the student's coaches (engine default). */
  BURNOUT_ALERT_THRESHOLD: z.coerce.number().gt(0).max(1).default(BURNOUT_ALERT_THRESHOLD),
  /** Operations (docs/operations.md): bearer token Prometheus presents at /metrics; unset: loopback scrapes only. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /** Where scheduled and `npm run backup` archives go. Default: DATA_DIR/backups. */
  BACKUP_DIR: z.string().optional(),
  /** Cron (UTC) of the scheduled backup job, or `off`. */
  BACKUP_CRON: z
    .string()
    .regex(/^(off|(\S+\s+){4}\S+)$/, 'BACKUP_CRON must be a 5-field cron expression or off')
    .default('15 2 * * *'),
  /** Days scheduled backups are kept (the newest is always kept). */
  BACKUP_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  /** Days between a deletion request and the deletion (the person may cancel until then). */
  ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Days device telemetry is kept; the data_cleanup job prunes older events. */
  TELEMETRY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Hours a guardian's confirmation link stays valid. */
  GUARDIAN_LINK_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(168),
}).transform((c) => ({
  ...c,
  // Tokens' `iss` follows the port the server really listens on unless an origin is configured.
  PUBLIC_URL: c.PUBLIC_URL ?? `http://${['0.0.0.0', '::', ''].includes(c.HOST) ? 'localhost' : c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}:${c.PORT}`,
  BACKUP_DIR: c.BACKUP_DIR ?? path.join(c.DATA_DIR, 'backups'),
}));

export type Config = z.infer<typeof configSchema>;

/** Parses `env`; throws one error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
