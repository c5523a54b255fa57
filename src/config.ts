// The only reader of process.env: one schema, validated once, every problem listed in one message.
import { availableParallelism } from 'node:os';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { isValidTimeZone as isTimeZone } from './core/schedule/index.js';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './feeds/schedule.js';
import { MAX_SHARD_COUNT, parseShards, type ShardConfig } from './config-shards.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';

/** Whitespace, control and format characters (a no-break or zero-width space among them). */
const HIDDEN_CHARACTERS = /[\s\p{Cc}\p{Cf}\p{Z}]/u;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A whole number written in decimal digits: Number() would also take 0x10, 1e3 or 0b11, which nobody means. */
function wholeNumber(unit: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .trim()
    .refine((v) => /^-?\d+$/.test(v), { message: `must be a whole number of ${unit} in decimal digits` })
    .transform(Number)
    .pipe(z.number().int().min(min, `must be ${min} or more`).max(max, `must be at most ${max}`));
}

export const configSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{17,20}$/.test(v), {
    message: 'must be a server (guild) id: 17 to 20 digits',
  }),
  DISCORD_API_BASE: z
    .string()
    .trim()
    .default('https://discord.com/api')
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v), { message: 'must be an http(s) URL' })
    .transform((v) => v.replace(/\/+$/, '')),
  ARTICLES_DIR: z.string().trim().min(1).default('data/articles'),
  DATABASE_PATH: z.string().trim().min(1).default('data/herald.db'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\/\S+$/i.test(v), {
    message: 'must be a PostgreSQL URL such as postgres://herald:password@localhost:5432/herald',
  }),
  DATABASE_TIMEOUT_SECONDS: wholeNumber('seconds', 1, 3600).default(60),
  DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine(isTimeZone, { message: 'must be an IANA time zone name such as UTC or Europe/Berlin' }),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  FOLLOW_SYMLINKS: z
    .string()
    .trim()
    .toLowerCase()
    .default('false')
    .refine((v) => ['', 'true', 'false', '1', '0', 'yes', 'no'].includes(v), {
      message: 'must be true or false',
    })
    .transform((v) => ['true', '1', 'yes'].includes(v)),
  DIGEST_MIN_INTERVAL: wholeNumber('seconds', 0, 31_536_000).default(300),
  FEEDS_ALLOW_PRIVATE: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  // At most an hour: the deadline is a timer, and past 2^31 − 1 ms a timer fires at once (every fetch would time out).
  FEED_TIMEOUT_SECONDS: wholeNumber('seconds', 1, 3600).default(15),
  FEED_MAX_BYTES: wholeNumber('bytes', 1024).default(10 * 1024 * 1024),
  FEED_USER_AGENT: optionalText,
  FEED_DEFAULT_INTERVAL: wholeNumber('minutes', MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES).default(10),
  FEED_MIN_INTERVAL_SECONDS: wholeNumber('seconds', 1).default(120),
  FEED_CONCURRENCY: wholeNumber('fetches', 1).default(8),
  POST_CHECK_SECONDS: wholeNumber('seconds', 1, 3600).default(10),
  HERALD_SHARDS: optionalText,
  SHARD_COUNT: wholeNumber('shards', 1, MAX_SHARD_COUNT).optional(),
  LEASE_SECONDS: wholeNumber('seconds', 2, 3600).default(30),
  INGEST_WORKERS: wholeNumber('threads', 1, 256).optional(),
  STATUS_PORT: wholeNumber('port', 1, 65_535).optional(),
  STATUS_HOST: z.string().trim().default('127.0.0.1'),
  // Sent back in a header and a cookie: a space or a control character inside would never match what a
  // browser or curl sends, and the message must not quote the token.
  STATUS_TOKEN: optionalText
    .refine((v) => v === undefined || v.length >= 16, { message: 'must be at least 16 characters' })
    .refine((v) => v === undefined || !HIDDEN_CHARACTERS.test(v), {
      message:
        'holds whitespace or control characters inside; use letters, digits and punctuation only (openssl rand -hex 32 makes one)',
    }),
});

/** An emptied setting (`NAME=` in .env, or only spaces) means "use the default", as if it were not there. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}

/** Why a bot token can't be right, without ever quoting it; null when its shape is fine. */
function tokenProblem(token: string): string | null {
  if (HIDDEN_CHARACTERS.test(token)) {
    return 'holds whitespace or control characters inside; copy the token again from the developer portal (Bot → Reset Token)';
  }
  return null;
}

export interface Config {
  discordToken: string | undefined;
  guildId: string | undefined;
  apiBase: string;
  articlesDir: string;
  databasePath: string;
  /** A postgres:// URL: the store is PostgreSQL there instead of SQLite at databasePath. */
  databaseUrl: string | null;
  /**
   * How long one PostgreSQL statement may take; the bot's thread waits that long at most when the server
   * does not answer (the store is synchronous), then fails statements at once until it answers.
   */
  databaseTimeoutSeconds: number;
  defaultTimeZone: string;
  logLevel: LogLevel;
  digestMinInterval: number;
  /** Follow symbolic links in ARTICLES_DIR that lead to a place inside it (never outside). */
  followSymlinks: boolean;
  feeds: FeedConfig;
  /** How often live posts look for newly stored articles (any process may have stored them). */
  postCheckSeconds: number;
  /** The status page (src/web): null when STATUS_PORT is not set. */
  status: StatusConfig | null;
  /** The gateway shards this process holds (HERALD_SHARDS of SHARD_COUNT). */
  shards: ShardConfig;
  /** How long a process's claim on a unit of periodic work lasts unless renewed (another takes it over after). */
  leaseSeconds: number;
  /** Threads that analyse a bulk load (the writer's thread helps besides): default cores − 1, at least 1. */
  ingestWorkers: number;
}

export interface StatusConfig {
  port: number;
  host: string;
  token: string | null;
}

export interface FeedConfig {
  allowPrivate: boolean;
  timeoutSeconds: number;
  maxBytes: number;
  /** Null: Herald's own agent string (name, version, project URL). */
  userAgent: string | null;
  defaultIntervalMinutes: number;
  minIntervalSeconds: number;
  concurrency: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
    super(`Herald's configuration has ${count}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment. Values are never echoed back, so a token can't leak through an error. */
export function parseConfig(
  env: Record<string, string | undefined>,
  options: { requireToken: boolean; cores?: number },
): Config {
  const result = configSchema.safeParse(withoutEmpty(env));
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${issue.path.join('.') || 'environment'}: ${issue.message}`);
    }
  }
  const token = env.DISCORD_TOKEN?.trim();
  if (options.requireToken && !token) {
    problems.push('DISCORD_TOKEN: required to run the bot (copy .env.example to .env and fill it in)');
  }
  const badToken = options.requireToken && token ? tokenProblem(token) : null;
  if (badToken) problems.push(`DISCORD_TOKEN: ${badToken}`);
  if (result.success) problems.push(...statusProblems(result.data));
  const shards = result.success ? parseShards(result.data.HERALD_SHARDS, result.data.SHARD_COUNT) : null;
  if (shards && !shards.ok) problems.push(...shards.problems);
  if (!result.success || !shards?.ok || problems.length > 0) throw new ConfigError(problems);
  const v = result.data;
  return {
    discordToken: v.DISCORD_TOKEN,
    guildId: v.DISCORD_GUILD_ID,
    apiBase: v.DISCORD_API_BASE,
    articlesDir: v.ARTICLES_DIR,
    databasePath: v.DATABASE_PATH,
    databaseUrl: v.DATABASE_URL ?? null,
    databaseTimeoutSeconds: v.DATABASE_TIMEOUT_SECONDS,
    defaultTimeZone: v.DEFAULT_TIMEZONE,
    logLevel: v.LOG_LEVEL,
    digestMinInterval: v.DIGEST_MIN_INTERVAL,
    followSymlinks: v.FOLLOW_SYMLINKS,
    feeds: {
      allowPrivate: v.FEEDS_ALLOW_PRIVATE === 'true',
      timeoutSeconds: v.FEED_TIMEOUT_SECONDS,
      maxBytes: v.FEED_MAX_BYTES,
      userAgent: v.FEED_USER_AGENT ?? null,
      defaultIntervalMinutes: v.FEED_DEFAULT_INTERVAL,
      minIntervalSeconds: v.FEED_MIN_INTERVAL_SECONDS,
      concurrency: v.FEED_CONCURRENCY,
    },
    postCheckSeconds: v.POST_CHECK_SECONDS,
    ingestWorkers: v.INGEST_WORKERS ?? Math.max(1, (options.cores ?? availableParallelism()) - 1),
    status:
      v.STATUS_PORT === undefined
        ? null
        : { port: v.STATUS_PORT, host: v.STATUS_HOST, token: v.STATUS_TOKEN ?? null },
    shards: shards.shards,
    leaseSeconds: v.LEASE_SECONDS,
  };
}

/** The status page shows the bot's state: reachable beyond this machine only with a token. */
function statusProblems(v: {
  STATUS_PORT?: number | undefined;
  STATUS_HOST: string;
  STATUS_TOKEN?: string | undefined;
}): string[] {
  if (v.STATUS_PORT === undefined || v.STATUS_TOKEN !== undefined || isLoopback(v.STATUS_HOST)) return [];
  return [
    `STATUS_TOKEN: required when STATUS_HOST (${v.STATUS_HOST}) is not a loopback address; set a long random token, or bind to 127.0.0.1 and use a reverse proxy`,
  ];
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Where the store is: the PostgreSQL URL when DATABASE_URL is set, else the SQLite file. */
export function databaseLocation(config: Pick<Config, 'databasePath' | 'databaseUrl'>): string {
  return config.databaseUrl ?? config.databasePath;
}

/** How long the store waits for one PostgreSQL statement, in milliseconds (openStore's `waitMs`). */
export function databaseWaitMs(config: Pick<Config, 'databaseTimeoutSeconds'>): number {
  return config.databaseTimeoutSeconds * 1000;
}

/**
 * discord.js reads SHARD_COUNT from the environment as well, and takes an empty one (as `.env.example`
 * leaves it) for 0 shards, which it refuses: the bot would not start. Herald reads an emptied setting
 * as not there, so it is taken out of the environment, and discord.js sees what Herald sees.
 */
export function dropEmptied(env: Record<string, string | undefined>): void {
  if (env.SHARD_COUNT !== undefined && env.SHARD_COUNT.trim() === '') delete env.SHARD_COUNT;
}

/** Reads `.env` (if present) into the environment, then validates it. */
export function loadConfig(options: { requireToken: boolean }): Config {
  loadDotenv({ quiet: true });
  dropEmptied(process.env);
  return parseConfig(process.env, options);
}
