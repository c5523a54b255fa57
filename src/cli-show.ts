// Terminal renderings of store results: readable text by default, JSON lines with --json.
import { strongestQuote } from './core/analyze.js';
import { summaryOf } from './stored-summary.js';
import { intFlag, textFlag, UsageError, type ParsedArgs } from './cli-args.js';
import type { Store } from './store/index.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleHeader, type StoredArticle } from './store/types.js';

export interface Out {
  line(text: string): void;
  err(text: string): void;
}

const when = (ms: number | null) => (ms === null ? 'undated' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));
const byline = (a: Pick<ArticleHeader, 'source' | 'published'>) => [a.source, when(a.published)].filter(Boolean).join(' · ');

export function showLatest(store: Store, args: ParsedArgs, out: Out): void {
  const limit = intFlag(args, 'limit', 5, 1, 100);
  const items = store.articles.latest({ topic: textFlag(args, 'topic'), limit });
  if (args.flags.has('json')) return items.forEach((a) => out.line(JSON.stringify(a)));
  if (items.length === 0) out.line('No articles stored yet.');
  for (const a of items) out.line(`${a.id}  ${a.title}\n    ${byline(a)}\n    ${a.headlineSummary}\n`);
}

export function showSearch(store: Store, args: ParsedArgs, out: Out): void {
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const page = intFlag(args, 'page', 1, 1, 10_000);
  const perPage = 10;
  const result = store.articles.search(query, { limit: perPage, offset: (page - 1) * perPage });
  if (args.flags.has('json')) return out.line(JSON.stringify(result));
  if (result.total === 0) return out.line(`No articles match ${JSON.stringify(query)}.`);
  out.line(`${result.total} articles match ${JSON.stringify(query)} (page ${page}):\n`);
  const bold = (s: string) => s.split(HIGHLIGHT_START).join('*').split(HIGHLIGHT_END).join('*');
  for (const hit of result.hits) out.line(`${hit.id}  ${hit.title}\n    ${byline(hit)}\n    ${bold(hit.snippet)}\n`);
}

export function showArticle(article: StoredArticle, args: ParsedArgs, out: Out): void {
  if (args.flags.has('json')) return out.line(JSON.stringify(article));
  out.line(`${article.title}\n${[byline(article), article.author, article.url].filter(Boolean).join('\n')}\n`);
  out.line(article.text);
}

export function showSummary(articles: StoredArticle[], args: ParsedArgs, out: Out): void {
  const count = intFlag(args, 'sentences', 3, 1, 10);
  for (const article of articles) {
    const summary = summaryOf(article, count);
    const quote = strongestQuote(article.quotes);
    if (args.flags.has('json')) {
      out.line(JSON.stringify({ id: article.id, title: article.title, summary, quote, keywords: article.keywords }));
      continue;
    }
    out.line(`${article.title}\n${byline(article)}\n`);
    for (const sentence of summary) out.line(`- ${sentence}`);
    if (quote) out.line(`\n“${quote.text}” — ${quote.speaker ? quote.speaker.name : 'unattributed'}`);
    if (article.keywords.length > 0) out.line(`\nKeywords: ${article.keywords.join(', ')}`);
    if (articles.length > 1) out.line('');
  }
}

export function showQuotes(articles: StoredArticle[], out: Out): void {
  for (const article of articles) {
    out.line(`${article.title}\n`);
    if (article.quotes.length === 0) out.line('No quotes found.');
    for (const q of article.quotes) {
      const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? ` (${q.speaker.role})` : ''}` : 'unattributed';
      out.line(`“${q.text}”\n    — ${who}${q.partial ? ' [partial]' : ''}`);
    }
  }
}
