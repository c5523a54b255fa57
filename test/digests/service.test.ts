// The digest service with a fixed clock, a real temporary store and node-cron's scheduler (never left to
// fire: the tests run before any slot comes): each operation's result and coded refusals, bookkeeping
// after remove, pause and resume, sending now, and the catch-up run at start-up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../src/digests/scheduler.js';
import type { DigestService, NewDigestInput } from '../../src/digests/service.js';
import { createDigestRig } from '../helpers/digest-rig.js';
import { createFakeRest, type FakeRest } from '../helpers/fake-rest.js';
import { newsArticle } from '../helpers/news-articles.js';
import { createTempStore, type TempStore } from '../helpers/temp-store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 7 December 2026, 10:00 in Berlin.
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

let temp: TempStore;
let rest: FakeRest;
let clock: { t: number };
let scheduler: Scheduler;
let digests: DigestService;

const input = (extra: Partial<NewDigestInput> = {}): NewDigestInput => ({
  guildId: 'g1',
  channelId: 'c1',
  schedule: 'daily 09:00',
  timeZone: 'Europe/Berlin',
  topic: null,
  max: 5,
  name: null,
  userId: 'u1',
  ...extra,
});

function build(): void {
  ({ digests, scheduler } = createDigestRig(temp.store, rest, clock));
}

beforeEach(() => {
  temp = createTempStore('herald-service-');
  rest = createFakeRest();
  clock = { t: T0 };
  build();
});

afterEach(async () => {
  await digests.stop();
  temp.remove();
});

function added(extra: Partial<NewDigestInput> = {}) {
  const result = digests.add(input(extra));
  if (!result.ok) throw new Error(`add refused: ${result.error.code}`);
  return result.value;
}

describe('adding a digest', () => {
  it('stores it, describes the schedule, schedules it and says when it first runs', () => {
    const { sub, words, nextRun } = added();
    expect(sub).toMatchObject({
      guildId: 'g1',
      channelId: 'c1',
      cron: '0 9 * * *',
      timeZone: 'Europe/Berlin',
      createdAt: T0,
    });
    expect(words).toBe('every day at 09:00');
    expect(nextRun?.toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(scheduler.scheduledCount()).toBe(1);
    expect(temp.store.subscriptions.forGuild('g1').map((s) => s.id)).toEqual([sub.id]);
  });

  it('takes the default zone when none is given', () => {
    expect(added({ timeZone: null }).sub.timeZone).toBe('UTC');
  });

  it('refuses with a code and the data to explain it', () => {
    const first = added({ name: 'Morning', topic: 'Harbour' });
    expect(digests.add(input({ schedule: 'fortnightly' }))).toEqual({
      ok: false,
      error: {
        code: 'bad-schedule',
        schedule: 'fortnightly',
        problem: { code: 'unknown-word', token: 'fortnightly' },
      },
    });
    expect(digests.add(input({ timeZone: 'berl' }))).toEqual({
      ok: false,
      error: { code: 'unknown-time-zone', typed: 'berl', suggestions: ['Europe/Berlin'] },
    });
    expect(digests.add(input({ name: ' morning ', topic: 'harbour' }))).toEqual({
      ok: false,
      error: {
        code: 'duplicate-digest',
        twin: first.sub,
        words: 'every day at 09:00',
        timeZone: 'Europe/Berlin',
      },
    });
    expect(digests.add(input({ schedule: 'every 10 minutes' }))).toEqual({
      ok: false,
      error: { code: 'too-frequent', schedule: 'every 10 minutes', gapSeconds: 600, minSeconds: 3600 },
    });
    expect(temp.store.subscriptions.all()).toHaveLength(1);
  });
});

describe('one digest among a server’s', () => {
  it('is found only in its own server', () => {
    const { sub } = added();
    expect(digests.get(sub.id, 'g2')).toEqual({ ok: false, error: { code: 'no-such-digest', id: sub.id } });
    expect(digests.remove(sub.id, 'g2')).toEqual({
      ok: false,
      error: { code: 'no-such-digest', id: sub.id },
    });
    expect(temp.store.subscriptions.get(sub.id)).not.toBeNull();
  });

  it('pauses (once), unschedules, resumes (once) and reschedules', () => {
    const { sub } = added();
    expect(digests.pause(sub.id, 'g1', 'ada').ok).toBe(true);
    expect(temp.store.subscriptions.get(sub.id)?.pausedReason).toBe('paused by ada');
    expect(scheduler.scheduledCount()).toBe(0);
    expect(digests.pause(sub.id, 'g1', 'bo')).toEqual({
      ok: false,
      error: { code: 'already-paused', id: sub.id, reason: 'paused by ada' },
    });
    const [status] = digests.list('g1');
    expect(status?.nextRun).toBeNull();
    const resumed = digests.resume(sub.id, 'g1');
    expect(resumed.ok && resumed.value.nextRun?.toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(scheduler.scheduledCount()).toBe(1);
    expect(digests.resume(sub.id, 'g1')).toEqual({ ok: false, error: { code: 'not-paused', id: sub.id } });
  });

  it('sends now what was published in the last day, records it, and refuses while paused', async () => {
    temp.store.articles.upsert([
      newsArticle('fresh', 'Fresh news', T0 - 2 * HOUR, T0 - HOUR),
      newsArticle('old', 'Old news', T0 - 3 * DAY, T0 - HOUR),
    ]);
    const { sub } = added();
    const sent = await digests.sendNow(sub.id, 'g1');
    expect(sent.ok && sent.value.outcome).toBe('sent');
    expect(rest.posts.map((p) => p.body.embeds.map((e) => e.title))).toEqual([['Fresh news']]);
    expect(digests.list('g1').map((s) => s.last?.status)).toEqual(['sent']);
    digests.pause(sub.id, 'g1', 'ada');
    expect(await digests.sendNow(sub.id, 'g1')).toEqual({
      ok: false,
      error: { code: 'digest-paused', id: sub.id, reason: 'paused by ada' },
    });
    expect(rest.posts).toHaveLength(1);
  });

  it('forgets its deliveries when removed, so none is left behind', async () => {
    temp.store.articles.upsert([newsArticle('fresh', 'Fresh news', T0 - 2 * HOUR, T0 - HOUR)]);
    const { sub } = added();
    await digests.sendNow(sub.id, 'g1');
    expect(temp.store.deliveries.lastSlot(sub.id)).toBe(T0);
    expect(digests.remove(sub.id, 'g1').ok).toBe(true);
    expect(temp.store.subscriptions.get(sub.id)).toBeNull();
    expect(temp.store.deliveries.lastSlot(sub.id)).toBeNull();
    expect(scheduler.scheduledCount()).toBe(0);
  });

  it('previews the last day’s news on a topic without posting', () => {
    temp.store.articles.upsert([
      newsArticle('harbour', 'Harbour reopens', T0 - 2 * HOUR, T0 - HOUR),
      newsArticle('tram', 'Tram line delayed', T0 - 3 * HOUR, T0 - HOUR),
    ]);
    expect(digests.preview('harbour', 5)?.items.map((i) => i.lead.title)).toEqual(['Harbour reopens']);
    expect(digests.preview('zeppelins', 5)).toBeNull();
    expect(rest.posts).toEqual([]);
  });
});

describe('start-up', () => {
  it('posts one catch-up digest for runs missed while stopped, then schedules', async () => {
    const { sub } = added();
    await digests.stop();
    // Down for two days: the slots of 8 and 9 December passed.
    clock.t = T0 + 2 * DAY + HOUR;
    temp.store.articles.upsert([
      newsArticle('missed', 'Missed news', clock.t - 3 * HOUR, clock.t - 2 * HOUR),
    ]);
    build();
    await digests.start();
    expect(rest.posts.map((p) => p.body.embeds.map((e) => e.title))).toEqual([['Missed news']]);
    expect(temp.store.deliveries.lastSlot(sub.id)).toBe(clock.t);
    expect(scheduler.scheduledCount()).toBe(1);
  });

  it('posts nothing when no slot was missed', async () => {
    added();
    await digests.stop();
    clock.t = T0 + HOUR;
    build();
    await digests.start();
    expect(rest.posts).toEqual([]);
  });
});
