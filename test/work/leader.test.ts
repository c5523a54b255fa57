// One process watches ARTICLES_DIR: the holder of the watcher lease. With a fixed clock: the first
// process leads, the second waits; when the leader stops renewing, the second takes over after the
// lease; a leader that finds its lease taken stops its loader. The loader is a fake passed in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createClaims } from '../../src/work/claims.js';
import { WATCHER_KEY } from '../../src/work/keys.js';
import { startLeadership, type Leadership } from '../../src/work/leader.js';

const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);
const TTL = 30_000;
let dir: string;
let clock: { t: number };
let events: string[];
const stores: Store[] = [];
const leaderships: Leadership[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-leader-'));
  clock = { t: T0 };
  events = [];
});
afterEach(async () => {
  for (const l of leaderships.splice(0)) await l.stop();
  for (const s of stores.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function startProcess(name: string) {
  const store = openStore(join(dir, 'herald.db'));
  stores.push(store);
  const logs: string[] = [];
  const logger = createLogger('info', (line) => logs.push(line));
  const claims = createClaims({ leases: store.leases, holder: name, ttlMs: TTL, now: () => clock.t, logger });
  const leadership = startLeadership({
    claims,
    logger,
    everyMs: 10,
    startLoader: () => {
      events.push(`${name} loads`);
      return {
        scanned: Promise.resolve(),
        stop: () => {
          events.push(`${name} stops loading`);
          return Promise.resolve();
        },
      };
    },
  });
  leaderships.push(leadership);
  return { store, claims, leadership, logs };
}

const tick = () => new Promise((r) => setTimeout(r, 60));

describe('the folder watcher’s leader', () => {
  it('is the first process; the second takes over only after the leader’s lease lapses', async () => {
    const a = startProcess('a');
    const b = startProcess('b');
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([true, false]);
    await b.leadership.firstScan;
    clock.t += 20_000;
    a.claims.renew();
    clock.t += 20_000;
    await tick();
    expect(b.leadership.isLeader()).toBe(false);
    // a dies: its timers stop, nothing renews; after the lease b leads.
    clock.t += TTL;
    await tick();
    expect(b.leadership.isLeader()).toBe(true);
    expect(b.store.leases.get(WATCHER_KEY)).toMatchObject({ holder: 'b', claimedAt: T0 + 70_000 });
    // a, back from its stall, finds the lease taken and stops its loader.
    a.claims.renew();
    await tick();
    expect(a.leadership.isLeader()).toBe(false);
    expect(events).toEqual(['a loads', 'b loads', 'a stops loading']);
    expect(a.logs.join('\n')).toMatch(/another process took the articles folder over/);
    expect(b.logs.join('\n')).toMatch(/another process watches the articles folder[\s\S]*this process leads/);
  });

  it('gives the folder up on stop, so the next process leads at once', async () => {
    const a = startProcess('a');
    const b = startProcess('b');
    await a.leadership.stop();
    await tick();
    expect(b.leadership.isLeader()).toBe(true);
    expect(events).toEqual(['a loads', 'a stops loading', 'b loads']);
  });
});
