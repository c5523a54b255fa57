// The PostgreSQL migrations from version 3 on (schema.ts holds 1 and 2, and runs them all in order).
import { SEARCH_PUNCTUATION } from './tsquery.js';

export interface PgMigration {
  version: number;
  description: string;
  sql: string;
}

/**
 * `column` with every run of ASCII punctuation made a space (SEARCH_PUNCTUATION), before PostgreSQL's parser
 * reads it. The parser keeps 'www.harbour.example', '9/11', 'ops@harbour.example', '/var/log' or 'v2.4.1'
 * whole, as one lexeme, where SQLite's FTS5 reads each word and number apart: a search for 'harbour' or
 * '11' found such an article on SQLite only. The query goes through the same change (websearchText).
 */
function apart(column: string): string {
  return `regexp_replace(${column}, '${SEARCH_PUNCTUATION}', ' ', 'g')`;
}

export const PG_LATER_MIGRATIONS: readonly PgMigration[] = [
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
      'search reads the words and numbers of a host, path, address, version or file name apart, as FTS5 does',
    sql: `
      DROP INDEX articles_search;
      ALTER TABLE articles DROP COLUMN search;
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('herald_search', ${apart('title')}), 'A') ||
          setweight(to_tsvector('herald_search', ${apart('keywords')}), 'B') ||
          setweight(to_tsvector('herald_search', ${apart('text')}), 'D') ||
          setweight(to_tsvector('herald_search', ${apart("coalesce(spaced, '')")}), 'D')) STORED;
      CREATE INDEX articles_search ON articles USING GIN (search);
    `,
  },
  {
    version: 6,
    description:
      'what SQLite migration 14 added: each feed records the version of the analysis that last read it',
    sql: `
      -- Feeds stored before hold 0: their next poll analyses their articles again.
      ALTER TABLE feeds ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 7,
    description: 'what SQLite migration 15 added: an index from a story’s post to the other outlets under it',
    sql: 'CREATE INDEX posts_by_parent ON posts (parent_post_id) WHERE parent_post_id IS NOT NULL;',
  },
  // Next: any table other SQLite migrations add; see "PostgreSQL" in the README for the list kept in step.
];
