import type Database from 'better-sqlite3';
import type { QuoteStore } from './store.js';
import { buildMatchQuery, escapeLike } from './fts-query.js';
import type { StoredQuote } from './types.js';

export interface QuoteRow {
  article_id: string;
  title: string;
  url: string | null;
  published: number | null;
  text: string;
  partial: number;
  mention: string | null;
  speaker: string | null;
  role: string | null;
}

const MAX_NAMES = 2000;
/** Quotes are read for at most this many matching speakers, the most quoted first. */
export const QUOTED_NAMES = 50;

export const QUOTE_COLUMNS = `q.article_id, a.title, a.url, a.published, q.text, q.partial, q.mention, q.speaker, q.role`;

export function toQuote(r: QuoteRow): StoredQuote {
  return {
    articleId: r.article_id,
    articleTitle: r.title,
    url: r.url,
    published: r.published,
    text: r.text,
    partial: r.partial === 1,
    mention: r.mention,
    speaker: r.speaker,
    role: r.role,
  };
}

export function createQuoteStore(db: Database.Database): QuoteStore {
  const byArticle = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.article_id = ? ORDER BY q.partial, q.position LIMIT ?`);
  // A typed speaker is first matched against the distinct speaker names (word prefixes through the
  // index, else any part of a name), then their quotes are read through the speaker index.
  const namesByWords = db.prepare(`SELECT s.name FROM
      (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ? LIMIT ${MAX_NAMES}) f
    JOIN speakers s ON s.rowid = f.rowid ORDER BY s.quotes DESC LIMIT ${QUOTED_NAMES}`);
  const namesByPart = db.prepare(`SELECT s.name FROM
      (SELECT rowid FROM speakers_trigram WHERE speakers_trigram MATCH ? LIMIT ${MAX_NAMES}) t
    JOIN speakers s ON s.rowid = t.rowid ORDER BY s.quotes DESC LIMIT ${QUOTED_NAMES}`);
  // Newest quotes of one speaker straight from the (speaker, published) index; several speakers are
  // merged in code, so the cost does not grow with how often a speaker was quoted.
  const bySpeaker = db.prepare(`SELECT rowid, published FROM quotes
    WHERE speaker = ? COLLATE NOCASE ORDER BY published DESC LIMIT ?`);
  const byRowid = db.prepare(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.rowid = ?`,
  );
  const byBoth = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.article_id = ? AND q.speaker LIKE ? ESCAPE '\\' ORDER BY q.position LIMIT ?`);
  // The most quoted among a bounded set of matching names, so a one-letter prefix stays fast.
  const speakerPrefix = db.prepare(`SELECT s.name FROM
      (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ? LIMIT ${MAX_NAMES}) f
    JOIN speakers s ON s.rowid = f.rowid ORDER BY s.quotes DESC LIMIT ?`);
  const topSpeakers = db.prepare('SELECT name FROM speakers ORDER BY quotes DESC LIMIT ?');

  /** Names containing what was typed: any part of three characters or more, else word prefixes. */
  function speakerNames(typed: string): string[] {
    const text = typed.trim();
    let rows: Array<{ name: string }> = [];
    if ([...text].length >= 3)
      rows = namesByPart.all(`"${text.replace(/"/g, '""')}"`) as Array<{ name: string }>;
    else {
      const match = buildMatchQuery(text, { prefixLast: true });
      if (match) rows = namesByWords.all(match) as Array<{ name: string }>;
    }
    return rows.map((r) => r.name);
  }

  return {
    /** Quotes of an article, a speaker (case-insensitive, any part of the name), or both; newest first. */
    find(options: { articleId?: string | null; speaker?: string | null; limit: number }): StoredQuote[] {
      const pattern = options.speaker ? `%${escapeLike(options.speaker.trim())}%` : null;
      let rows: unknown[];
      if (options.articleId && pattern) rows = byBoth.all(options.articleId, pattern, options.limit);
      else if (options.articleId) rows = byArticle.all(options.articleId, options.limit);
      else if (pattern) {
        rows = speakerNames(options.speaker as string)
          .flatMap(
            (name) =>
              bySpeaker.all(name, options.limit) as Array<{ rowid: number; published: number | null }>,
          )
          .sort((x, y) => (y.published ?? 0) - (x.published ?? 0) || x.rowid - y.rowid)
          .slice(0, options.limit)
          .map((key) => byRowid.get(key.rowid));
      } else rows = [];
      return (rows as QuoteRow[]).map(toQuote);
    },
    /** Speaker names for autocomplete, most quoted first. */
    speakers(typed: string, limit: number): string[] {
      const match = buildMatchQuery(typed, { prefixLast: true });
      const rows = match ? speakerPrefix.all(match, limit) : topSpeakers.all(limit);
      return (rows as Array<{ name: string }>).map((r) => r.name);
    },
  };
}
