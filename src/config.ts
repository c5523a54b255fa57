// The only reader of process.env: one schema, validated once, every problem listed in one message.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function wholeNumber(unit: string, min: number) {
  return z.coerce
    .number({ message: `must be a whole number of ${unit}` })
    .int(`must be a whole number of ${unit}`)
    .min(min, `must be ${min} or more`);
}

const schema = z.object({
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
  DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine(isTimeZone, { message: 'must be an IANA time zone name such as UTC or Europe/Berlin' }),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DIGEST_MIN_INTERVAL: z.coerce
    .number({ message: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more')
    .default(300),
  FEEDS_ALLOW_PRIVATE: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  FEED_TIMEOUT_SECONDS: wholeNumber('seconds', 1).default(15),
  FEED_MAX_BYTES: wholeNumber('bytes', 1024).default(10 * 1024 * 1024),
  FEED_USER_AGENT: optionalText,
  FEED_DEFAULT_INTERVAL: wholeNumber('minutes', 1).default(10),
  FEED_MIN_INTERVAL_SECONDS: wholeNumber('seconds', 1).default(120),
  FEED_CONCURRENCY: wholeNumber('fetches', 1).default(8),
});

export interface Config {
  discordToken: string | undefined;
  guildId: string | undefined;
  apiBase: string;
  articlesDir: string;
  databasePath: string;
  defaultTimeZone: string;
  logLevel: LogLevel;
  digestMinInterval: number;
  feeds: FeedConfig;
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
    super(`Herald's configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment. Values are never echoed back, so a token can't leak through an error. */
export function parseConfig(env: Record<string, string | undefined>, options: { requireToken: boolean }): Config {
  const result = schema.safeParse(env);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${issue.path.join('.') || 'environment'}: ${issue.message}`);
    }
  }
  if (options.requireToken && !env.DISCORD_TOKEN?.trim()) {
    problems.push('DISCORD_TOKEN: required to run the bot (copy .env.example to .env and fill it in)');
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const v = result.data;
  return {
    discordToken: v.DISCORD_TOKEN,
    guildId: v.DISCORD_GUILD_ID,
    apiBase: v.DISCORD_API_BASE,
    articlesDir: v.ARTICLES_DIR,
    databasePath: v.DATABASE_PATH,
    defaultTimeZone: v.DEFAULT_TIMEZONE,
    logLevel: v.LOG_LEVEL,
    digestMinInterval: v.DIGEST_MIN_INTERVAL,
    feeds: {
      allowPrivate: v.FEEDS_ALLOW_PRIVATE === 'true',
      timeoutSeconds: v.FEED_TIMEOUT_SECONDS,
      maxBytes: v.FEED_MAX_BYTES,
      userAgent: v.FEED_USER_AGENT ?? null,
      defaultIntervalMinutes: v.FEED_DEFAULT_INTERVAL,
      minIntervalSeconds: v.FEED_MIN_INTERVAL_SECONDS,
      concurrency: v.FEED_CONCURRENCY,
    },
  };
}

/** Reads `.env` (if present) into the environment, then validates it. */
export function loadConfig(options: { requireToken: boolean }): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env, options);
}
