import { describe, expect, it } from 'vitest';
import { ConfigError, databaseLocation, databaseWaitMs, parseConfig } from '../../src/config.js';

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

  it('selects PostgreSQL with DATABASE_URL, and SQLite at DATABASE_PATH without it', () => {
    const url = 'postgres://herald:secret@db.example:5432/herald';
    const pg = parseConfig({ DATABASE_URL: url, DATABASE_PATH: 'x/y.db' }, { requireToken: false });
    expect([pg.databaseUrl, databaseLocation(pg)]).toEqual([url, url]);
    const sqlite = parseConfig({ DATABASE_PATH: 'x/y.db' }, { requireToken: false });
    expect([sqlite.databaseUrl, databaseLocation(sqlite)]).toEqual([null, 'x/y.db']);
    expect(
      databaseLocation(parseConfig({ DATABASE_URL: 'postgresql://h/db' }, { requireToken: false })),
    ).toBe('postgresql://h/db');
  });

  it.each(['mysql://h/db', 'herald.db', 'postgres://', 'postgres:/h/db', 'postgres://h st/db'])(
    'refuses DATABASE_URL %j with a message naming the setting, without echoing it',
    (url) => {
      expect(problemsOf({ DATABASE_URL: url }, false)).toEqual([
        'DATABASE_URL: must be a PostgreSQL URL such as postgres://herald:password@localhost:5432/herald',
      ]);
    },
  );

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
        DATABASE_URL: empty,
        DATABASE_TIMEOUT_SECONDS: empty,
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
        HERALD_SHARDS: empty,
        SHARD_COUNT: empty,
        LEASE_SECONDS: empty,
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
      databaseUrl: null,
      databaseTimeoutSeconds: 60,
      defaultTimeZone: 'UTC',
      logLevel: 'info',
      digestMinInterval: 300,
      followSymlinks: false,
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
      shards: { kind: 'list', ids: [0], count: 1 },
      leaseSeconds: 30,
      ingestWorkers: 3,
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

  it('takes a feed timeout of up to an hour, and refuses one a timer could not hold', () => {
    const timeout = (raw: string) => parseConfig({ FEED_TIMEOUT_SECONDS: raw }, { requireToken: false });
    expect(timeout('3600').feeds.timeoutSeconds).toBe(3600);
    // 2,147,484 s is past 2^31 − 1 ms, where setTimeout fires at once: every fetch would time out.
    for (const raw of ['3601', '2147484']) {
      expect(problemsOf({ FEED_TIMEOUT_SECONDS: raw }, false)).toEqual([
        'FEED_TIMEOUT_SECONDS: must be at most 3600',
      ]);
    }
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

  it.each([
    ['a space', 'status-page-key 0123456789'],
    ['a tab', 'status-page-key\t0123456789'],
    ['a line break', 'status-page-key\n0123456789'],
    ['a control character', 'status-page-key\u00070123456789'],
    ['a non-breaking space', 'status-page-key\u00a00123456789'],
    ['a zero-width space', 'status-page-key\u200b0123456789'],
  ])('refuses a STATUS_TOKEN with %s inside, by name and without printing it', (_what, token) => {
    try {
      parseConfig({ STATUS_PORT: '8080', STATUS_TOKEN: token }, { requireToken: false });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^STATUS_TOKEN: .*whitespace or control characters/),
      ]);
      for (const part of token.split(/[\s\p{Cc}\p{Cf}]/u))
        expect((error as Error).message).not.toContain(part);
    }
  });

  it('accepts a STATUS_TOKEN with whitespace only around it, trimmed', () => {
    const config = parseConfig(
      { STATUS_PORT: '8080', STATUS_TOKEN: ' status-page-key-0123456789\r' },
      { requireToken: false },
    );
    expect(config.status?.token).toBe('status-page-key-0123456789');
  });

  it('counts its problems in words that agree with the number', () => {
    expect(() => parseConfig({ LOG_LEVEL: 'loud' }, { requireToken: false })).toThrow(/has 1 problem:/);
    expect(() =>
      parseConfig({ LOG_LEVEL: 'loud', DIGEST_MIN_INTERVAL: 'x' }, { requireToken: false }),
    ).toThrow(/has 2 problems:/);
  });
});

describe('HERALD_SHARDS and SHARD_COUNT', () => {
  const parse = (env: Record<string, string>) =>
    parseConfig({ DISCORD_TOKEN: TOKEN, ...env }, { requireToken: true }).shards;

  it('holds the only shard when neither is set', () => {
    expect(parse({})).toEqual({ kind: 'list', ids: [0], count: 1 });
  });

  it('takes a list of this process’s shards with the count of all, sorted', () => {
    expect(parse({ HERALD_SHARDS: '2, 0', SHARD_COUNT: '4' })).toEqual({
      kind: 'list',
      ids: [0, 2],
      count: 4,
    });
    expect(parse({ HERALD_SHARDS: '3', SHARD_COUNT: '4' })).toEqual({ kind: 'list', ids: [3], count: 4 });
  });

  it('holds every shard of SHARD_COUNT when no list is given', () => {
    expect(parse({ SHARD_COUNT: '3' })).toEqual({ kind: 'list', ids: [0, 1, 2], count: 3 });
  });

  it('takes auto (any case) without a count', () => {
    expect(parse({ HERALD_SHARDS: 'auto' })).toEqual({ kind: 'auto' });
    expect(parse({ HERALD_SHARDS: ' AUTO ' })).toEqual({ kind: 'auto' });
  });

  it('names what is wrong with each bad setting', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ HERALD_SHARDS: '0,1' }, /^SHARD_COUNT: required with a list in HERALD_SHARDS/],
      [{ HERALD_SHARDS: '0,x,-1', SHARD_COUNT: '4' }, /^HERALD_SHARDS: .*not a shard number: "x", "-1"$/],
      [{ HERALD_SHARDS: '0,,1', SHARD_COUNT: '4' }, /^HERALD_SHARDS: .*not a shard number: \(empty\)$/],
      [
        { HERALD_SHARDS: '1,4,7', SHARD_COUNT: '4' },
        /^HERALD_SHARDS: shard 4, 7 is not below SHARD_COUNT \(4\); shards are numbered 0 to 3$/,
      ],
      [{ HERALD_SHARDS: '1,2,1', SHARD_COUNT: '4' }, /^HERALD_SHARDS: shard 1 is listed twice$/],
      [{ HERALD_SHARDS: 'auto', SHARD_COUNT: '4' }, /^SHARD_COUNT: leave it empty with HERALD_SHARDS=auto/],
      [{ HERALD_SHARDS: '0', SHARD_COUNT: '0' }, /^SHARD_COUNT: must be 1 or more$/],
      [{ HERALD_SHARDS: '0', SHARD_COUNT: 'two' }, /^SHARD_COUNT: must be a whole number of shards/],
    ];
    for (const [env, expected] of cases) {
      const problems = problemsOf({ DISCORD_TOKEN: TOKEN, ...env });
      expect([env, problems]).toEqual([env, [expect.stringMatching(expected)]]);
    }
  });

  it('lists a shard problem together with the other bad settings', () => {
    const problems = problemsOf({
      DISCORD_TOKEN: TOKEN,
      HERALD_SHARDS: '5',
      SHARD_COUNT: '2',
      STATUS_PORT: '80',
      STATUS_HOST: '0.0.0.0',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^STATUS_TOKEN/),
      expect.stringMatching(/^HERALD_SHARDS: shard 5/),
    ]);
  });
});

describe('DATABASE_TIMEOUT_SECONDS', () => {
  it('is 60 seconds unless set, and the store waits that long in milliseconds', () => {
    const byDefault = parseConfig({}, { requireToken: false });
    const set = parseConfig({ DATABASE_TIMEOUT_SECONDS: ' 5 ' }, { requireToken: false });
    expect([byDefault.databaseTimeoutSeconds, databaseWaitMs(byDefault)]).toEqual([60, 60_000]);
    expect([set.databaseTimeoutSeconds, databaseWaitMs(set)]).toEqual([5, 5_000]);
  });

  it.each(['0', '3601', '1.5', 'soon'])('refuses %j, naming the variable', (raw) => {
    expect(problemsOf({ DATABASE_TIMEOUT_SECONDS: raw }, false)).toEqual([
      expect.stringMatching(/^DATABASE_TIMEOUT_SECONDS: /),
    ]);
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
