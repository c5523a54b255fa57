// Store records → the pure digest core's input, with same-story keys computed over the batch.
import { strongestQuote } from '../core/analyze.js';
import type { DigestArticle } from '../core/digest.js';
import { groupStories } from '../core/same-story.js';
import type { StoredArticle } from '../store/types.js';

const DIGEST_SUMMARY_SENTENCES = 2;

export function toDigestArticles(articles: StoredArticle[]): DigestArticle[] {
  const keys = groupStories(
    articles.map((a) => ({ signature: a.signature, title: a.title, entities: a.entities })),
  );
  return articles.map((a, i) => {
    const quote = strongestQuote(a.quotes);
    const summary = a.summary
      .slice(0, DIGEST_SUMMARY_SENTENCES)
      .map((index) => a.sentences[index])
      .filter((span) => span !== undefined)
      .map(([s, e]) => a.text.slice(s, e));
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
      quote: quote
        ? { text: quote.text, speaker: quote.speaker?.name ?? null, role: quote.speaker?.role ?? null }
        : null,
      storyKey: keys[i] ?? a.id,
    };
  });
}
