// Stored articles → text: the one place that turns sentence spans into sentences and picks the strongest
// quote's shape. A leaf (core and store types only), so the digests' candidates use it too.
import { strongestQuote } from '../core/analyze.js';
import { toComparable } from '../core/article/index.js';
import { createSummarizer } from '../core/summary/index.js';
import type { StoredArticle } from '../store/types.js';

// This module's own summarizer (it remembers the last article it read).
const summarize = createSummarizer();

/** The sentences at these indices, in the order given; indices past the end are left out. */
export function sentenceTexts(
  article: Pick<StoredArticle, 'text' | 'sentences'>,
  indices: readonly number[],
): string[] {
  return indices
    .map((i) => article.sentences[i])
    .filter((s) => s !== undefined)
    .map(([s, e]) => article.text.slice(s, e));
}

/**
 * True when the headline already says all of `line` (a headline-only feed item's text, or a sentence of
 * it): shown under the headline, it would only repeat it. Case, punctuation and spacing do not matter.
 */
export function saidByTitle(title: string, line: string): boolean {
  const said = toComparable(line);
  // Whole words: "Yes." is not said by "Yesterday the harbour closed".
  return said === '' || ` ${toComparable(title)} `.includes(` ${said} `);
}

/**
 * A stored article's summary sentences: the stored default summary (three, or two when a third adds
 * little) when no count is asked, else exactly `count`, chosen anew.
 */
export function summaryOf(
  article: Pick<StoredArticle, 'text' | 'sentences' | 'summary' | 'title'>,
  count: number | null,
): string[] {
  const indices =
    count === null
      ? article.summary
      : summarize(article.text, article.sentences, { count, exact: true, title: article.title });
  return sentenceTexts(article, indices);
}

export interface QuoteText {
  text: string;
  speaker: string | null;
  role: string | null;
}

/** The article's strongest quote as text with its speaker's name and role, or null when it has none. */
export function strongestQuoteText(article: Pick<StoredArticle, 'quotes'>): QuoteText | null {
  const quote = strongestQuote(article.quotes);
  return quote
    ? { text: quote.text, speaker: quote.speaker?.name ?? null, role: quote.speaker?.role ?? null }
    : null;
}
