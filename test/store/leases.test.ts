// Leases on units of periodic work, with a fixed clock: two holders, expiry, take-over, renewal, release.
// Two connections to one store stand for two processes (the claim must hold across them, not in a
// cache). The same assertions on SQLite and on PostgreSQL.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { storeBackends } from '../helpers/store-backends.js';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const TTL = 30_000;

describe.each(storeBackends('leases'))('leases on $name', (backend) => {
  let a: Store;
  let b: Store;
  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  beforeEach(() => {
    a = backend.open();
    b = backend.openAnother();
  });
  afterEach(() => {
    a.close();
    b.close();
  });

  it('gives a free key to the first claimant and refuses the second while the lease lasts', () => {
    expect(a.leases.claim('feed:1', 'host-a', T0, TTL)).toBe(true);
    expect(b.leases.claim('feed:1', 'host-b', T0 + 1, TTL)).toBe(false);
    expect(b.leases.claim('feed:1', 'host-b', T0 + TTL - 1, TTL)).toBe(false);
    expect(b.leases.get('feed:1')).toEqual({
      key: 'feed:1',
      holder: 'host-a',
      expiresAt: T0 + TTL,
      claimedAt: T0,
    });
  });

  it('keeps keys apart: each holder gets its own', () => {
    const keys = ['feed:1', 'feed:2', 'posts:111', 'digest:3:1767600000000', 'watcher'];
    keys.forEach((key, i) =>
      expect([key, (i % 2 ? b : a).leases.claim(key, i % 2 ? 'host-b' : 'host-a', T0, TTL)]).toEqual([
        key,
        true,
      ]),
    );
    expect(a.leases.heldBy('host-a')).toEqual(['feed:1', 'posts:111', 'watcher']);
    expect(a.leases.heldBy('host-b')).toEqual(['digest:3:1767600000000', 'feed:2']);
  });

  it('lets another holder take an expired lease over, from the moment it expires', () => {
    a.leases.claim('digest:3:1767600000000', 'host-a', T0, TTL);
    expect(b.leases.claim('digest:3:1767600000000', 'host-b', T0 + TTL, TTL)).toBe(true);
    expect(a.leases.get('digest:3:1767600000000')).toEqual({
      key: 'digest:3:1767600000000',
      holder: 'host-b',
      expiresAt: T0 + 2 * TTL,
      claimedAt: T0 + TTL,
    });
    // The old holder, back from a stall, no longer holds it and can't take it back while it lasts.
    expect(a.leases.claim('digest:3:1767600000000', 'host-a', T0 + TTL + 5, TTL)).toBe(false);
    expect(a.leases.renew('host-a', ['digest:3:1767600000000'], T0 + TTL + 5, TTL)).toEqual([]);
  });

  it('renews the holder’s own leases, so a holder that keeps working is never taken over', () => {
    a.leases.claim('posts:111', 'host-a', T0, TTL);
    a.leases.claim('posts:222', 'host-a', T0, TTL);
    b.leases.claim('posts:333', 'host-b', T0, TTL);
    expect(a.leases.renew('host-a', ['posts:111', 'posts:222', 'posts:333'], T0 + 20_000, TTL)).toEqual([
      'posts:111',
      'posts:222',
    ]);
    expect(b.leases.claim('posts:111', 'host-b', T0 + TTL, TTL)).toBe(false);
    expect(b.leases.claim('posts:222', 'host-b', T0 + 49_999, TTL)).toBe(false);
    expect(b.leases.claim('posts:222', 'host-b', T0 + 50_000, TTL)).toBe(true);
    expect(a.leases.get('posts:111')).toMatchObject({
      holder: 'host-a',
      expiresAt: T0 + 50_000,
      claimedAt: T0,
    });
    expect(a.leases.get('posts:333')).toMatchObject({ holder: 'host-b', expiresAt: T0 + TTL });
  });

  it('extends a lease when its holder claims it again, keeping when it was first taken', () => {
    a.leases.claim('watcher', 'host-a', T0, TTL);
    expect(a.leases.claim('watcher', 'host-a', T0 + 10_000, TTL)).toBe(true);
    expect(a.leases.get('watcher')).toEqual({
      key: 'watcher',
      holder: 'host-a',
      expiresAt: T0 + 40_000,
      claimedAt: T0,
    });
  });

  it('frees a released key at once, and only its holder can release it', () => {
    a.leases.claim('feed:1', 'host-a', T0, TTL);
    a.leases.claim('feed:2', 'host-a', T0, TTL);
    b.leases.claim('feed:3', 'host-b', T0, TTL);
    expect(b.leases.release('feed:1', 'host-b')).toBe(false);
    expect(a.leases.release('feed:1', 'host-a')).toBe(true);
    expect(b.leases.claim('feed:1', 'host-b', T0 + 1, TTL)).toBe(true);
    expect(a.leases.releaseAll('host-a')).toBe(1);
    expect(b.leases.heldBy('host-a')).toEqual([]);
    expect(b.leases.heldBy('host-b')).toEqual(['feed:1', 'feed:3']);
    expect(b.leases.get('feed:2')).toBeNull();
  });
});
