import type Database from 'better-sqlite3';
import type { ArticleStore } from './store.js';
import { createArticleWriter } from './article-writes.js';
import { spacedSnippet } from './spaced-snippet.js';
import {
  buildMatchQuery,
  cjkHeadlineRuns,
  CJK_HEADLINE_CANDIDATES,
  countQueryTerms,
  MAX_QUERY_TERMS,
  withHeadlineRuns,
} from './fts-query.js';
import {
  CJK_SNIPPET_TOKENS,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type ArticleHeader,
  type SearchPage,
  type StoredArticle,
} from './types.js';

export { articleParams } from './article-writes.js';

export interface ArticleRow {
  id: string;
  title: string;
  standfirst: string | null;
  text: string;
  url: string | null;
  source: string | null;
  author: string | null;
  published: number | null;
  ingested_at: number;
  tags: string;
  file_path: string | null;
  sentences: string;
  summary: string;
  headline_summary: string;
  keywords: string;
  entities: string;
  signature: string;
  story_key: string | null;
}

export type HeaderRow = Pick<
  ArticleRow,
  'id' | 'title' | 'url' | 'source' | 'published' | 'ingested_at' | 'headline_summary' | 'keywords'
>;

export const RECENT_MATCHES = 200;
export const RANKED_MATCHES = 1000;

export const HEADER_COLUMNS =
  'a.id, a.title, a.url, a.source, a.published, a.ingested_at, a.headline_summary, a.keywords';

export function toHeader(row: HeaderRow): ArticleHeader {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: row.source,
    published: row.published,
    ingestedAt: row.ingested_at,
    headlineSummary: row.headline_summary,
    keywords: JSON.parse(row.keywords) as string[],
  };
}

/** An article from its row and its quote rows (ordered by position). */
export function toStoredArticle(row: ArticleRow, quoteRows: Array<Record<string, unknown>>): StoredArticle {
  const quotes = quoteRows.map((q) => ({
    text: q.text as string,
    start: q.start as number,
    end: q.end as number,
    partial: q.partial === 1,
    speaker:
      q.mention === null
        ? null
        : {
            mention: q.mention as string,
            start: 0,
            end: 0,
            name: (q.speaker as string | null) ?? null,
            role: (q.role as string | null) ?? null,
          },
  }));
  return {
    id: row.id,
    title: row.title,
    standfirst: row.standfirst,
    text: row.text,
    url: row.url,
    source: row.source,
    author: row.author,
    published: row.published,
    ingestedAt: row.ingested_at,
    tags: JSON.parse(row.tags) as string[],
    filePath: row.file_path,
    sentences: JSON.parse(row.sentences) as StoredArticle['sentences'],
    summary: JSON.parse(row.summary) as number[],
    headlineSummary: row.headline_summary,
    keywords: JSON.parse(row.keywords) as string[],
    entities: JSON.parse(row.entities) as StoredArticle['entities'],
    signature: JSON.parse(row.signature) as number[],
    storyKey: row.story_key,
    quotes,
  };
}

export function createArticleStore(db: Database.Database): ArticleStore {
  const writer = createArticleWriter(db);
  const quotesOf = db.prepare('SELECT * FROM quotes WHERE article_id = ? ORDER BY position');
  const byId = db.prepare('SELECT * FROM articles WHERE id = ?');
  const latestAll = db.prepare(`SELECT ${HEADER_COLUMNS} FROM articles a
    ORDER BY a.published DESC, a.rowid DESC LIMIT ?`);
  // With a topic, only the newest matches (by rowid, i.e. ingest order) are sorted by date, so the cost
  // stays flat as the archive grows.
  const latestTopic = db.prepare(`SELECT ${HEADER_COLUMNS} FROM
      (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${RECENT_MATCHES}) f
    JOIN articles a ON a.rowid = f.rowid ORDER BY a.published DESC, a.rowid DESC LIMIT ?`);
  // Search ranks (bm25) the newest RANKED_MATCHES matches: a news archive is searched for recent
  // stories, and ranking every match of a common word in 100,000 articles would not stay fast.
  // One query ranks, pages and takes each hit's snippet from the very row it ranked: FTS5 sorts by
  // `rank` itself, so snippet() runs only for the rows of the page. (A separate snippet query per
  // rowid is wrong: better-sqlite3 binds a JS number as REAL, and FTS5 ignores a rowid constraint
  // that is not an INTEGER, so `MATCH ? AND rowid = ?` answered with the first match's snippet.)
  const newestMatches = `SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}`;
  // An article in Chinese, Japanese or Korean is snipped from its spaced column, where each such
  // character is a word: a match found there is highlighted, and the snippet is a few dozen characters,
  // not two dozen runs of them (unspaceCjk gives back the text as written).
  const searchPage = db.prepare(`SELECT ${HEADER_COLUMNS}, a.spaced IS NOT NULL AS spaced_snippet,
      CASE WHEN a.spaced IS NULL
        THEN snippet(articles_fts, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24)
        ELSE snippet(articles_fts, 3, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', ${CJK_SNIPPET_TOKENS}) END AS snippet
    FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
    WHERE articles_fts MATCH @match AND f.rank MATCH 'bm25(8.0, 1.0, 4.0)'
      AND f.rowid >= coalesce((SELECT min(rowid) FROM (${newestMatches})), 0)
    ORDER BY f.rank LIMIT @limit OFFSET @offset`);
  const searchCount = db.prepare(`SELECT count(*) AS n FROM (${newestMatches})`);
  const headlines = db.prepare(`SELECT a.id, a.title FROM
      (SELECT rowid FROM headlines_fts WHERE headlines_fts MATCH ? ORDER BY rowid DESC LIMIT ?) h
    JOIN articles a ON a.rowid = h.rowid ORDER BY h.rowid DESC`);
  const recentHeadlines = db.prepare('SELECT id, title FROM articles ORDER BY published DESC LIMIT ?');
  const headlinesInText = db.prepare(`SELECT a.id, a.title FROM
      (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f
    JOIN articles a ON a.rowid = f.rowid ORDER BY f.rowid DESC`);
  const count = db.prepare('SELECT count(*) AS n FROM articles');
  const vocabulary = db.prepare('SELECT term, doc FROM articles_vocab WHERE doc >= ?').raw();
  const newest = db.prepare(`SELECT ${HEADER_COLUMNS} FROM articles a ORDER BY a.published DESC LIMIT 1`);
  const ingestedBetween = db.prepare(`SELECT * FROM articles WHERE ingested_at > ? AND ingested_at <= ?
    ORDER BY ingested_at DESC LIMIT ?`);
  // News time is the publication time, or first stored when undated. Each half walks its own index
  // newest first (the dated half the covering articles_by_published, probing a topic's matches as a
  // set), so a common topic word costs no sort of every match, and only 2 × limit rows are read.
  const byNewsTime = (topicFilter: string) => `SELECT * FROM articles WHERE rowid IN (
      SELECT rowid FROM (SELECT rowid FROM articles INDEXED BY articles_by_published
        WHERE published > @since AND published <= @until ${topicFilter} ORDER BY published DESC LIMIT @limit)
      UNION ALL
      SELECT rowid FROM (SELECT rowid FROM articles WHERE published IS NULL AND ingested_at > @since
        AND ingested_at <= @until ${topicFilter} ORDER BY ingested_at DESC LIMIT @limit))
    ORDER BY coalesce(published, ingested_at) DESC, ingested_at DESC, id LIMIT @limit`;
  const publishedBetween = db.prepare(byNewsTime(''));
  const publishedBetweenOnTopic = db.prepare(
    byNewsTime('AND rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)'),
  );

  function readArticle(row: ArticleRow): StoredArticle {
    return toStoredArticle(row, quotesOf.all(row.id) as Array<Record<string, unknown>>);
  }

  return {
    /** Inserts or replaces articles (with their quotes) in one transaction. */
    upsert: db.transaction((articles: StoredArticle[]) => writer.upsert(articles)),
    get(id: string): StoredArticle | null {
      const row = byId.get(id) as ArticleRow | undefined;
      return row ? readArticle(row) : null;
    },
    delete: db.transaction((ids: string[]) => writer.delete(ids)),
    latest(options: { topic?: string | null; limit: number }): ArticleHeader[] {
      const match = options.topic ? buildMatchQuery(options.topic) : null;
      if (options.topic && !match) return [];
      const rows = match ? latestTopic.all(match, options.limit) : latestAll.all(options.limit);
      return (rows as HeaderRow[]).map(toHeader);
    },
    search(query: string, options: { limit: number; offset: number }): SearchPage {
      const match = buildMatchQuery(query);
      const ignoredTerms = Math.max(0, countQueryTerms(query) - MAX_QUERY_TERMS);
      if (!match) return { total: 0, capped: false, ignoredTerms, hits: [] };
      const total = (searchCount.get({ match }) as { n: number }).n;
      const rows = searchPage.all({ match, limit: options.limit, offset: options.offset }) as Array<
        HeaderRow & { snippet: string; spaced_snippet: number }
      >;
      const hits = rows.map((r) => ({
        ...toHeader(r),
        snippet: r.spaced_snippet ? spacedSnippet(r.snippet, r.title, query) : r.snippet,
      }));
      return { total, capped: total >= RANKED_MATCHES, ignoredTerms, hits };
    },
    /** Headlines for autocomplete: the newest whose headline words start with what was typed. */
    headlines(typed: string, limit: number): Array<{ id: string; title: string }> {
      const words = buildMatchQuery(typed, { prefixLast: true });
      if (!words) return recentHeadlines.all(limit) as Array<{ id: string; title: string }>;
      const runs = cjkHeadlineRuns(typed);
      if (runs === null) return headlines.all(words, limit) as Array<{ id: string; title: string }>;
      const found = headlinesInText.all(buildMatchQuery(typed), CJK_HEADLINE_CANDIDATES);
      return withHeadlineRuns(found as Array<{ id: string; title: string }>, runs, limit);
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
    documentFrequencies(minArticles: number) {
      const counts = new Map<string, number>();
      for (const [term, doc] of vocabulary.iterate(minArticles) as Iterable<[string, number]>)
        counts.set(term, doc);
      return { documents: (count.get() as { n: number }).n, counts };
    },
    newest(): ArticleHeader | null {
      const row = newest.get() as HeaderRow | undefined;
      return row ? toHeader(row) : null;
    },
    /** Articles stored after `since` up to `until` (ingest time), newest first. */
    ingestedBetween(since: number, until: number, limit: number): StoredArticle[] {
      return (ingestedBetween.all(since, until, limit) as ArticleRow[]).map(readArticle);
    },
    /**
     * Articles whose news time (publication, or first stored when undated) is in (since, until], newest
     * first; with a topic, only those its words match. What digests and /latest select by.
     */
    publishedBetween(
      since: number,
      until: number,
      limit: number,
      options: { topic?: string | null } = {},
    ): StoredArticle[] {
      const range = { since, until, limit };
      if (!options.topic) return (publishedBetween.all(range) as ArticleRow[]).map(readArticle);
      const match = buildMatchQuery(options.topic);
      if (!match) return [];
      return (publishedBetweenOnTopic.all({ ...range, match }) as ArticleRow[]).map(readArticle);
    },
  };
}
