import { createSummarizer } from './core/summary/index.js';
import type { StoredArticle } from './store/types.js';

// This module's own summarizer (it remembers the last article it read).
const summarize = createSummarizer();

/** A stored article's summary sentences: the stored one for the default length, else chosen anew. */
export function summaryOf(article: StoredArticle, count: number): string[] {
  const indices =
    count === article.summary.length
      ? article.summary
      : summarize(article.text, article.sentences, { count, title: article.title });
  return indices
    .map((i) => article.sentences[i])
    .filter((s) => s !== undefined)
    .map(([s, e]) => article.text.slice(s, e));
}
