// Store records → the pure digest core's input, with same-story keys computed over the batch.
import type { DigestArticle } from '../core/digest.js';
import { groupStories } from '../core/story/index.js';
import { saidByTitle, sentenceTexts, strongestQuoteText } from '../operations/stored-article.js';
import type { StoredArticle } from '../store/types.js';

/** Below this length the one-line summary gets a second sentence in a digest. */
const SHORT_SUMMARY_CHARS = 140;

/**
 * The one-line summary, and a second sentence from the longer summary when the first is short; none that
 * the headline already says (a headline-only item's text is its headline).
 */
function digestSummary(a: StoredArticle): string[] {
  const sentences = sentenceTexts(a, a.summary).filter((text) => !saidByTitle(a.title, text));
  const line = a.headlineSummary && !saidByTitle(a.title, a.headlineSummary) ? a.headlineSummary : '';
  const first = line || sentences[0];
  if (!first) return [];
  const second = sentences.find((text) => text !== first);
  return first.length < SHORT_SUMMARY_CHARS && second ? [first, second] : [first];
}

/** /latest reads this many articles per story asked for: room for copies and other outlets' write-ups to group under one. */
export const ARTICLES_PER_STORY = 4;

export function toDigestArticles(articles: StoredArticle[]): DigestArticle[] {
  // The same grouping as live posts, with what the cross-outlet rule reads: text and date.
  const keys = groupStories(
    articles.map((a) => ({
      signature: a.signature,
      title: a.title,
      entities: a.entities,
      text: a.text,
      published: a.published,
    })),
  );
  return articles.map((a, i) => {
    const summary = digestSummary(a);
    return {
      id: a.id,
      title: a.title,
      url: a.url,
      source: a.source,
      ingestedAt: a.ingestedAt,
      published: a.published,
      text: a.text,
      keywords: a.keywords,
      summary,
      quote: strongestQuoteText(a),
      storyKey: keys[i] ?? a.id,
    };
  });
}
