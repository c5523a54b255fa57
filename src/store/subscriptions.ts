import type Database from 'better-sqlite3';
import type { NewSubscription, Subscription } from './types.js';
import type { SubscriptionStore } from './store.js';
import { freshIdSql, insertWithFreshId } from './fresh-ids.js';

export type { NewSubscription, Subscription } from './types.js';

export interface SubscriptionRow {
  id: number;
  guild_id: string;
  channel_id: string;
  name: string | null;
  schedule: string;
  cron: string;
  time_zone: string;
  topic: string | null;
  max_items: number;
  created_by: string | null;
  created_at: number;
  paused_reason: string | null;
  last_digest_at: number | null;
}

export const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  guildId: r.guild_id,
  channelId: r.channel_id,
  name: r.name,
  schedule: r.schedule,
  cron: r.cron,
  timeZone: r.time_zone,
  topic: r.topic,
  maxItems: r.max_items,
  createdBy: r.created_by,
  createdAt: r.created_at,
  pausedReason: r.paused_reason,
  lastDigestAt: r.last_digest_at,
});

export function createSubscriptionStore(db: Database.Database): SubscriptionStore {
  const insert =
    db.prepare(`INSERT INTO subscriptions (id, guild_id, channel_id, name, schedule, cron, time_zone, topic,
      max_items, created_by, created_at)
    VALUES (${freshIdSql('subscriptions')}, @guildId, @channelId, @name, @schedule, @cron, @timeZone, @topic,
      @maxItems, @createdBy, @createdAt)`);
  const byId = db.prepare('SELECT * FROM subscriptions WHERE id = ?');
  const byGuild = db.prepare('SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY id');
  const all = db.prepare('SELECT * FROM subscriptions ORDER BY id');
  const remove = db.prepare('DELETE FROM subscriptions WHERE id = ? AND guild_id = ?');
  const pause = db.prepare('UPDATE subscriptions SET paused_reason = ? WHERE id = ?');
  const pauseChannel = db.prepare(
    'UPDATE subscriptions SET paused_reason = ? WHERE channel_id = ? AND paused_reason IS NULL RETURNING id',
  );
  const setLast = db.prepare(
    'UPDATE subscriptions SET last_digest_at = max(coalesce(last_digest_at, 0), ?) WHERE id = ?',
  );

  return {
    add(s: NewSubscription): Subscription {
      const id = insertWithFreshId(db, 'subscriptions', () => insert.run(s).lastInsertRowid);
      return toSubscription(byId.get(id) as SubscriptionRow);
    },
    get(id: number): Subscription | null {
      const row = byId.get(id) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : null;
    },
    forGuild(guildId: string): Subscription[] {
      return (byGuild.all(guildId) as SubscriptionRow[]).map(toSubscription);
    },
    all(): Subscription[] {
      return (all.all() as SubscriptionRow[]).map(toSubscription);
    },
    /** Removes a subscription of this server; false when it has no such subscription. */
    remove(id: number, guildId: string): boolean {
      return remove.run(id, guildId).changes > 0;
    },
    setPaused(id: number, reason: string | null): void {
      pause.run(reason, id);
    },
    /** Pauses every running subscription posting to a channel; returns their ids. */
    pauseChannel(channelId: string, reason: string): number[] {
      return (pauseChannel.all(reason, channelId) as Array<{ id: number }>).map((r) => r.id);
    },
    setLastDigest(id: number, slot: number): void {
      setLast.run(slot, id);
    },
  };
}
