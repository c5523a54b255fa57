import { describe, expect, it } from 'vitest';
import {
  backoffSeconds,
  freshnessSeconds,
  planFailure,
  retryAfterSeconds,
  successDelaySeconds,
} from '../../src/feeds/schedule.js';

const NOW = Date.parse('2026-10-21T07:00:00Z');

describe('the wait after a good fetch', () => {
  it.each([
    // interval, min, freshness, draw → seconds
    [600, 120, null, 0, 600],
    [60, 120, null, 0, 120], // never below the minimum
    [600, 120, 1800, 0, 1800], // stretched to what the feed asks
    [600, 120, 7200, 0, 3600], // but at most an hour
    [7200, 120, 600, 0, 7200], // a longer interval of its own stays
    [7200, 120, 10800, 0, 7200], // a hint does not stretch an interval already over the hour cap
    [600, 120, null, 0.5, 630], // jitter: up to 10 %
  ])('interval %i, minimum %i, freshness %s, draw %s → %i s', (interval, min, freshness, draw, expected) => {
    expect(successDelaySeconds(interval, min, freshness, draw)).toBe(expected);
  });

  it('reads ttl, Cache-Control max-age and Expires, taking the longest', () => {
    expect(freshnessSeconds({ ttlMinutes: 30 }, NOW)).toBe(1800);
    expect(freshnessSeconds({ cacheControl: 'public, max-age=900' }, NOW)).toBe(900);
    expect(freshnessSeconds({ expires: new Date(NOW + 1200_000).toUTCString() }, NOW)).toBe(1200);
    expect(freshnessSeconds({ ttlMinutes: 5, cacheControl: 'max-age=2400' }, NOW)).toBe(2400);
    expect(freshnessSeconds({ cacheControl: 'no-cache', expires: 'garbage' }, NOW)).toBeNull();
  });
});

describe('failures', () => {
  it('backs off 5 minutes × 2^n up to 24 hours', () => {
    expect([1, 2, 3, 4, 9, 20].map(backoffSeconds)).toEqual([300, 600, 1200, 2400, 76800, 86400]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('120', NOW)).toBe(120);
    expect(retryAfterSeconds(new Date(NOW + 3_600_000).toUTCString(), NOW)).toBe(3600);
    expect(retryAfterSeconds('soon', NOW)).toBeNull();
    expect(retryAfterSeconds(null, NOW)).toBeNull();
  });

  it.each([
    [404, 0, true],
    [410, 0, true],
    [401, 0, true],
    [403, 0, true],
    [500, 0, false],
    [500, 6, false],
    [500, 7, true], // the eighth failure in a row
    [null, 7, true],
  ])('HTTP %s after %i failures pauses: %s', (status, previous, pause) => {
    expect(planFailure(previous, { status, retryAfter: null }, NOW).pause).toBe(pause);
  });

  it('waits at least as long as a 429 or 503 asks', () => {
    const long = planFailure(0, { status: 429, retryAfter: '7200' }, NOW);
    expect(long).toMatchObject({
      failures: 1,
      pause: false,
      nextFetchAt: NOW + 7200_000,
      retryAfterUntil: NOW + 7200_000,
    });
    const dated = planFailure(0, { status: 503, retryAfter: new Date(NOW + 1_800_000).toUTCString() }, NOW);
    expect(dated.nextFetchAt).toBe(NOW + 1_800_000);
    // A short Retry-After does not cut the backoff short.
    expect(planFailure(2, { status: 429, retryAfter: '10' }, NOW).nextFetchAt).toBe(NOW + 1200_000);
    // A Retry-After of thousands of years is held to a week, a date as much as a number.
    for (const retryAfter of ['99999999999', new Date(NOW + 400 * 24 * 3600_000).toUTCString()])
      expect(planFailure(0, { status: 429, retryAfter }, NOW), retryAfter).toMatchObject({
        nextFetchAt: NOW + 7 * 24 * 3600_000,
        retryAfterUntil: NOW + 7 * 24 * 3600_000,
      });
    // Retry-After on a 500 is not a promise.
    expect(planFailure(0, { status: 500, retryAfter: '7200' }, NOW)).toMatchObject({
      nextFetchAt: NOW + 300_000,
      retryAfterUntil: null,
    });
  });
});
