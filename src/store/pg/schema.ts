// The PostgreSQL schema, numbered in code like SQLite's (src/store/migrations.ts) but its own list:
// version 1 holds what SQLite reached in its migrations 1–6. `herald_schema` records the version; every
// start-up applies what is newer under an advisory lock, so two processes starting at once take turns
// and the second finds nothing left to do. A database with tables but no `herald_schema` is refused.
//
// Search: `articles.search` is a generated tsvector (title A, keywords B, text D) with a GIN index, in a
// text search configuration that mirrors SQLite's FTS5 tokenizer (Porter stemming, diacritics removed,
// no stop words); headline and speaker completion use word-prefix tsvectors, and a pg_trgm index
// answers "any part of a speaker's name". Paths sort by bytes (COLLATE "C"), as SQLite compares them.
import { StoreError } from '../errors.js';
import type { PgConnection } from './bridge.js';

export interface PgMigration {
  version: number;
  description: string;
  sql: string;
}

/** The key of the advisory lock held while migrating ("Hrld", as SQLite's application id). */
export const MIGRATION_LOCK = 0x48726c64;

const WORD_TOKENS =
  'asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart';

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description:
      'articles with full-text search, quotes and speakers, files, metadata, digests, feeds, live posts',
    sql: `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TEXT SEARCH DICTIONARY herald_porter (TEMPLATE = snowball, Language = porter);
      CREATE TEXT SEARCH CONFIGURATION herald_search (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION herald_search ALTER MAPPING FOR ${WORD_TOKENS} WITH unaccent, herald_porter;
      CREATE TEXT SEARCH CONFIGURATION herald_words (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION herald_words ALTER MAPPING FOR ${WORD_TOKENS} WITH unaccent, simple;

      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE articles (
        rowid BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        standfirst TEXT,
        text TEXT NOT NULL,
        url TEXT,
        source TEXT,
        author TEXT,
        published BIGINT,
        ingested_at BIGINT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        file_path TEXT,
        sentences TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL DEFAULT '[]',
        headline_summary TEXT NOT NULL DEFAULT '',
        keywords TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '{}',
        signature TEXT NOT NULL DEFAULT '[]',
        story_key TEXT,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('herald_search', title), 'A') ||
          setweight(to_tsvector('herald_search', keywords), 'B') ||
          setweight(to_tsvector('herald_search', text), 'D')) STORED,
        headline_words tsvector GENERATED ALWAYS AS (to_tsvector('herald_words', title)) STORED
      );
      CREATE INDEX articles_by_published ON articles (published DESC NULLS LAST, rowid DESC);
      CREATE INDEX articles_by_ingested ON articles (ingested_at);
      CREATE INDEX articles_undated ON articles (ingested_at DESC) WHERE published IS NULL;
      CREATE INDEX articles_by_file ON articles (file_path);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE INDEX articles_headline_words ON articles USING GIN (headline_words);

      CREATE TABLE quotes (
        rowid BIGSERIAL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        partial INTEGER NOT NULL,
        mention TEXT,
        speaker TEXT,
        role TEXT,
        published BIGINT,
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX quotes_by_speaker_time ON quotes (lower(speaker), published DESC NULLS LAST);
      CREATE TABLE speakers (
        rowid BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        quotes INTEGER NOT NULL,
        words tsvector GENERATED ALWAYS AS (to_tsvector('herald_words', name)) STORED
      );
      CREATE UNIQUE INDEX speakers_by_name ON speakers (lower(name));
      CREATE INDEX speakers_words ON speakers USING GIN (words);
      CREATE INDEX speakers_trigram ON speakers USING GIN (name gin_trgm_ops);

      CREATE TABLE files (
        path TEXT COLLATE "C" PRIMARY KEY,
        size BIGINT NOT NULL,
        mtime_ms BIGINT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TABLE file_articles (
        rowid BIGSERIAL UNIQUE,
        path TEXT COLLATE "C" NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (path, article_id)
      );
      CREATE INDEX file_articles_by_article ON file_articles (article_id);

      CREATE TABLE subscriptions (
        id BIGSERIAL PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        name TEXT,
        schedule TEXT NOT NULL,
        cron TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        topic TEXT,
        max_items INTEGER NOT NULL DEFAULT 5,
        created_by TEXT,
        created_at BIGINT NOT NULL,
        paused_reason TEXT,
        last_digest_at BIGINT
      );
      CREATE INDEX subscriptions_by_guild ON subscriptions (guild_id);
      CREATE TABLE deliveries (
        subscription_id BIGINT NOT NULL,
        slot BIGINT NOT NULL,
        status TEXT NOT NULL,
        nonce TEXT NOT NULL,
        period_start BIGINT NOT NULL,
        period_end BIGINT NOT NULL,
        article_ids TEXT NOT NULL DEFAULT '[]',
        message_id TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (subscription_id, slot)
      );
      CREATE INDEX deliveries_by_status ON deliveries (status);
      CREATE TABLE digest_articles (
        subscription_id BIGINT NOT NULL,
        article_id TEXT NOT NULL,
        slot BIGINT NOT NULL,
        PRIMARY KEY (subscription_id, article_id)
      );

      CREATE TABLE feeds (
        id BIGSERIAL PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        site_url TEXT,
        image_url TEXT,
        interval_seconds INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'ok',
        reason TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_fetch_at BIGINT,
        next_fetch_at BIGINT NOT NULL,
        retry_after_until BIGINT,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        http_status INTEGER,
        full_text TEXT NOT NULL DEFAULT 'auto',
        created_at BIGINT NOT NULL
      );
      CREATE INDEX feeds_by_next_fetch ON feeds (next_fetch_at);
      CREATE TABLE feed_items (
        rowid BIGSERIAL UNIQUE,
        feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        first_seen_at BIGINT NOT NULL,
        content_hash TEXT NOT NULL,
        image_url TEXT,
        announced INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (feed_id, item_key)
      );
      CREATE INDEX feed_items_by_article ON feed_items (article_id);

      CREATE TABLE post_subscriptions (
        id BIGSERIAL PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        feed_id BIGINT REFERENCES feeds (id) ON DELETE CASCADE,
        filter TEXT,
        role_id TEXT,
        format TEXT NOT NULL DEFAULT 'full',
        mode TEXT NOT NULL DEFAULT 'post',
        publish INTEGER NOT NULL DEFAULT 0,
        created_by TEXT,
        created_at BIGINT NOT NULL,
        cursor BIGINT NOT NULL DEFAULT 0,
        paused_reason TEXT
      );
      CREATE INDEX post_subscriptions_by_guild ON post_subscriptions (guild_id);
      CREATE TABLE posts (
        id BIGSERIAL PRIMARY KEY,
        subscription_id BIGINT NOT NULL,
        article_id TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'article',
        story_key TEXT,
        status TEXT NOT NULL,
        nonce TEXT NOT NULL,
        message_id TEXT,
        channel_id TEXT NOT NULL,
        parent_post_id BIGINT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
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
    version: 2,
    description:
      'what SQLite migrations 7, 8 and 10 added: the feed fetch log and its totals, publishing and notices of live posts, leases',
    sql: `
      CREATE TABLE feed_fetches (
        id BIGSERIAL PRIMARY KEY,
        feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        at BIGINT NOT NULL,
        outcome TEXT NOT NULL,
        http_status INTEGER,
        duration_ms BIGINT NOT NULL,
        items INTEGER NOT NULL DEFAULT 0,
        error TEXT
      );
      CREATE INDEX feed_fetches_by_feed ON feed_fetches (feed_id, at);
      CREATE TABLE feed_fetch_totals (
        outcome TEXT PRIMARY KEY,
        fetches BIGINT NOT NULL
      );

      ALTER TABLE posts ADD COLUMN publish TEXT;
      ALTER TABLE posts ADD COLUMN published_at BIGINT;
      CREATE INDEX posts_published ON posts (channel_id, published_at);
      CREATE TABLE post_notices (
        id BIGSERIAL PRIMARY KEY,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        feed_id BIGINT,
        reason TEXT,
        more INTEGER,
        status TEXT NOT NULL,
        message_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        UNIQUE (channel_id, kind, key)
      );
      CREATE INDEX post_notices_by_status ON post_notices (status);
      -- Catch-up lines used to be posts whose article id carried the count ("catch-up:SUB:ROWID:COUNT").
      INSERT INTO post_notices (channel_id, kind, key, more, status, message_id, attempts, error, created_at,
          updated_at)
        SELECT channel_id, 'catch-up', 'post-' || id, coalesce(substring(article_id FROM '[0-9]+$')::integer, 0),
          status, message_id, attempts, error, created_at, updated_at
        FROM posts WHERE kind = 'summary'
        ON CONFLICT (channel_id, kind, key) DO NOTHING;
      DELETE FROM posts WHERE kind = 'summary';

      CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at BIGINT NOT NULL,
        claimed_at BIGINT NOT NULL
      );
      CREATE INDEX leases_by_holder ON leases (holder);
      CREATE INDEX deliveries_sending ON deliveries (slot) WHERE status = 'sending';
      -- The status page lists digest runs in the order they were recorded, as SQLite's rowid does.
      ALTER TABLE deliveries ADD COLUMN rowid BIGSERIAL UNIQUE;
    `,
  },
  {
    version: 3,
    description:
      'what SQLite migration 12 added: search in Chinese, Japanese and Korean through the spaced column (each such character set apart), searched with the text',
    sql: `
      ALTER TABLE articles ADD COLUMN spaced TEXT;
      -- Articles stored before: the characters core/text/cjk-spacing.ts sets apart (Han, Hiragana, Katakana, Hangul).
      UPDATE articles SET spaced = regexp_replace(title || E'\\n' || text,
          '([\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff])', ' \\1 ', 'g')
        WHERE title || text ~ '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]';
      DROP INDEX articles_search;
      ALTER TABLE articles DROP COLUMN search;
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('herald_search', title), 'A') ||
          setweight(to_tsvector('herald_search', keywords), 'B') ||
          setweight(to_tsvector('herald_search', text), 'D') ||
          setweight(to_tsvector('herald_search', coalesce(spaced, '')), 'D')) STORED;
      CREATE INDEX articles_search ON articles USING GIN (search);
    `,
  },
  {
    version: 4,
    description:
      'what SQLite migration 13 added: each file records the version of the reading and analysis that stored it',
    sql: `
      -- Files stored before hold 0: the next scan reads them again.
      ALTER TABLE files ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 5,
    description:
      'what SQLite migration 14 added: each feed records the version of the analysis that last read it',
    sql: `
      -- Feeds stored before hold 0: their next poll analyses their articles again.
      ALTER TABLE feeds ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0;
    `,
  },
  // Next: any table other SQLite migrations add; see "PostgreSQL" in the README for the list kept in step.
];

/**
 * Every table of Herald's PostgreSQL schema, in an order that keeps references valid (a table comes
 * after those it refers to): `herald db copy` copies them in this order, the tests empty them.
 */
export const PG_TABLES = [
  'meta',
  'articles',
  'quotes',
  'speakers',
  'files',
  'file_articles',
  'subscriptions',
  'deliveries',
  'digest_articles',
  'feeds',
  'feed_items',
  'feed_fetches',
  'feed_fetch_totals',
  'post_subscriptions',
  'posts',
  'post_notices',
  'guild_settings',
  'leases',
] as const;

export function latestPgVersion(migrations: readonly PgMigration[] = PG_MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Applies every migration newer than the database's, each in its own transaction, while holding the
 * migration advisory lock. Refuses a database that holds other tables and no Herald schema, and one
 * made by a newer Herald. Returns the version the database is at.
 */
export function migratePg(
  pg: PgConnection,
  where: string,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
): number {
  const latest = latestPgVersion(migrations);
  pg.run('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const tables = pg
      .all<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() ORDER BY table_name`,
      )
      .map((r) => r.name);
    if (!tables.includes('herald_schema')) {
      if (tables.length > 0) {
        const held = `tables ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}`;
        throw new StoreError('foreign', where, `no herald_schema table; ${held}`);
      }
      pg.run('CREATE TABLE herald_schema (version INTEGER NOT NULL)');
      pg.run('INSERT INTO herald_schema (version) VALUES (0)');
    }
    const current = pg.get<{ version: number }>('SELECT version FROM herald_schema')?.version ?? 0;
    if (current > latest)
      throw new StoreError('newer', where, `schema version ${current}, this Herald knows up to ${latest}`);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      pg.transaction(() => {
        pg.run(migration.sql);
        pg.run('UPDATE herald_schema SET version = $1', [migration.version]);
      });
    }
    return pg.get<{ version: number }>('SELECT version FROM herald_schema')?.version ?? 0;
  } finally {
    pg.run('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
