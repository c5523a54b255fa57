// The bookkeeping behind exactly-once digests: a run (subscription, slot) is recorded before anything
// is sent, and marked sent with the message id after.
import type Database from 'better-sqlite3';
import type { Delivery, DeliveryStatus } from './types.js';
import type { DeliveryStore } from './store.js';

export type { Delivery, DeliveryStatus } from './types.js';

export interface DeliveryRow {
  subscription_id: number;
  slot: number;
  status: DeliveryStatus;
  nonce: string;
  period_start: number;
  period_end: number;
  article_ids: string;
  message_id: string | null;
  error: string | null;
  attempts: number;
  updated_at: number;
}

export const toDelivery = (r: DeliveryRow): Delivery => ({
  subscriptionId: r.subscription_id,
  slot: r.slot,
  status: r.status,
  nonce: r.nonce,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  articleIds: JSON.parse(r.article_ids) as string[],
  messageId: r.message_id,
  error: r.error,
  attempts: r.attempts,
  updatedAt: r.updated_at,
});

export function createDeliveryStore(db: Database.Database): DeliveryStore {
  const get = db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND slot = ?');
  const insert =
    db.prepare(`INSERT INTO deliveries (subscription_id, slot, status, nonce, period_start, period_end,
      article_ids, updated_at)
    VALUES (@subscriptionId, @slot, @status, @nonce, @periodStart, @periodEnd, @articleIds, @updatedAt)
    ON CONFLICT (subscription_id, slot) DO UPDATE SET status = excluded.status, article_ids = excluded.article_ids,
      period_start = excluded.period_start, period_end = excluded.period_end, updated_at = excluded.updated_at
    WHERE deliveries.status = 'failed'`);
  const setStatus =
    db.prepare(`UPDATE deliveries SET status = ?, message_id = coalesce(?, message_id), error = ?,
      attempts = attempts + ?, updated_at = ? WHERE subscription_id = ? AND slot = ?`);
  const remember = db.prepare(
    'INSERT OR IGNORE INTO digest_articles (subscription_id, article_id, slot) VALUES (?, ?, ?)',
  );
  const sentIds = db.prepare('SELECT article_id FROM digest_articles WHERE subscription_id = ?');
  const unfinished = db.prepare("SELECT * FROM deliveries WHERE status = 'sending' ORDER BY slot");
  const latest = db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot DESC LIMIT 1');
  const lastSlot = db.prepare('SELECT max(slot) AS slot FROM deliveries WHERE subscription_id = ?');
  const forget = db.prepare('DELETE FROM deliveries WHERE subscription_id = ?');
  const forgetArticles = db.prepare('DELETE FROM digest_articles WHERE subscription_id = ?');
  const setLast = db.prepare(
    'UPDATE subscriptions SET last_digest_at = max(coalesce(last_digest_at, 0), ?) WHERE id = ?',
  );

  return {
    get(subscriptionId: number, slot: number): Delivery | null {
      const row = get.get(subscriptionId, slot) as DeliveryRow | undefined;
      return row ? toDelivery(row) : null;
    },
    /**
     * Records a run before it is sent. Returns false when the run is already recorded (and not a
     * failure to retry), so the caller must not send it again.
     */
    begin(d: Omit<Delivery, 'messageId' | 'error' | 'attempts'>): boolean {
      return insert.run({ ...d, articleIds: JSON.stringify(d.articleIds) }).changes > 0;
    },
    /** Marks a run sent and remembers its articles, so no later digest repeats them. */
    markSent: db.transaction(
      (subscriptionId: number, slot: number, messageId: string, articleIds: string[], at: number) => {
        setStatus.run('sent', messageId, null, 1, at, subscriptionId, slot);
        for (const id of articleIds) remember.run(subscriptionId, id, slot);
        setLast.run(slot, subscriptionId);
      },
    ),
    mark(
      subscriptionId: number,
      slot: number,
      status: DeliveryStatus,
      error: string | null,
      at: number,
    ): void {
      setStatus.run(status, null, error, status === 'empty' ? 0 : 1, at, subscriptionId, slot);
    },
    sentArticleIds(subscriptionId: number): Set<string> {
      return new Set((sentIds.all(subscriptionId) as Array<{ article_id: string }>).map((r) => r.article_id));
    },
    unfinished(): Delivery[] {
      return (unfinished.all() as DeliveryRow[]).map(toDelivery);
    },
    latest(subscriptionId: number): Delivery | null {
      const row = latest.get(subscriptionId) as DeliveryRow | undefined;
      return row ? toDelivery(row) : null;
    },
    lastSlot(subscriptionId: number): number | null {
      return (lastSlot.get(subscriptionId) as { slot: number | null }).slot;
    },
    forgetSubscription: db.transaction((subscriptionId: number) => {
      forget.run(subscriptionId);
      forgetArticles.run(subscriptionId);
    }),
  };
}
