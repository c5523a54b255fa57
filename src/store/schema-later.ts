// Herald's SQLite schema from migration 6 on: live posts, the feed fetch log, notices and what follows.
// Applied in order after schema-base.ts by migrate() (migrations.ts). New migrations go at the end.
import { spacedColumn } from '../core/text/index.js';
import type { Migration } from './migrations.js';

export const LATER_MIGRATIONS: readonly Migration[] = [
  {
    version: 6,
    description:
      'live posts: channel subscriptions to feeds or all news, their exactly-once ledger, server settings',
    sql: `
      CREATE TABLE post_subscriptions (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        feed_id INTEGER REFERENCES feeds (id) ON DELETE CASCADE,
        filter TEXT,
        role_id TEXT,
        format TEXT NOT NULL DEFAULT 'full',
        mode TEXT NOT NULL DEFAULT 'post',
        publish INTEGER NOT NULL DEFAULT 0,
        created_by TEXT,
        created_at INTEGER NOT NULL,
        cursor INTEGER NOT NULL DEFAULT 0,
        paused_reason TEXT
      );
      CREATE INDEX post_subscriptions_by_guild ON post_subscriptions (guild_id);
      CREATE TABLE posts (
        id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'article',
        story_key TEXT,
        status TEXT NOT NULL,
        nonce TEXT NOT NULL,
        message_id TEXT,
        channel_id TEXT NOT NULL,
        parent_post_id INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (channel_id, article_id)
      );
      CREATE INDEX posts_by_status ON posts (status);
      CREATE INDEX posts_by_channel_time ON posts (channel_id, created_at);
      CREATE TABLE guild_settings (
        guild_id TEXT PRIMARY KEY,
        manager_role_id TEXT
      );
    `,
  },
  {
    version: 7,
    description:
      'feed fetch log: the last fetches of each feed (the status page), and running totals by outcome (/metrics)',
    sql: `
      CREATE TABLE feed_fetches (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        http_status INTEGER,
        duration_ms INTEGER NOT NULL,
        items INTEGER NOT NULL DEFAULT 0,
        error TEXT
      );
      CREATE INDEX feed_fetches_by_feed ON feed_fetches (feed_id, at);
      CREATE TABLE feed_fetch_totals (
        outcome TEXT PRIMARY KEY,
        fetches INTEGER NOT NULL
      );
    `,
  },
  {
    version: 8,
    description:
      'live posts: publishing to following servers; notices to channels (a feed paused, the catch-up count)',
    sql: `
      ALTER TABLE posts ADD COLUMN publish TEXT;
      ALTER TABLE posts ADD COLUMN published_at INTEGER;
      CREATE INDEX posts_published ON posts (channel_id, published_at);
      CREATE TABLE post_notices (
        id INTEGER PRIMARY KEY,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        feed_id INTEGER,
        reason TEXT,
        more INTEGER,
        status TEXT NOT NULL,
        message_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (channel_id, kind, key)
      );
      CREATE INDEX post_notices_by_status ON post_notices (status);
      -- Catch-up lines used to be posts whose article id carried the count ("catch-up:SUB:ROWID:COUNT").
      INSERT OR IGNORE INTO post_notices (channel_id, kind, key, more, status, message_id, attempts, error,
          created_at, updated_at)
        SELECT channel_id, 'catch-up', 'post-' || id,
          CAST(replace(article_id, rtrim(article_id, '0123456789'), '') AS INTEGER),
          status, message_id, attempts, error, created_at, updated_at
        FROM posts WHERE kind = 'summary';
      DELETE FROM posts WHERE kind = 'summary';
    `,
  },
  {
    version: 9,
    description:
      'keyword weights: in how many articles each indexed word appears (a view of the full-text index)',
    sql: `
      CREATE VIRTUAL TABLE IF NOT EXISTS articles_vocab USING fts5vocab(articles_fts, 'row');
    `,
  },
  {
    version: 10,
    description:
      'leases: which process holds a unit of periodic work (a feed poll, a channel, a digest slot, the watcher)',
    sql: `
      CREATE TABLE IF NOT EXISTS leases (
        key TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        claimed_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS leases_by_holder ON leases (holder);
      CREATE INDEX IF NOT EXISTS deliveries_sending ON deliveries (slot) WHERE status = 'sending';
    `,
  },
  {
    version: 11,
    description:
      'full-text indexes (articles, headlines, speakers) merge their segments eight at a time (FTS5 automerge 8, not 4): a bulk load writes them a third faster, searches stay as fast',
    sql: `
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
      INSERT INTO headlines_fts (headlines_fts, rank) VALUES ('automerge', 8);
      INSERT INTO speakers_fts (speakers_fts, rank) VALUES ('automerge', 8);
      INSERT INTO speakers_trigram (speakers_trigram, rank) VALUES ('automerge', 8);
    `,
  },
  {
    version: 12,
    description:
      'search in Chinese, Japanese and Korean: articles in those scripts are indexed once more with each character set apart (the spaced column, a fourth column of the full-text index)',
    sql: `
      ALTER TABLE articles ADD COLUMN spaced TEXT;
      DROP TRIGGER IF EXISTS articles_fts_insert;
      DROP TRIGGER IF EXISTS articles_fts_delete;
      DROP TRIGGER IF EXISTS articles_fts_update;
      DROP TABLE IF EXISTS articles_vocab;
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, keywords, spaced,
        content='articles', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text, keywords, spaced)
          VALUES (new.rowid, new.title, new.text, new.keywords, new.spaced);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text, keywords, spaced)
          VALUES ('delete', old.rowid, old.title, old.text, old.keywords, old.spaced);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text, keywords, spaced)
          VALUES ('delete', old.rowid, old.title, old.text, old.keywords, old.spaced);
        INSERT INTO articles_fts (rowid, title, text, keywords, spaced)
          VALUES (new.rowid, new.title, new.text, new.keywords, new.spaced);
      END;
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
      CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
    `,
    // Articles stored before: the index above holds them with an empty spaced column, so updating the
    // column through the triggers keeps the index in step.
    fill(db) {
      const rows = db.prepare('SELECT rowid, title, text FROM articles').iterate() as Iterable<{
        rowid: number;
        title: string;
        text: string;
      }>;
      const spaced: Array<[string, number]> = [];
      for (const row of rows) {
        const value = spacedColumn(row.title, row.text);
        if (value !== null) spaced.push([value, row.rowid]);
      }
      const update = db.prepare('UPDATE articles SET spaced = ? WHERE rowid = ?');
      for (const [value, rowid] of spaced) update.run(value, rowid);
    },
  },
  {
    version: 13,
    description:
      'each file records the version of the reading and analysis that stored it (READER_VERSION): a file stored by an older one is read again',
    // Files stored before hold 0: the next scan reads them again.
    sql: 'ALTER TABLE files ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0;',
  },
  {
    version: 14,
    description:
      'each feed records the version of the analysis that last read it (READER_VERSION): a feed read by an older one has its stored articles analysed again',
    // Feeds stored before hold 0: their next poll analyses their articles again.
    sql: 'ALTER TABLE feeds ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0;',
  },
  {
    version: 15,
    description:
      'the other outlets listed under a story’s post are found through an index (every post read them by scanning all posts)',
    sql: 'CREATE INDEX posts_by_parent ON posts (parent_post_id) WHERE parent_post_id IS NOT NULL;',
  },
];
