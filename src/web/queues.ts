// Queue lengths for /metrics, read from the database so they hold whichever process does the work.
import { nextRuns } from '../core/schedule/index.js';
import type { DigestRow } from '../store/status.js';

const DAY_MS = 86_400_000;

/**
 * Digest runs waiting: each running subscription whose next run after its last recorded one has come
 * (looking back at most a day, as the start-up catch-up does), plus runs recorded and not yet sent.
 */
export function digestsWaiting(digests: readonly DigestRow[], sending: number, now: number): number {
  let due = 0;
  for (const d of digests) {
    if (d.pausedReason) continue;
    const from = Math.max(d.lastSlot ?? d.createdAt, now - DAY_MS);
    const next = nextRuns(d.cron, d.timeZone, new Date(from), 1)[0];
    if (next && next.getTime() <= now) due += 1;
  }
  return due + sending;
}
