// The newest stories, for /latest and `herald latest`: newest by publication (undated: first stored), as
// digests go, one item per story with its other articles under it.
import { latestStories, type DigestArticle, type DigestSource } from '../core/digest.js';
import { ARTICLES_PER_STORY, toDigestArticles } from '../digests/candidates.js';
import { fail, ok, type Result } from '../result.js';
import type { Store, StoredArticle } from '../store/index.js';

export interface LatestStory {
  /** The story's lead as stored, and as the digest core saw it (with its short summary). */
  article: StoredArticle;
  lead: DigestArticle;
  others: DigestSource[];
}

export type LatestProblem = { code: 'no-articles' } | { code: 'no-topic-match'; topic: string };

export function findLatest(
  store: Store,
  options: { topic: string | null; count: number; now: number },
): Result<LatestStory[], LatestProblem> {
  const { topic, count, now } = options;
  // A file loaded today is not news for that reason alone, and an article dated in the future waits.
  const articles = store.articles.publishedBetween(Number.MIN_SAFE_INTEGER, now, count * ARTICLES_PER_STORY, {
    topic,
  });
  if (articles.length === 0) return fail(topic ? { code: 'no-topic-match', topic } : { code: 'no-articles' });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = latestStories(toDigestArticles(articles), { now, count }).flatMap(({ lead, others }) => {
    const article = byId.get(lead.id);
    return article ? [{ article, lead, others }] : [];
  });
  return ok(stories);
}
