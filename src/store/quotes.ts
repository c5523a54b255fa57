import type Database from 'better-sqlite3';
import { buildMatchQuery, escapeLike } from './fts-query.js';
import type { StoredQuote } from './types.js';

interface QuoteRow {
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

const COLUMNS = `q.article_id, a.title, a.url, a.published, q.text, q.partial, q.mention, q.speaker, q.role`;

function toQuote(r: QuoteRow): StoredQuote {
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

export function createQuoteStore(db: Database.Database) {
  const byArticle = db.prepare(`SELECT ${COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.article_id = ? ORDER BY q.partial, q.position LIMIT ?`);
  const bySpeaker = db.prepare(`SELECT ${COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.speaker LIKE ? ESCAPE '\\' ORDER BY a.published DESC, q.position LIMIT ?`);
  const byBoth = db.prepare(`SELECT ${COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.article_id = ? AND q.speaker LIKE ? ESCAPE '\\' ORDER BY q.position LIMIT ?`);
  const speakerPrefix = db.prepare(`SELECT s.name FROM speakers_fts f JOIN speakers s ON s.rowid = f.rowid
    WHERE speakers_fts MATCH ? ORDER BY s.quotes DESC LIMIT ?`);
  const topSpeakers = db.prepare('SELECT name FROM speakers ORDER BY quotes DESC LIMIT ?');

  return {
    /** Quotes of an article, a speaker (case-insensitive, any part of the name), or both; newest first. */
    find(options: { articleId?: string | null; speaker?: string | null; limit: number }): StoredQuote[] {
      const pattern = options.speaker ? `%${escapeLike(options.speaker.trim())}%` : null;
      let rows: unknown[];
      if (options.articleId && pattern) rows = byBoth.all(options.articleId, pattern, options.limit);
      else if (options.articleId) rows = byArticle.all(options.articleId, options.limit);
      else if (pattern) rows = bySpeaker.all(pattern, options.limit);
      else rows = [];
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

export type QuoteStore = ReturnType<typeof createQuoteStore>;
