// Terminal renderings of store results: readable text by default, JSON lines with --json.
import { summarizeArticle } from '../operations/articles.js';
import { findLatest } from '../operations/latest.js';
import { searchArticles } from '../operations/search.js';
import { saidByTitle } from '../operations/stored-article.js';
import { counted, problemText } from './words.js';
import { intFlag, textFlag, UsageError, type ParsedArgs } from './args.js';
import type { Store } from '../store/index.js';
import { countQueryTerms, MAX_QUERY_TERMS } from '../store/fts-query.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleHeader, type StoredArticle } from '../store/types.js';

export interface Out {
  line(text: string): void;
  err(text: string): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time (TZ is respected) with its offset from UTC: `2026-11-20 13:30 +05:30`. */
export function localTime(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())} ${zone}`;
}

const when = (ms: number | null) => (ms === null ? 'undated' : localTime(ms));
const byline = (a: Pick<ArticleHeader, 'source' | 'published'>) =>
  [a.source, when(a.published)].filter(Boolean).join(' · ');

/** A query or topic the store would only search in part is refused, with what to do about it. */
function checkTerms(text: string, what: string): void {
  const terms = countQueryTerms(text);
  if (terms > MAX_QUERY_TERMS) {
    throw new UsageError(
      `the ${what} has ${counted(terms, 'word')}; at most ${MAX_QUERY_TERMS} are searched, so leave some out`,
    );
  }
}

export function showLatest(store: Store, args: ParsedArgs, out: Out): void {
  const limit = intFlag(args, 'limit', 5, 1, 100);
  const topic = textFlag(args, 'topic')?.trim() || null;
  if (topic) checkTerms(topic, 'topic');
  // As /latest does: newest by publication (undated: first stored), one line per story.
  const found = findLatest(store, { topic, count: limit, now: Date.now() });
  if (!found.ok) {
    if (!args.flags.has('json')) out.line(problemText(found.error));
    return;
  }
  const items = found.value.map(({ article: a, others }) => {
    const header: ArticleHeader = {
      id: a.id,
      title: a.title,
      url: a.url,
      source: a.source,
      published: a.published,
      ingestedAt: a.ingestedAt,
      headlineSummary: a.headlineSummary,
      keywords: a.keywords,
    };
    return { ...header, others: others.map(({ id, title, url, source }) => ({ id, title, url, source })) };
  });
  if (args.flags.has('json')) return items.forEach((a) => out.line(JSON.stringify(a)));
  for (const a of items) {
    const also =
      a.others.length > 0 ? `\n    also: ${a.others.map((o) => o.source ?? o.title).join(', ')}` : '';
    // A headline-only item's line would repeat its headline.
    const line = saidByTitle(a.title, a.headlineSummary) ? '' : `\n    ${a.headlineSummary}`;
    out.line(`${a.id}  ${a.title}\n    ${byline(a)}${line}${also}\n`);
  }
}

/**
 * A snippet without the store's highlight marks, and where the highlighted words are: [start, end)
 * offsets counted in Unicode characters (code points) of the plain snippet.
 */
export function plainSnippet(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let snippet = '';
  let length = 0;
  let start = -1;
  const highlights: Array<[number, number]> = [];
  for (const char of marked) {
    if (char === HIGHLIGHT_START) start = length;
    else if (char === HIGHLIGHT_END) {
      if (start >= 0 && length > start) highlights.push([start, length]);
      start = -1;
    } else {
      snippet += char;
      length++;
    }
  }
  return { snippet, highlights };
}

export function showSearch(store: Store, args: ParsedArgs, out: Out): void {
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  checkTerms(query, 'query');
  const page = intFlag(args, 'page', 1, 1, 10_000);
  const found = searchArticles(store, query, page);
  if (!found.ok) throw new UsageError(problemText(found.error));
  const result = found.value;
  const { pages } = result;
  const plus = result.capped ? '+' : '';
  if (args.flags.has('json')) {
    const hits = result.hits.map((hit) => ({ ...hit, ...plainSnippet(hit.snippet) }));
    return out.line(JSON.stringify({ total: result.total, capped: result.capped, page, pages, hits }));
  }
  if (result.total === 0) return out.line(`No articles match ${JSON.stringify(query)}.`);
  const matches = `${result.total}${plus} ${result.total === 1 ? 'article matches' : 'articles match'}`;
  out.line(`${matches} ${JSON.stringify(query)} · page ${page} of ${pages}${plus}:\n`);
  // One line per snippet, as Discord shows it: a snippet that runs across paragraphs would otherwise
  // break the hit's indented block (and a blank line would look like the next hit).
  const line = (s: string) =>
    s.split(HIGHLIGHT_START).join('*').split(HIGHLIGHT_END).join('*').replace(/\s+/g, ' ').trim();
  for (const hit of result.hits)
    out.line(`${hit.id}  ${hit.title}\n    ${byline(hit)}\n    ${line(hit.snippet)}\n`);
}

export function showArticle(article: StoredArticle, args: ParsedArgs, out: Out): void {
  if (args.flags.has('json')) return out.line(JSON.stringify(article));
  out.line(
    `${article.title}\n${[byline(article), article.author, article.url].filter(Boolean).join('\n')}\n`,
  );
  out.line(article.text);
}

export function showSummary(articles: StoredArticle[], args: ParsedArgs, out: Out): void {
  const count = args.flags.has('sentences') ? intFlag(args, 'sentences', 3, 1, 10) : null;
  for (const article of articles) {
    const { summary, quote } = summarizeArticle(article, count);
    if (args.flags.has('json')) {
      out.line(
        JSON.stringify({ id: article.id, title: article.title, summary, quote, keywords: article.keywords }),
      );
      continue;
    }
    out.line(`${article.title}\n${byline(article)}\n`);
    for (const sentence of summary) out.line(`- ${sentence}`);
    if (quote) out.line(`\n“${quote.text}” — ${quote.speaker?.name ?? 'unattributed'}`);
    if (article.keywords.length > 0) out.line(`\nKeywords: ${article.keywords.join(', ')}`);
    if (articles.length > 1) out.line('');
  }
}

export function showQuotes(articles: StoredArticle[], args: ParsedArgs, out: Out): void {
  for (const article of articles) {
    if (args.flags.has('json')) {
      out.line(JSON.stringify({ id: article.id, title: article.title, quotes: article.quotes }));
      continue;
    }
    out.line(`${article.title}\n`);
    if (article.quotes.length === 0) out.line('No quotes found.');
    for (const q of article.quotes) {
      const who = q.speaker?.name
        ? `${q.speaker.name}${q.speaker.role ? ` (${q.speaker.role})` : ''}`
        : 'unattributed';
      out.line(`“${q.text}”\n    — ${who}${q.partial ? ' [partial]' : ''}`);
    }
  }
}
