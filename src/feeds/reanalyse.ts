// A feed's stored articles analysed again after an update of Herald's analysis (READER_VERSION), as files
// are read again. An item's text is not fetched again (it may have come from the linked page, and the
// item may have left the feed long ago): the stored text is analysed anew, with the feed's language as the
// hint it had at first. Articles a file holds are the loader's to read again.
import type { ParsedArticle } from '../core/article/index.js';
import { toStoredArticle } from '../ingest/to-stored.js';
import type { Store } from '../store/index.js';
import type { StoredArticle } from '../store/types.js';

/** Articles analysed between two writes: one transaction each, so other writers get their turn. */
const BATCH = 100;

/** The stored article as the parsed article it was made from. */
function asParsed(article: StoredArticle): ParsedArticle {
  const paragraphs = article.text.split('\n\n');
  return {
    id: article.id,
    title: article.title,
    standfirst: article.standfirst,
    paragraphs: article.standfirst === null ? paragraphs : paragraphs.slice(1),
    text: article.text,
    url: article.url,
    source: article.source,
    published: article.published === null ? null : new Date(article.published).toISOString(),
    author: article.author,
    tags: article.tags,
    language: null,
  };
}

/**
 * Analyses again every article the feed's items hold, except those in `skip` (just analysed) and those a
 * file holds. Each keeps its dates. Returns how many were analysed.
 */
export async function reanalyseFeedArticles(
  store: Store,
  feedId: number,
  options: { languageHint: string | null; skip: ReadonlySet<string> },
): Promise<number> {
  const ids = new Set([...store.feeds.items(feedId).values()].map((item) => item.articleId));
  let done = 0;
  let batch: Array<{ article: StoredArticle; text: string }> = [];
  const write = () => {
    const pending = batch;
    batch = [];
    store.transaction(() => {
      // An article rewritten meanwhile (another feed's poll) keeps what that write gave it.
      const articles = pending
        .filter(({ article, text }) => store.articles.get(article.id)?.text === text)
        .map(({ article }) => article);
      if (articles.length > 0) store.articles.upsert(articles);
    });
  };
  for (const id of ids) {
    if (options.skip.has(id)) continue;
    const before = store.articles.get(id);
    if (before === null || before.filePath !== null) continue;
    const again = toStoredArticle(asParsed(before), {
      ingestedAt: before.ingestedAt,
      fallbackPublished: before.published,
      filePath: null,
      languageHint: options.languageHint,
    });
    batch.push({ article: { ...again, published: before.published }, text: before.text });
    done += 1;
    if (batch.length >= BATCH) write();
    // The event loop's turn between articles: other feeds' responses arrive meanwhile.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (batch.length > 0) write();
  return done;
}
