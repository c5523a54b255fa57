// Store records → the renderer's view models.
import { strongestQuote } from '../core/analyze.js';
import { summaryOf } from './stored-article.js';
import type { QuoteView, ArticleView } from './views.js';
import { UserError } from '../discord/command.js';
import type { Store, StoredArticle, StoredQuote } from '../store/index.js';

export function toArticleView(article: StoredArticle, sentences: number): ArticleView {
  const quote = strongestQuote(article.quotes);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    source: article.source,
    published: article.published,
    summary: summaryOf(article, sentences),
    quote: quote
      ? {
          text: quote.text,
          speaker: quote.speaker?.name ?? null,
          role: quote.speaker?.role ?? null,
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

/** The article an `article` option names: an id picked from autocomplete, or a typed headline. */
export function findArticle(store: Store, typed: string): StoredArticle {
  const value = typed.trim();
  const byId = store.articles.get(value);
  if (byId) return byId;
  const [best] = store.articles.headlines(value, 1);
  const found = best ? store.articles.get(best.id) : null;
  if (!found) throw new UserError(`No stored article matches “${value.slice(0, 80)}”. Pick one from the list as you type.`);
  return found;
}

/** Autocomplete over headlines: the value is the article id. */
export function headlineChoices(store: Store, typed: string): Array<{ name: string; value: string }> {
  return store.articles.headlines(typed, 25).map((h) => ({ name: h.title, value: h.id }));
}
