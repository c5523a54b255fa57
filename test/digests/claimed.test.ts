// Digest runs shared by several processes, with a fixed clock: two stores on one file stand for two
// processes, each with its own claims, the real delivery and a REST faked at the edge. A run is posted by
// one process; one whose process died mid-send (or before recording it) is taken over after the lease.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaimedDigests } from '../../src/digests/claimed.js';
import { createDelivery } from '../../src/digests/delivery.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createClaims } from '../../src/work/claims.js';
import { digestKey } from '../../src/work/keys.js';
import { hourlyDigest } from '../helpers/digest-rig.js';
import { newsArticle } from '../helpers/news-articles.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const TTL = 30_000;
const logger = createLogger('error', () => {});

interface Attempt {
  process: string;
  nonce: string;
  titles: string[];
}

let dir: string;
let clock: { t: number };
let attempts: Attempt[];
const stores: Store[] = [];

/** A process: its own connection, claims and delivery. `hang` makes its posts never come back (it dies). */
function startProcess(name: string, options: { hang?: boolean; ttlMs?: number } = {}) {
  const store = openStore(join(dir, 'herald.db'));
  stores.push(store);
  const rest = {
    post: (_route: string, request: { body: { nonce: string; embeds: Array<{ title?: string }> } }) => {
      attempts.push({
        process: name,
        nonce: request.body.nonce,
        titles: request.body.embeds.map((e) => e.title ?? ''),
      });
      if (options.hang) return new Promise(() => undefined);
      return Promise.resolve({ id: `${name}-${attempts.length}` });
    },
  } as unknown as REST;
  const now = () => clock.t;
  const claims = createClaims({
    leases: store.leases,
    holder: name,
    ttlMs: options.ttlMs ?? TTL,
    now,
    logger,
  });
  const enqueued: Array<[number, number]> = [];
  const digests = createClaimedDigests({
    store,
    claims,
    logger,
    delivery: createDelivery({ store, rest, logger, now }),
    enqueue: (id, slot) => {
      enqueued.push([id, slot]);
      return Promise.resolve(null);
    },
  });
  return { store, claims, digests, enqueued };
}

function addSubscription(store: Store, channelId: string): number {
  return store.subscriptions.add(hourlyDigest(channelId, T0 - 24 * HOUR)).id;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-claimed-'));
  clock = { t: T0 };
  attempts = [];
});

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function seed(store: Store): void {
  store.articles.upsert([
    newsArticle('dam', 'Dam opens its gates', T0 - 2 * HOUR, T0 - HOUR),
    newsArticle('rail', 'Rail strike ends', T0 - 3 * HOUR, T0 - HOUR),
  ]);
}

describe('digest runs claimed across processes', () => {
  it('posts a slot fired in two processes once, and the other finds it done when it looks again', async () => {
    const a = startProcess('a');
    const b = startProcess('b');
    seed(a.store);
    const id = addSubscription(a.store, 'c1');
    const first = a.digests.runSlot(id, T0);
    const second = await b.digests.runSlot(id, T0);
    expect(await first).toBe('sent');
    expect(second).toBe('skipped');
    expect(b.enqueued).toEqual([]);
    expect(attempts.map((x) => x.process)).toEqual(['a']);
    // The retry b queued after the lease: the run is recorded sent, so nothing more is posted.
    clock.t += TTL;
    expect(await b.digests.runSlot(id, T0)).toBe('skipped');
    expect(attempts).toHaveLength(1);
    expect(b.store.leases.get(digestKey(id))).toBeNull();
    a.digests.stop();
    b.digests.stop();
  });

  it('queues a look at a claimed slot for after the lease', async () => {
    const a = startProcess('a');
    const b = startProcess('b', { ttlMs: 20 });
    const id = addSubscription(a.store, 'c1');
    a.claims.take(digestKey(id));
    expect(await b.digests.runSlot(id, T0)).toBe('skipped');
    await new Promise((r) => setTimeout(r, 400));
    expect(b.enqueued).toEqual([[id, T0]]);
    b.digests.stop();
  });

  it('finishes the run of a process that died mid-send, with its articles and nonce, after the lease only', async () => {
    const a = startProcess('a', { hang: true });
    const b = startProcess('b');
    seed(a.store);
    const id = addSubscription(a.store, 'c1');
    const other = addSubscription(a.store, 'c2');
    void a.digests.runSlot(id, T0);
    void a.digests.runSlot(other, T0);
    await new Promise((r) => setImmediate(r));
    expect(a.store.deliveries.unfinished().map((d) => d.subscriptionId)).toEqual([id, other]);
    // While a's lease lasts (renewed once), b leaves the runs alone.
    clock.t += 20_000;
    a.claims.renew();
    clock.t += 20_000;
    expect(await b.digests.finishInterrupted()).toBe(0);
    expect(await b.digests.runSlot(id, T0)).toBe('skipped');
    // Nor does b start the next slot of that subscription: both runs would pick the same articles.
    expect(await b.digests.runSlot(id, T0 + HOUR)).toBe('skipped');
    // a is gone: no more renewals; after the lease b finishes both runs.
    clock.t += TTL;
    expect(await b.digests.finishInterrupted()).toBe(2);
    expect(attempts.map((x) => [x.process, x.nonce])).toEqual([
      ['a', `d${id}-${T0}`],
      ['a', `d${other}-${T0}`],
      ['b', `d${id}-${T0}`],
      ['b', `d${other}-${T0}`],
    ]);
    for (const x of attempts) expect(x.titles.sort()).toEqual(['Dam opens its gates', 'Rail strike ends']);
    expect(b.store.deliveries.get(id, T0)).toMatchObject({ status: 'sent', messageId: 'b-3' });
    expect(b.store.deliveries.get(other, T0)).toMatchObject({ status: 'sent', messageId: 'b-4' });
    // b took a's leases over and gave them up when done; a, were it to come back, learns it lost them.
    expect([b.store.leases.heldBy('a'), b.store.leases.heldBy('b')]).toEqual([[], []]);
    expect(a.claims.held()).toEqual([digestKey(id), digestKey(other)]);
    a.claims.renew();
    expect(a.claims.held()).toEqual([]);
    b.digests.stop();
  });

  it('finishes a dead process’s run before the next slot, which then holds nothing twice', async () => {
    const a = startProcess('a', { hang: true });
    const b = startProcess('b');
    seed(a.store);
    const id = addSubscription(a.store, 'c1');
    void a.digests.runSlot(id, T0);
    await new Promise((r) => setImmediate(r));
    clock.t += TTL;
    expect(await b.digests.runSlot(id, T0 + HOUR)).toBe('empty');
    expect(attempts.map((x) => [x.process, x.nonce])).toEqual([
      ['a', `d${id}-${T0}`],
      ['b', `d${id}-${T0}`],
    ]);
    expect(b.store.deliveries.get(id, T0)).toMatchObject({ status: 'sent', messageId: 'b-2' });
    expect(b.store.deliveries.get(id, T0 + HOUR)).toMatchObject({ status: 'empty' });
    b.digests.stop();
  });

  it('runs a slot whose holder died before recording it, once the lease has lapsed', async () => {
    const a = startProcess('a');
    const b = startProcess('b');
    seed(a.store);
    const id = addSubscription(a.store, 'c1');
    a.claims.take(digestKey(id));
    expect(await b.digests.runSlot(id, T0)).toBe('skipped');
    clock.t += TTL - 1;
    expect(await b.digests.runSlot(id, T0)).toBe('skipped');
    clock.t += 1;
    expect(await b.digests.runSlot(id, T0)).toBe('sent');
    expect(attempts.map((x) => x.process)).toEqual(['b']);
    b.digests.stop();
  });

  it('lets one of the processes starting together post a catch-up', () => {
    const a = startProcess('a');
    const b = startProcess('b');
    const id = addSubscription(a.store, 'c1');
    const other = addSubscription(a.store, 'c2');
    expect([a.digests.mayCatchUp(id, T0), b.digests.mayCatchUp(id, T0)]).toEqual([true, false]);
    expect([b.digests.mayCatchUp(other, T0), a.digests.mayCatchUp(other, T0)]).toEqual([true, false]);
  });

  it('follows subscriptions added, paused and removed through another process', () => {
    const a = startProcess('a');
    const b = startProcess('b');
    const synced: Array<[number, string]> = [];
    const scheduler = {
      sync: (id: number, sub: { pausedReason: string | null } | null) =>
        synced.push([id, sub === null ? 'gone' : (sub.pausedReason ?? 'running')]),
    };
    const one = addSubscription(b.store, 'c1');
    const two = addSubscription(b.store, 'c2');
    a.digests.follow(scheduler);
    b.store.subscriptions.setPaused(one, 'paused by tester');
    b.store.subscriptions.remove(two, 'g');
    a.digests.follow(scheduler);
    expect(synced).toEqual([
      [one, 'running'],
      [two, 'running'],
      [one, 'paused by tester'],
      [two, 'gone'],
    ]);
  });
});
