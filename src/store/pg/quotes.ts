// Quotes and speakers on PostgreSQL, as ../quotes.ts: word prefixes through the `words` tsvector,
// "any part of a name" through the pg_trgm index, quotes of a speaker through (lower(speaker), published).
import { escapeLike } from '../fts-query.js';
import { QUOTE_COLUMNS, QUOTED_NAMES, toQuote, type QuoteRow } from '../quotes.js';
import type { QuoteStore } from '../store.js';
import type { PgConnection } from './bridge.js';
import { prefixQueryText } from './tsquery.js';

const JOINED = `FROM quotes q JOIN articles a ON a.id = q.article_id`;

export function createPgQuoteStore(pg: PgConnection): QuoteStore {
  const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

  /** Names containing what was typed: any part of three characters or more, else word prefixes. */
  function speakerNames(typed: string): string[] {
    const text = typed.trim();
    if ([...text].length >= 3) {
      return names(
        pg.all(
          `SELECT name FROM speakers WHERE name ILIKE $1 ESCAPE '\\' ORDER BY quotes DESC, rowid LIMIT ${QUOTED_NAMES}`,
          [`%${escapeLike(text)}%`],
        ),
      );
    }
    const query = prefixQueryText(text);
    if (!query) return [];
    return names(
      pg.all(
        `SELECT name FROM speakers WHERE words @@ to_tsquery('herald_words', $1)
         ORDER BY quotes DESC, rowid LIMIT ${QUOTED_NAMES}`,
        [query],
      ),
    );
  }

  return {
    find(options) {
      const pattern = options.speaker ? `%${escapeLike(options.speaker.trim())}%` : null;
      let rows: QuoteRow[];
      if (options.articleId && pattern) {
        rows = pg.all(
          `SELECT ${QUOTE_COLUMNS} ${JOINED} WHERE q.article_id = $1 AND q.speaker ILIKE $2 ESCAPE '\\'
           ORDER BY q.position LIMIT $3`,
          [options.articleId, pattern, options.limit],
        );
      } else if (options.articleId) {
        rows = pg.all(
          `SELECT ${QUOTE_COLUMNS} ${JOINED} WHERE q.article_id = $1 ORDER BY q.partial, q.position LIMIT $2`,
          [options.articleId, options.limit],
        );
      } else if (pattern) {
        const keys = speakerNames(options.speaker as string)
          .flatMap((name) =>
            pg.all<{ rowid: number; published: number | null }>(
              `SELECT rowid, published FROM quotes WHERE lower(speaker) = lower($1)
               ORDER BY published DESC NULLS LAST LIMIT $2`,
              [name, options.limit],
            ),
          )
          .sort((x, y) => (y.published ?? 0) - (x.published ?? 0) || x.rowid - y.rowid)
          .slice(0, options.limit);
        const byRowid = new Map(
          pg
            .all<QuoteRow & { rowid: number }>(
              `SELECT q.rowid, ${QUOTE_COLUMNS} ${JOINED} WHERE q.rowid = ANY($1)`,
              [keys.map((k) => k.rowid)],
            )
            .map((r) => [r.rowid, r]),
        );
        rows = keys.flatMap((k) => byRowid.get(k.rowid) ?? []);
      } else rows = [];
      return rows.map(toQuote);
    },
    speakers(typed: string, limit: number): string[] {
      const query = prefixQueryText(typed);
      if (!query)
        return names(pg.all('SELECT name FROM speakers ORDER BY quotes DESC, rowid LIMIT $1', [limit]));
      return names(
        pg.all(
          `SELECT name FROM speakers WHERE words @@ to_tsquery('herald_words', $1)
           ORDER BY quotes DESC, rowid LIMIT $2`,
          [query, limit],
        ),
      );
    },
  };
}
