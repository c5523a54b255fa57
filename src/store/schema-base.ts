// Herald's SQLite schema, migrations 1–5: articles, quotes and their search index, files, digests and their
// ledger, the file–article link table and feeds. Applied in order by migrate() (migrations.ts).
import type { Migration } from './migrations.js';

export const BASE_MIGRATIONS: readonly Migration[] = [
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
];
