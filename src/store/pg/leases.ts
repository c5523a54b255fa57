// Leases on PostgreSQL, as ../leases.ts: a claim is one upsert, so of two processes racing for a key
// one wins; it succeeds when the key is free, its lease has expired, or it is already the claimant's.
import { toLease, type LeaseRow } from '../leases.js';
import type { Lease, LeaseStore } from '../store.js';
import type { PgConnection } from './bridge.js';

export function createPgLeaseStore(pg: PgConnection): LeaseStore {
  return {
    claim(key: string, holder: string, now: number, ttlMs: number): boolean {
      // The WHERE of the upsert decides: a live lease of another holder is left as it is (no row changes).
      return (
        pg.run(
          `INSERT INTO leases (key, holder, expires_at, claimed_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key) DO UPDATE SET
             claimed_at = CASE WHEN leases.holder = excluded.holder THEN leases.claimed_at ELSE excluded.claimed_at END,
             holder = excluded.holder, expires_at = excluded.expires_at
           WHERE leases.holder = excluded.holder OR leases.expires_at <= $4`,
          [key, holder, now + ttlMs, now],
        ) > 0
      );
    },
    renew(holder: string, keys: readonly string[], now: number, ttlMs: number): string[] {
      return pg.transaction(() =>
        keys.filter(
          (key) =>
            pg.run('UPDATE leases SET expires_at = $1 WHERE holder = $2 AND key = $3', [
              now + ttlMs,
              holder,
              key,
            ]) > 0,
        ),
      );
    },
    heldBy: (holder: string) =>
      pg
        .all<{ key: string }>('SELECT key FROM leases WHERE holder = $1 ORDER BY key COLLATE "C"', [holder])
        .map((r) => r.key),
    get(key: string): Lease | null {
      const row = pg.get<LeaseRow>('SELECT * FROM leases WHERE key = $1', [key]);
      return row ? toLease(row) : null;
    },
    release: (key: string, holder: string) =>
      pg.run('DELETE FROM leases WHERE key = $1 AND holder = $2', [key, holder]) > 0,
    releaseAll: (holder: string) => pg.run('DELETE FROM leases WHERE holder = $1', [holder]),
  };
}
