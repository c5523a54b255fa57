// Who said what: quotes from an article, by a speaker across the archive, or both.
import { fail, ok, type Result } from '../result.js';
import type { Store, StoredArticle, StoredQuote } from '../store/index.js';
import { CHOICES_MAX, findArticle, type ArticleProblem } from './articles.js';
import type { AutocompleteChoice } from './views.js';

/** Quotes shown at most for one question, in the bot and its renderer. */
export const QUOTES_LIMIT = 15;

export interface FoundQuotes {
  quotes: StoredQuote[];
  article: StoredArticle | null;
  speaker: string | null;
}

export type QuotesProblem =
  | ArticleProblem
  | { code: 'quotes-need-target' }
  | { code: 'no-quotes'; speaker: string | null; articleTitle: string | null };

export function findQuotes(
  store: Store,
  options: { article: string | null; speaker: string | null },
): Result<FoundQuotes, QuotesProblem> {
  const speaker = options.speaker?.trim() || null;
  if (!options.article && !speaker) return fail({ code: 'quotes-need-target' });
  let article: StoredArticle | null = null;
  if (options.article) {
    const found = findArticle(store, options.article);
    if (!found.ok) return found;
    article = found.value;
  }
  const quotes = store.quotes.find({ articleId: article?.id ?? null, speaker, limit: QUOTES_LIMIT });
  if (quotes.length === 0) return fail({ code: 'no-quotes', speaker, articleTitle: article?.title ?? null });
  return ok({ quotes, article, speaker });
}

export function speakerChoices(store: Store, typed: string): AutocompleteChoice[] {
  return store.quotes.speakers(typed, CHOICES_MAX).map((s) => ({ name: s, value: s }));
}
