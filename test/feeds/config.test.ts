import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

describe('feed settings', () => {
  it('default to a guarded, polite setup', () => {
    expect(parseConfig({}, { requireToken: false }).feeds).toEqual({
      allowPrivate: false,
      timeoutSeconds: 15,
      maxBytes: 10 * 1024 * 1024,
      userAgent: null,
      defaultIntervalMinutes: 10,
      minIntervalSeconds: 120,
      concurrency: 8,
    });
  });

  it('read every variable', () => {
    const feeds = parseConfig(
      {
        FEEDS_ALLOW_PRIVATE: 'true',
        FEED_TIMEOUT_SECONDS: '30',
        FEED_MAX_BYTES: '2048',
        FEED_USER_AGENT: 'MyReader/1.0',
        FEED_DEFAULT_INTERVAL: '15',
        FEED_MIN_INTERVAL_SECONDS: '300',
        FEED_CONCURRENCY: '4',
      },
      { requireToken: false },
    ).feeds;
    expect(feeds).toEqual({
      allowPrivate: true,
      timeoutSeconds: 30,
      maxBytes: 2048,
      userAgent: 'MyReader/1.0',
      defaultIntervalMinutes: 15,
      minIntervalSeconds: 300,
      concurrency: 4,
    });
  });

  it('name every bad value', () => {
    let problems: string[] = [];
    try {
      parseConfig(
        {
          FEEDS_ALLOW_PRIVATE: 'yes',
          FEED_TIMEOUT_SECONDS: '0',
          FEED_CONCURRENCY: 'many',
          FEED_DEFAULT_INTERVAL: '2.5',
        },
        { requireToken: false },
      );
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'FEEDS_ALLOW_PRIVATE',
      'FEED_CONCURRENCY',
      'FEED_DEFAULT_INTERVAL',
      'FEED_TIMEOUT_SECONDS',
    ]);
  });
});
