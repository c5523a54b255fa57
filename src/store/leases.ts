// Leases: which process holds a unit of periodic work (a feed poll, a channel's live posts, a digest
// slot, the folder watcher). A claim is one statement, so two processes racing for a key can't both win;
// it succeeds when the key is free, its lease has expired (the holder died or stalled), or it is already
// the claimant's (then it is renewed). Times are passed in: the store never reads the clock.
import type Database from 'better-sqlite3';
import type { Lease, LeaseStore } from './store.js';

export interface LeaseRow {
  key: string;
  holder: string;
  expires_at: number;
  claimed_at: number;
}

export const toLease = (r: LeaseRow): Lease => ({
  key: r.key,
  holder: r.holder,
  expiresAt: r.expires_at,
  claimedAt: r.claimed_at,
});

export function createLeaseStore(db: Database.Database): LeaseStore {
  // The WHERE of the upsert decides: a live lease of another holder is left as it is (no row changes).
  const claim = db.prepare(`INSERT INTO leases (key, holder, expires_at, claimed_at)
    VALUES (@key, @holder, @expiresAt, @now)
    ON CONFLICT (key) DO UPDATE SET
      claimed_at = CASE WHEN leases.holder = excluded.holder THEN leases.claimed_at ELSE excluded.claimed_at END,
      holder = excluded.holder, expires_at = excluded.expires_at
    WHERE leases.holder = excluded.holder OR leases.expires_at <= @now`);
  const renew = db.prepare('UPDATE leases SET expires_at = ? WHERE holder = ? AND key = ?');
  const heldBy = db.prepare('SELECT key FROM leases WHERE holder = ? ORDER BY key').pluck();
  const get = db.prepare('SELECT * FROM leases WHERE key = ?');
  const release = db.prepare('DELETE FROM leases WHERE key = ? AND holder = ?');
  const releaseAll = db.prepare('DELETE FROM leases WHERE holder = ?');

  return {
    claim(key: string, holder: string, now: number, ttlMs: number): boolean {
      return claim.run({ key, holder, now, expiresAt: now + ttlMs }).changes > 0;
    },
    renew: db.transaction((holder: string, keys: readonly string[], now: number, ttlMs: number): string[] =>
      keys.filter((key) => renew.run(now + ttlMs, holder, key).changes > 0),
    ),
    heldBy(holder: string): string[] {
      return heldBy.all(holder) as string[];
    },
    get(key: string): Lease | null {
      const row = get.get(key) as LeaseRow | undefined;
      return row ? toLease(row) : null;
    },
    release(key: string, holder: string): boolean {
      return release.run(key, holder).changes > 0;
    },
    releaseAll(holder: string): number {
      return releaseAll.run(holder).changes;
    },
  };
}
