// Stored articles → the post renderer's view: the digest's summary rule (one sentence, two when short),
// the strongest quote, the image a feed item gave.
import type { PostView } from '../discord/render-post.js';
import { toDigestArticles } from '../digests/candidates.js';
import type { Store, StoredArticle } from '../store/index.js';

export function toPostView(
  store: Store,
  article: StoredArticle,
  others: readonly StoredArticle[] = [],
): PostView {
  const [digestArticle] = toDigestArticles([article]);
  return {
    title: article.title,
    url: article.url,
    source: article.source,
    published: article.published,
    summary: digestArticle?.summary ?? [],
    quote: digestArticle?.quote ?? null,
    imageUrl: store.feeds.imageUrl(article.id),
    others: others.map((o) => ({ source: o.source ?? o.title, url: o.url })),
  };
}
