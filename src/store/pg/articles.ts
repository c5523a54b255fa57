// The article store on PostgreSQL: the same behaviour as ../articles.ts. Search matches the generated
// `search` tsvector (GIN) with websearch_to_tsquery, ranks (ts_rank) only the newest RANKED_MATCHES
// matches as SQLite does, and takes ts_headline snippets for the rows of the page only.
import type { Quote } from '../../core/types.js';
import {
  articleParams,
  HEADER_COLUMNS,
  RANKED_MATCHES,
  RECENT_MATCHES,
  toHeader,
  toStoredArticle,
  type ArticleRow,
  type HeaderRow,
} from '../articles.js';
import {
  cjkHeadlineRuns,
  CJK_HEADLINE_CANDIDATES,
  countQueryTerms,
  MAX_QUERY_TERMS,
  withHeadlineRuns,
} from '../fts-query.js';
import type { ArticleStore } from '../store.js';
import { CJK_SNIPPET_TOKENS, HIGHLIGHT_END, HIGHLIGHT_START, type StoredArticle } from '../types.js';
import { spacedSnippet } from '../spaced-snippet.js';
import type { PgConnection } from './bridge.js';
import { prefixQueryText, websearchText } from './tsquery.js';

/** The stored columns, without the generated tsvectors (large, and never read back). */
const ARTICLE_COLUMNS = `id, title, standfirst, text, url, source, author, published, ingested_at, tags, file_path,
  sentences, summary, headline_summary, keywords, entities, signature, story_key`;
/** Keyword document frequencies are counted over at most this many of the newest articles. */
const FREQUENCY_SAMPLE = 20_000;
const MATCHES = `search @@ websearch_to_tsquery('herald_search', $1)`;
/**
 * ts_headline's options for a snippet of about 24 words, as SQLite's snippet(…, 24); an ellipsis
 * marks text left out before or after it, as SQLite's does.
 */
const HEADLINE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}", MaxWords=24, MinWords=12, ShortWord=0`;
/** The same for an article in Chinese, Japanese or Korean, snipped from its spaced column, as SQLite's. */
const SPACED_HEADLINE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}", MaxWords=${CJK_SNIPPET_TOKENS}, MinWords=${CJK_SNIPPET_TOKENS / 2}, ShortWord=0`;
const SNIPPET = `CASE WHEN starts_with(b.body, h.plain) THEN '' ELSE '…' END || h.s ||
  CASE WHEN right(b.body, length(h.plain)) = h.plain THEN '' ELSE '…' END`;

const UPSERT = `INSERT INTO articles (id, title, standfirst, text, url, source, author, published, ingested_at, tags,
    file_path, sentences, summary, headline_summary, keywords, entities, signature, story_key, spaced)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, standfirst = excluded.standfirst, text = excluded.text,
    url = excluded.url, source = excluded.source, author = excluded.author, published = excluded.published,
    tags = excluded.tags, file_path = excluded.file_path, sentences = excluded.sentences,
    summary = excluded.summary, headline_summary = excluded.headline_summary, keywords = excluded.keywords,
    entities = excluded.entities, signature = excluded.signature, story_key = excluded.story_key,
    spaced = excluded.spaced`;

/** An article's values for UPSERT, in its column order (`spaced` last, as migration 3 added it). */
export function upsertValues(a: StoredArticle): unknown[] {
  const p = articleParams(a);
  return [
    p.id,
    p.title,
    p.standfirst,
    p.text,
    p.url,
    p.source,
    p.author,
    p.published,
    p.ingestedAt,
    p.tags,
    p.filePath,
    p.sentences,
    p.summary,
    p.headlineSummary,
    p.keywords,
    p.entities,
    p.signature,
    p.storyKey,
    p.spaced,
  ];
}

/** Placeholders for `rows` rows of `width` values: ($1, $2), ($3, $4) … */
export function valueRows(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
  ).join(', ');
}

export function createPgArticleStore(pg: PgConnection): ArticleStore {
  const readArticle = (row: ArticleRow): StoredArticle =>
    toStoredArticle(row, pg.all('SELECT * FROM quotes WHERE article_id = $1 ORDER BY position', [row.id]));

  // Speaker counts change once per name (any case) and article, as on SQLite.
  function writeQuotes(id: string, quotes: Quote[], published: number | null = null): void {
    const dropped = pg.all<{ k: string; n: number }>(
      `SELECT lower(speaker) AS k, count(*) AS n FROM quotes WHERE article_id = $1 AND speaker IS NOT NULL
       GROUP BY lower(speaker)`,
      [id],
    );
    if (dropped.length > 0) {
      const keys = dropped.map((d) => d.k);
      pg.run(
        `UPDATE speakers s SET quotes = s.quotes - d.n FROM unnest($1::text[], $2::int[]) AS d (k, n)
         WHERE lower(s.name) = d.k`,
        [keys, dropped.map((d) => d.n)],
      );
      pg.run('DELETE FROM speakers WHERE lower(name) = ANY($1::text[]) AND quotes <= 0', [keys]);
    }
    pg.run('DELETE FROM quotes WHERE article_id = $1', [id]);
    if (quotes.length === 0) return;
    const values = quotes.flatMap((q, i) => [
      id,
      i,
      q.text,
      q.start,
      q.end,
      q.partial ? 1 : 0,
      q.speaker?.mention ?? null,
      q.speaker?.name ?? null,
      q.speaker?.role ?? null,
      published,
    ]);
    pg.run(
      `INSERT INTO quotes (article_id, position, text, start, "end", partial, mention, speaker, role, published)
       VALUES ${valueRows(quotes.length, 10)}`,
      values,
    );
    const added = new Map<string, { name: string; n: number }>();
    for (const q of quotes) {
      const name = q.speaker?.name;
      if (!name) continue;
      const seen = added.get(name.toLowerCase());
      if (seen) seen.n += 1;
      else added.set(name.toLowerCase(), { name, n: 1 });
    }
    if (added.size === 0) return;
    const bumps = [...added.values()];
    pg.run(
      `INSERT INTO speakers (name, quotes) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT ((lower(name))) DO UPDATE SET quotes = speakers.quotes + excluded.quotes`,
      [bumps.map((b) => b.name), bumps.map((b) => b.n)],
    );
  }

  function saveOne(a: StoredArticle): void {
    pg.run(UPSERT, upsertValues(a));
    writeQuotes(a.id, a.quotes, a.published);
  }

  // News time is the publication time, or first stored when undated; each half walks its own index.
  const byNewsTime = (topicFilter: string) => `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE rowid IN (
      (SELECT rowid FROM articles WHERE published > $1 AND published <= $2 ${topicFilter}
        ORDER BY published DESC LIMIT $3)
      UNION ALL
      (SELECT rowid FROM articles WHERE published IS NULL AND ingested_at > $1 AND ingested_at <= $2 ${topicFilter}
        ORDER BY ingested_at DESC LIMIT $3))
    ORDER BY coalesce(published, ingested_at) DESC, ingested_at DESC, id COLLATE "C" LIMIT $3`;

  return {
    upsert(articles: StoredArticle[]): void {
      pg.transaction(() => articles.forEach(saveOne));
    },
    get(id: string): StoredArticle | null {
      const row = pg.get<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      return row ? readArticle(row) : null;
    },
    delete(ids: string[]): void {
      pg.transaction(() => {
        for (const id of ids) {
          writeQuotes(id, []);
          pg.run('DELETE FROM articles WHERE id = $1', [id]);
        }
      });
    },
    latest(options: { topic?: string | null; limit: number }) {
      if (!options.topic) {
        return pg
          .all<HeaderRow>(
            `SELECT ${HEADER_COLUMNS} FROM articles a ORDER BY a.published DESC NULLS LAST, a.rowid DESC LIMIT $1`,
            [options.limit],
          )
          .map(toHeader);
      }
      const query = websearchText(options.topic);
      if (!query) return [];
      return pg
        .all<HeaderRow>(
          `SELECT ${HEADER_COLUMNS} FROM
             (SELECT rowid FROM articles WHERE ${MATCHES} ORDER BY rowid DESC LIMIT ${RECENT_MATCHES}) f
           JOIN articles a ON a.rowid = f.rowid ORDER BY a.published DESC NULLS LAST, a.rowid DESC LIMIT $2`,
          [query, options.limit],
        )
        .map(toHeader);
    },
    search(userText: string, options: { limit: number; offset: number }) {
      const query = websearchText(userText);
      const ignoredTerms = Math.max(0, countQueryTerms(userText) - MAX_QUERY_TERMS);
      if (!query) return { total: 0, capped: false, ignoredTerms, hits: [] };
      // One pass finds the newest matches, counts them, and ranks and snippets the page; a page past
      // the last one has no rows to carry the count, so only then is it asked for on its own. Each of
      // the newest matches is ranked from its own row, looked up by key: joined as a set, the planner
      // read the whole table (a hash join over a sequential scan) to rank a thousand rows of a small
      // archive (EXPLAIN ANALYZE of "government" on 5,000 articles: 28 of its 83 ms).
      const rows = pg.all<HeaderRow & { snippet: string; spaced_snippet: boolean; total: number }>(
        `WITH q AS (SELECT websearch_to_tsquery('herald_search', $1) AS q),
           newest AS MATERIALIZED (SELECT rowid FROM articles WHERE ${MATCHES} ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}),
           page AS (SELECT n.rowid, (SELECT ts_rank(r.search, q.q) FROM articles r WHERE r.rowid = n.rowid) AS rank
             FROM newest n, q ORDER BY rank DESC, n.rowid DESC LIMIT $2 OFFSET $3)
         SELECT ${HEADER_COLUMNS}, ${SNIPPET} AS snippet, a.spaced IS NOT NULL AS spaced_snippet,
           (SELECT count(*) FROM newest) AS total
         FROM page JOIN articles a USING (rowid), q,
           LATERAL (SELECT coalesce(a.spaced, a.text) AS body) b,
           LATERAL (SELECT s, translate(s, '${HIGHLIGHT_START}${HIGHLIGHT_END}', '') AS plain
             FROM ts_headline('herald_search', b.body, q.q,
               CASE WHEN a.spaced IS NULL THEN $4 ELSE $5 END) AS s) h
         ORDER BY page.rank DESC, page.rowid DESC`,
        [query, options.limit, options.offset, HEADLINE_OPTIONS, SPACED_HEADLINE_OPTIONS],
      );
      const total =
        rows[0]?.total ??
        (options.offset === 0
          ? 0
          : (pg.get<{ n: number }>(
              `SELECT count(*) AS n FROM (SELECT 1 FROM articles WHERE ${MATCHES} ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}) m`,
              [query],
            )?.n ?? 0));
      const hits = rows.map(({ total: _total, ...r }) => ({
        ...toHeader(r),
        snippet: r.spaced_snippet ? spacedSnippet(r.snippet, r.title, userText) : r.snippet,
      }));
      return { total, capped: total >= RANKED_MATCHES, ignoredTerms, hits };
    },
    headlines(typed: string, limit: number) {
      const query = prefixQueryText(typed);
      if (!query) {
        return pg.all<{ id: string; title: string }>(
          'SELECT id, title FROM articles ORDER BY published DESC NULLS LAST, rowid DESC LIMIT $1',
          [limit],
        );
      }
      const runs = cjkHeadlineRuns(typed);
      if (runs !== null) {
        const found = pg.all<{ id: string; title: string }>(
          `SELECT id, title FROM articles WHERE ${MATCHES} ORDER BY rowid DESC LIMIT $2`,
          [websearchText(typed), CJK_HEADLINE_CANDIDATES],
        );
        return withHeadlineRuns(found, runs, limit);
      }
      return pg.all<{ id: string; title: string }>(
        `SELECT id, title FROM articles WHERE headline_words @@ to_tsquery('herald_words', $1)
         ORDER BY rowid DESC LIMIT $2`,
        [query, limit],
      );
    },
    count(): number {
      return pg.get<{ n: number }>('SELECT count(*) AS n FROM articles')?.n ?? 0;
    },
    documentFrequencies(minArticles: number) {
      // ts_stat reads the search column's words (stemmed and unaccented, as SQLite's porter tokenizer
      // spells them) with the number of articles each appears in. Its query is a constant. It reads every
      // row it is given, with no index to help, so it is given the newest FREQUENCY_SAMPLE articles: over
      // a whole archive of hundreds of thousands it outlasts the bridge's wait.
      const rows = pg.all<{ word: string; ndoc: number }>(
        `SELECT word, ndoc FROM ts_stat('SELECT search FROM articles ORDER BY rowid DESC LIMIT ${FREQUENCY_SAMPLE}')
         WHERE ndoc >= $1`,
        [minArticles],
      );
      const all = pg.get<{ n: number }>('SELECT count(*) AS n FROM articles')?.n ?? 0;
      return {
        documents: Math.min(all, FREQUENCY_SAMPLE),
        counts: new Map(rows.map((r) => [r.word, r.ndoc])),
      };
    },
    newest() {
      const row = pg.get<HeaderRow>(
        `SELECT ${HEADER_COLUMNS} FROM articles a ORDER BY a.published DESC NULLS LAST, a.rowid DESC LIMIT 1`,
      );
      return row ? toHeader(row) : null;
    },
    ingestedBetween(since: number, until: number, limit: number): StoredArticle[] {
      return pg
        .all<ArticleRow>(
          `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE ingested_at > $1 AND ingested_at <= $2
           ORDER BY ingested_at DESC, rowid DESC LIMIT $3`,
          [since, until, limit],
        )
        .map(readArticle);
    },
    publishedBetween(since, until, limit, options = {}): StoredArticle[] {
      if (!options.topic) return pg.all<ArticleRow>(byNewsTime(''), [since, until, limit]).map(readArticle);
      const query = websearchText(options.topic);
      if (!query) return [];
      return pg
        .all<ArticleRow>(byNewsTime(`AND search @@ websearch_to_tsquery('herald_search', $4)`), [
          since,
          until,
          limit,
          query,
        ])
        .map(readArticle);
    },
  };
}
