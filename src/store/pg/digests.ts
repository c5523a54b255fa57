// Metadata, digest subscriptions and the digest ledger on PostgreSQL, as ../meta.ts,
// ../subscriptions.ts and ../deliveries.ts.
import { toDelivery, type DeliveryRow } from '../deliveries.js';
import type { DeliveryStore, MetaStore, SubscriptionStore } from '../store.js';
import { toSubscription, type SubscriptionRow } from '../subscriptions.js';
import type { PgConnection } from './bridge.js';

export function createPgMetaStore(pg: PgConnection): MetaStore {
  return {
    get: (key) => pg.get<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key])?.value ?? null,
    set(key, value) {
      pg.run(
        'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
  };
}

const SET_LAST_DIGEST =
  'UPDATE subscriptions SET last_digest_at = GREATEST(coalesce(last_digest_at, 0), $1) WHERE id = $2';

export function createPgSubscriptionStore(pg: PgConnection): SubscriptionStore {
  const list = (sql: string, params: unknown[] = []) =>
    pg.all<SubscriptionRow>(sql, params).map(toSubscription);
  return {
    add(s) {
      const row = pg.get<SubscriptionRow>(
        `INSERT INTO subscriptions (guild_id, channel_id, name, schedule, cron, time_zone, topic, max_items,
           created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          s.guildId,
          s.channelId,
          s.name,
          s.schedule,
          s.cron,
          s.timeZone,
          s.topic,
          s.maxItems,
          s.createdBy,
          s.createdAt,
        ],
      );
      return toSubscription(row as SubscriptionRow);
    },
    get: (id) => list('SELECT * FROM subscriptions WHERE id = $1', [id])[0] ?? null,
    forGuild: (guildId) => list('SELECT * FROM subscriptions WHERE guild_id = $1 ORDER BY id', [guildId]),
    all: () => list('SELECT * FROM subscriptions ORDER BY id'),
    remove: (id, guildId) =>
      pg.run('DELETE FROM subscriptions WHERE id = $1 AND guild_id = $2', [id, guildId]) > 0,
    setPaused(id, reason) {
      pg.run('UPDATE subscriptions SET paused_reason = $1 WHERE id = $2', [reason, id]);
    },
    pauseChannel(channelId, reason) {
      return pg
        .all<{ id: number }>(
          `UPDATE subscriptions SET paused_reason = $1 WHERE channel_id = $2 AND paused_reason IS NULL RETURNING id`,
          [reason, channelId],
        )
        .map((r) => r.id)
        .sort((a, b) => a - b);
    },
    setLastDigest(id, slot) {
      pg.run(SET_LAST_DIGEST, [slot, id]);
    },
  };
}

const SET_STATUS = `UPDATE deliveries SET status = $1, message_id = coalesce($2, message_id), error = $3,
  attempts = attempts + $4, updated_at = $5 WHERE subscription_id = $6 AND slot = $7`;

export function createPgDeliveryStore(pg: PgConnection): DeliveryStore {
  const one = (sql: string, params: unknown[]) => {
    const row = pg.get<DeliveryRow>(sql, params);
    return row ? toDelivery(row) : null;
  };
  return {
    get: (subscriptionId, slot) =>
      one('SELECT * FROM deliveries WHERE subscription_id = $1 AND slot = $2', [subscriptionId, slot]),
    begin(d) {
      return (
        pg.run(
          `INSERT INTO deliveries (subscription_id, slot, status, nonce, period_start, period_end, article_ids, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (subscription_id, slot) DO UPDATE SET status = excluded.status, article_ids = excluded.article_ids,
             period_start = excluded.period_start, period_end = excluded.period_end, updated_at = excluded.updated_at
           WHERE deliveries.status = 'failed'`,
          [
            d.subscriptionId,
            d.slot,
            d.status,
            d.nonce,
            d.periodStart,
            d.periodEnd,
            JSON.stringify(d.articleIds),
            d.updatedAt,
          ],
        ) > 0
      );
    },
    markSent(subscriptionId, slot, messageId, articleIds, at) {
      pg.transaction(() => {
        pg.run(SET_STATUS, ['sent', messageId, null, 1, at, subscriptionId, slot]);
        if (articleIds.length > 0)
          pg.run(
            `INSERT INTO digest_articles (subscription_id, article_id, slot) SELECT $1, id, $2 FROM unnest($3::text[]) AS id
             ON CONFLICT DO NOTHING`,
            [subscriptionId, slot, articleIds],
          );
        pg.run(SET_LAST_DIGEST, [slot, subscriptionId]);
      });
    },
    mark(subscriptionId, slot, status, error, at) {
      pg.run(SET_STATUS, [status, null, error, status === 'empty' ? 0 : 1, at, subscriptionId, slot]);
    },
    sentArticleIds: (subscriptionId) =>
      new Set(
        pg
          .all<{ article_id: string }>('SELECT article_id FROM digest_articles WHERE subscription_id = $1', [
            subscriptionId,
          ])
          .map((r) => r.article_id),
      ),
    unfinished: () =>
      pg.all<DeliveryRow>("SELECT * FROM deliveries WHERE status = 'sending' ORDER BY slot").map(toDelivery),
    latest: (subscriptionId) =>
      one('SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY slot DESC LIMIT 1', [subscriptionId]),
    lastSlot: (subscriptionId) =>
      pg.get<{ slot: number | null }>('SELECT max(slot) AS slot FROM deliveries WHERE subscription_id = $1', [
        subscriptionId,
      ])?.slot ?? null,
    forgetSubscription(subscriptionId) {
      pg.transaction(() => {
        pg.run('DELETE FROM deliveries WHERE subscription_id = $1', [subscriptionId]);
        pg.run('DELETE FROM digest_articles WHERE subscription_id = $1', [subscriptionId]);
      });
    },
  };
}
