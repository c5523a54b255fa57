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
    for (const name of ['DISCORD_GUILD_ID', 'DISCORD_API_BASE', 'DEFAULT_TIMEZONE', 'LOG_LEVEL', 'DIGEST_MIN_INTERVAL']) {
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
    const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:4567/api/' }, { requireToken: true });
    expect(config.apiBase).toBe('http://127.0.0.1:4567/api');
  });
});
