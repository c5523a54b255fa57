// Schema migrations, numbered in code. `user_version` records the last one applied, so an older
// database file upgrades in place when it is opened. `application_id` marks the file as Herald's, so a
// database that belongs to another program is refused instead of taken over.
import type Database from 'better-sqlite3';
import { StoreError } from './errors.js';

/** Written into every Herald database's header ("Hrld"). */
export const HERALD_APPLICATION_ID = 0x48726c64;

/** Tables every Herald database has had since its first version. */
const HERALD_TABLES = ['articles', 'files', 'meta', 'quotes'];

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, quotes, full-text index, loaded files, metadata',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        standfirst TEXT,
        text TEXT NOT NULL,
        url TEXT,
        source TEXT,
        author TEXT,
        published INTEGER,
        ingested_at INTEGER NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        file_path TEXT,
        sentences TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL DEFAULT '[]',
        headline_summary TEXT NOT NULL DEFAULT '',
        keywords TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '{}',
        signature TEXT NOT NULL DEFAULT '[]',
        story_key TEXT
      );
      CREATE INDEX articles_by_published ON articles (published DESC);
      CREATE INDEX articles_by_ingested ON articles (ingested_at);
      CREATE INDEX articles_by_file ON articles (file_path);
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, keywords,
        content='articles', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text, keywords) VALUES (new.rowid, new.title, new.text, new.keywords);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text, keywords)
          VALUES ('delete', old.rowid, old.title, old.text, old.keywords);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text, keywords)
          VALUES ('delete', old.rowid, old.title, old.text, old.keywords);
        INSERT INTO articles_fts (rowid, title, text, keywords) VALUES (new.rowid, new.title, new.text, new.keywords);
      END;
      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        partial INTEGER NOT NULL,
        mention TEXT,
        speaker TEXT,
        role TEXT,
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX quotes_by_speaker ON quotes (speaker COLLATE NOCASE);
      CREATE TABLE speakers (name TEXT PRIMARY KEY COLLATE NOCASE, quotes INTEGER NOT NULL);
      CREATE VIRTUAL TABLE speakers_fts USING fts5(name, content='speakers', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER speakers_fts_insert AFTER INSERT ON speakers BEGIN
        INSERT INTO speakers_fts (rowid, name) VALUES (new.rowid, new.name);
      END;
      CREATE TRIGGER speakers_fts_delete AFTER DELETE ON speakers BEGIN
        INSERT INTO speakers_fts (speakers_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
      END;
      CREATE TABLE files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ms INTEGER NOT NULL,
        hash TEXT NOT NULL,
        article_ids TEXT NOT NULL DEFAULT '[]'
      );
    `,
  },
  {
    version: 2,
    description: 'digest subscriptions and their deliveries',
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        name TEXT,
        schedule TEXT NOT NULL,
        cron TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        topic TEXT,
        max_items INTEGER NOT NULL DEFAULT 5,
        created_by TEXT,
        created_at INTEGER NOT NULL,
        paused_reason TEXT,
        last_digest_at INTEGER
      );
      CREATE INDEX subscriptions_by_guild ON subscriptions (guild_id);
      CREATE TABLE deliveries (
        subscription_id INTEGER NOT NULL,
        slot INTEGER NOT NULL,
        status TEXT NOT NULL,
        nonce TEXT NOT NULL,
        period_start INTEGER NOT NULL,
        period_end INTEGER NOT NULL,
        article_ids TEXT NOT NULL DEFAULT '[]',
        message_id TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (subscription_id, slot)
      );
      CREATE INDEX deliveries_by_status ON deliveries (status);
      CREATE TABLE digest_articles (
        subscription_id INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        slot INTEGER NOT NULL,
        PRIMARY KEY (subscription_id, article_id)
      );
    `,
  },
  {
    version: 3,
    description:
      'prefix indexes for headline and speaker autocomplete; a trigram index of speaker names; quotes by speaker and date',
    sql: `
      CREATE VIRTUAL TABLE headlines_fts USING fts5(title, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
      INSERT INTO headlines_fts (headlines_fts) VALUES ('rebuild');
      CREATE TRIGGER headlines_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO headlines_fts (rowid, title) VALUES (new.rowid, new.title);
      END;
      CREATE TRIGGER headlines_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO headlines_fts (headlines_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
      END;
      CREATE TRIGGER headlines_fts_update AFTER UPDATE OF title ON articles BEGIN
        INSERT INTO headlines_fts (headlines_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
        INSERT INTO headlines_fts (rowid, title) VALUES (new.rowid, new.title);
      END;
      DROP TRIGGER speakers_fts_insert;
      DROP TRIGGER speakers_fts_delete;
      DROP TABLE speakers_fts;
      CREATE VIRTUAL TABLE speakers_fts USING fts5(name, content='speakers', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
      INSERT INTO speakers_fts (speakers_fts) VALUES ('rebuild');
      ALTER TABLE quotes ADD COLUMN published INTEGER;
      UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id);
      CREATE INDEX quotes_by_speaker_time ON quotes (speaker COLLATE NOCASE, published DESC);
      DROP INDEX quotes_by_speaker;
      CREATE VIRTUAL TABLE speakers_trigram USING fts5(name, content='speakers', content_rowid='rowid',
        tokenize='trigram');
      INSERT INTO speakers_trigram (speakers_trigram) VALUES ('rebuild');
      CREATE TRIGGER speakers_fts_insert AFTER INSERT ON speakers BEGIN
        INSERT INTO speakers_fts (rowid, name) VALUES (new.rowid, new.name);
        INSERT INTO speakers_trigram (rowid, name) VALUES (new.rowid, new.name);
      END;
      CREATE TRIGGER speakers_fts_delete AFTER DELETE ON speakers BEGIN
        INSERT INTO speakers_fts (speakers_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
        INSERT INTO speakers_trigram (speakers_trigram, rowid, name) VALUES ('delete', old.rowid, old.name);
      END;
    `,
  },
  {
    version: 4,
    description: 'which file holds which article, one row a link (an article stays while any file holds it)',
    sql: `
      CREATE TABLE file_articles (
        path TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (path, article_id)
      );
      CREATE INDEX file_articles_by_article ON file_articles (article_id);
      INSERT OR IGNORE INTO file_articles (path, article_id)
        SELECT f.path, j.value FROM files f, json_each(f.article_ids) j WHERE json_valid(f.article_ids);
      UPDATE files SET article_ids = '[]';
    `,
  },
  {
    version: 5,
    description: 'feeds: the feeds Herald polls and the items each one has delivered',
    sql: `
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        site_url TEXT,
        image_url TEXT,
        interval_seconds INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'ok',
        reason TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_fetch_at INTEGER,
        next_fetch_at INTEGER NOT NULL,
        retry_after_until INTEGER,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        http_status INTEGER,
        full_text TEXT NOT NULL DEFAULT 'auto',
        created_at INTEGER NOT NULL
      );
      CREATE INDEX feeds_by_next_fetch ON feeds (next_fetch_at);
      CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        image_url TEXT,
        announced INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (feed_id, item_key)
      );
      CREATE INDEX feed_items_by_article ON feed_items (article_id);
    `,
  },
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
    version: 9,
    description:
      'keyword weights: in how many articles each indexed word appears (a view of the full-text index)',
    sql: `
      CREATE VIRTUAL TABLE IF NOT EXISTS articles_vocab USING fts5vocab(articles_fts, 'row');
    `,
  },
];

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Applies every migration newer than the file's `user_version`, all in one IMMEDIATE transaction that
 * reads the version again once it holds the write lock: two processes opening a new database at once
 * take turns, and the second finds nothing left to do. Refuses a file Herald did not make, and one made
 * by a newer Herald. Switches the file to write-ahead logging once it is known to be Herald's.
 */
export function migrate(
  db: Database.Database,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = latestVersion(migrations);
  // Read first, outside the transaction, so a file that is not Herald's is never written to at all.
  checkOwner(db, path, db.pragma('user_version', { simple: true }) as number, latest);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    checkOwner(db, path, current, latest);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    if ((db.pragma('application_id', { simple: true }) as number) !== HERALD_APPLICATION_ID) {
      db.pragma(`application_id = ${HERALD_APPLICATION_ID}`);
    }
  }).immediate();
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws unless the database is empty, Herald's (marked), or an unmarked one from before the mark. */
function checkOwner(db: Database.Database, path: string, version: number, latest: number): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  if (applicationId === HERALD_APPLICATION_ID) {
    if (version > latest)
      throw new StoreError('newer', path, `schema version ${version}, this Herald knows up to ${latest}`);
    return;
  }
  if (applicationId === 0 && version === 0 && tables.length === 0) return;
  // Databases made before Herald marked its files: Herald's tables, a version Herald wrote, no mark.
  const isOldHerald =
    applicationId === 0 &&
    version >= 1 &&
    version <= latest &&
    HERALD_TABLES.every((t) => tables.includes(t));
  if (isOldHerald) return;
  const held =
    tables.length === 0
      ? 'no tables'
      : `tables ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}`;
  throw new StoreError(
    'foreign',
    path,
    `application id ${applicationId}, schema version ${version}, ${held}`,
  );
}
