import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value';

function problemsOf(env: Record<string, string>, requireToken = true): string[] {
  try {
    parseConfig(env, { requireToken });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('parseConfig', () => {
  it('fills every default when only the token is given', () => {
    const config = parseConfig({ DISCORD_TOKEN: TOKEN }, { requireToken: true });
    expect(config).toMatchObject({
      apiBase: 'https://discord.com/api',
      articlesDir: 'data/articles',
      databasePath: 'data/herald.db',
      defaultTimeZone: 'UTC',
      logLevel: 'info',
      digestMinInterval: 300,
      guildId: undefined,
    });
  });

  it('requires the token for the bot but not for the CLI', () => {
    expect(problemsOf({})).toEqual([expect.stringContaining('DISCORD_TOKEN')]);
    expect(problemsOf({}, false)).toEqual([]);
  });

  it('lists every bad value in one error', () => {
    const problems = problemsOf({
      DISCORD_TOKEN: TOKEN,
      DISCORD_GUILD_ID: 'my-server',
      DISCORD_API_BASE: 'not a url',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      LOG_LEVEL: 'loud',
      DIGEST_MIN_INTERVAL: '-5',
    });
    expect(problems).toHaveLength(5);
    for (const name of [
      'DISCORD_GUILD_ID',
      'DISCORD_API_BASE',
      'DEFAULT_TIMEZONE',
      'LOG_LEVEL',
      'DIGEST_MIN_INTERVAL',
    ]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });

  it('never prints the token, even when other values are bad', () => {
    try {
      parseConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: TOKEN }, { requireToken: true });
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(TOKEN);
    }
  });

  it('trims a trailing slash from the API base and accepts a loopback stand-in', () => {
    const config = parseConfig(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:4567/api/' },
      { requireToken: true },
    );
    expect(config.apiBase).toBe('http://127.0.0.1:4567/api');
  });

  it.each(['', '   '])('reads an emptied setting (%j) as its default, not as zero or nothing', (empty) => {
    const config = parseConfig(
      {
        DISCORD_TOKEN: TOKEN,
        DIGEST_MIN_INTERVAL: empty,
        ARTICLES_DIR: empty,
        DATABASE_PATH: empty,
        DEFAULT_TIMEZONE: empty,
        LOG_LEVEL: empty,
        DISCORD_API_BASE: empty,
        DISCORD_GUILD_ID: empty,
        FOLLOW_SYMLINKS: empty,
        FEEDS_ALLOW_PRIVATE: empty,
        FEED_TIMEOUT_SECONDS: empty,
        FEED_MAX_BYTES: empty,
        FEED_USER_AGENT: empty,
        FEED_DEFAULT_INTERVAL: empty,
        FEED_MIN_INTERVAL_SECONDS: empty,
        FEED_CONCURRENCY: empty,
        POST_CHECK_SECONDS: empty,
        STATUS_PORT: empty,
        STATUS_HOST: empty,
        STATUS_TOKEN: empty,
        INGEST_WORKERS: empty,
      },
      { requireToken: true, cores: 4 },
    );
    expect(config).toEqual({
      discordToken: TOKEN,
      guildId: undefined,
      apiBase: 'https://discord.com/api',
      articlesDir: 'data/articles',
      databasePath: 'data/herald.db',
      defaultTimeZone: 'UTC',
      logLevel: 'info',
      digestMinInterval: 300,
      followSymlinks: false,
      ingestWorkers: 3,
      feeds: {
        allowPrivate: false,
        concurrency: 8,
        defaultIntervalMinutes: 10,
        maxBytes: 10485760,
        minIntervalSeconds: 120,
        timeoutSeconds: 15,
        userAgent: null,
      },
      postCheckSeconds: 10,
      status: null,
    });
  });

  it.each([
    ['0', 0],
    ['10', 10],
    [' 600 ', 600],
    ['0300', 300],
  ])('reads the decimal number %j as %d', (raw, seconds) => {
    expect(parseConfig({ DIGEST_MIN_INTERVAL: raw }, { requireToken: false }).digestMinInterval).toBe(
      seconds,
    );
  });

  it.each(['0x10', '1e3', '0b11', '0o17', '12.5', '5 min', 'Infinity', '-5'])(
    'refuses the number %j, naming the setting and asking for decimal seconds',
    (raw) => {
      const problems = problemsOf({ DIGEST_MIN_INTERVAL: raw }, false);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DIGEST_MIN_INTERVAL: /);
      expect(problems[0]).toMatch(raw === '-5' ? /0 or more/ : /whole number of seconds in decimal digits/);
    },
  );

  it.each([
    ['FEED_TIMEOUT_SECONDS', 'seconds'],
    ['FEED_MAX_BYTES', 'bytes'],
    ['FEED_DEFAULT_INTERVAL', 'minutes'],
    ['FEED_MIN_INTERVAL_SECONDS', 'seconds'],
    ['FEED_CONCURRENCY', 'fetches'],
  ])('refuses %s=0x10 as not decimal, by name', (name, unit) => {
    const problems = problemsOf({ [name]: '0x10' }, false);
    expect(problems).toEqual([`${name}: must be a whole number of ${unit} in decimal digits`]);
  });

  it.each([
    ['a space', 'MTIzNDU2Nzg5 MDEyMzQ1Njc4.secret'],
    ['a tab', 'MTIzNDU2Nzg5\tMDEyMzQ1Njc4.secret'],
    ['a line break', 'MTIzNDU2Nzg5\nMDEyMzQ1Njc4.secret'],
    ['a control character', 'MTIzNDU2Nzg5\u0000MDEyMzQ1Njc4.secret'],
    ['a non-breaking space', 'MTIzNDU2Nzg5\u00a0MDEyMzQ1Njc4.secret'],
  ])('refuses a token with %s inside, by name and without printing it', (_what, token) => {
    try {
      parseConfig({ DISCORD_TOKEN: token }, { requireToken: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^DISCORD_TOKEN: .*whitespace or control characters/),
      ]);
      for (const part of token.split(/[\s\p{Cc}]/u)) expect(message).not.toContain(part);
    }
  });

  it('accepts a token with whitespace only around it (as an editor may leave it), trimmed', () => {
    expect(parseConfig({ DISCORD_TOKEN: `  ${TOKEN}\r` }, { requireToken: true }).discordToken).toBe(TOKEN);
  });

  it('counts its problems in words that agree with the number', () => {
    expect(() => parseConfig({ LOG_LEVEL: 'loud' }, { requireToken: false })).toThrow(/has 1 problem:/);
    expect(() =>
      parseConfig({ LOG_LEVEL: 'loud', DIGEST_MIN_INTERVAL: 'x' }, { requireToken: false }),
    ).toThrow(/has 2 problems:/);
  });
});

describe('INGEST_WORKERS', () => {
  it.each([
    [1, 1],
    [2, 1],
    [8, 7],
  ])('defaults to the cores minus one, at least one (%i cores: %i)', (cores, workers) => {
    expect(parseConfig({}, { requireToken: false, cores }).ingestWorkers).toBe(workers);
  });

  it.each([
    ['3', 3],
    [' 12 ', 12],
  ])('takes a whole number of threads (%j)', (raw, workers) => {
    expect(parseConfig({ INGEST_WORKERS: raw }, { requireToken: false, cores: 2 }).ingestWorkers).toBe(
      workers,
    );
  });

  it.each(['0', '-1', '1.5', 'many', '0x4', '257'])('refuses %j, naming the variable', (raw) => {
    expect(() => parseConfig({ INGEST_WORKERS: raw }, { requireToken: false })).toThrow(/INGEST_WORKERS: /);
  });
});
