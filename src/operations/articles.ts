// Finding an article a user named, and turning stored articles and quotes into the views both edges show.
import type { Quote } from '../core/types.js';
import { fail, ok, type Result } from '../result.js';
import type { Store, StoredArticle, StoredQuote } from '../store/index.js';
import { strongestQuote } from '../core/analyze.js';
import { strongestQuoteText, summaryOf } from './stored-article.js';
import type { ArticleView, AutocompleteChoice, QuoteView } from './views.js';

/** Autocomplete lists hold at most this many choices (Discord's cap). */
export const CHOICES_MAX = 25;

export type ArticleProblem = { code: 'no-such-article'; typed: string };

/** The article an `article` option names: an id picked from autocomplete, or a typed headline. */
export function findArticle(store: Store, typed: string): Result<StoredArticle, ArticleProblem> {
  const value = typed.trim();
  const byId = store.articles.get(value);
  if (byId) return ok(byId);
  const [best] = store.articles.headlines(value, 1);
  const found = best ? store.articles.get(best.id) : null;
  return found ? ok(found) : fail({ code: 'no-such-article', typed: value });
}

/** Autocomplete over headlines: the value is the article id. */
export function headlineChoices(store: Store, typed: string): AutocompleteChoice[] {
  return store.articles.headlines(typed, CHOICES_MAX).map((h) => ({ name: h.title, value: h.id }));
}

/** What /summary and `herald summary` show: the summary sentences, the strongest quote, the keywords. */
export interface ArticleSummary {
  article: StoredArticle;
  summary: string[];
  quote: Quote | null;
}

/** `sentences`: exactly that many; null: the stored default summary. */
export function summarizeArticle(article: StoredArticle, sentences: number | null): ArticleSummary {
  return { article, summary: summaryOf(article, sentences), quote: strongestQuote(article.quotes) };
}

export function toArticleView(article: StoredArticle, sentences: number | null): ArticleView {
  const quote = strongestQuoteText(article);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    source: article.source,
    published: article.published,
    summary: summaryOf(article, sentences),
    quote: quote
      ? {
          ...quote,
          articleId: article.id,
          articleTitle: article.title,
          url: article.url,
          published: article.published,
        }
      : null,
    keywords: article.keywords,
  };
}

export function toQuoteView(q: StoredQuote): QuoteView {
  return {
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    articleId: q.articleId,
    articleTitle: q.articleTitle,
    url: q.url,
    published: q.published,
  };
}
