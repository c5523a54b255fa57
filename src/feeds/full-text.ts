// Full text for teaser feeds: when an item carries only a teaser (under TEASER_WORDS words) and the feed's
// full_text is `auto` (or `on`: always), the linked page is fetched through the same guarded fetcher and
// read with Readability. Politely: only new items, at most MAX_PAGES_PER_POLL a poll, one page at a time
// (a feed's pages are on one host), a cache by URL. When it fails, the feed's own text stays. A page read
// this way also gives its share image (og:image) for an item that carries none of its own.
import { parseHtmlArticle } from '../ingest/html.js';
import type { FullTextMode } from '../store/feeds.js';
import { decodeFeedBytes } from './decode.js';
import type { FetchFn } from './fetcher.js';
import { bodyParagraphs } from './items.js';
import type { FeedEntry } from './parse.js';

export const TEASER_WORDS = 120;
export const MAX_PAGES_PER_POLL = 20;
const CACHE_SIZE = 500;

const wordCount = (entry: FeedEntry) =>
  entry.body === null ? 0 : bodyParagraphs(entry.body).join(' ').split(/\s+/).filter(Boolean).length;

export function wantsFullText(mode: FullTextMode, entry: FeedEntry): boolean {
  if (mode === 'off' || entry.link === null) return false;
  return mode === 'on' || wordCount(entry) < TEASER_WORDS;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a linked page adds to its item: a longer text, and the page's share image. */
export interface LinkedPage {
  /** The page's main text as an HTML body of paragraphs, when it says more than the item. */
  body: string | null;
  /** An absolute http(s) URL, or null. */
  imageUrl: string | null;
}

/** The page's image URL made absolute against the page's address; only http(s) is kept. */
export function pageImageUrl(raw: string | null, pageUrl: string): string | null {
  if (raw === null) return null;
  try {
    const url = new URL(raw, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function createFullTextReader(fetch: FetchFn) {
  const cache = new Map<string, LinkedPage>();

  /**
   * The page's main text and image (either null when it cannot be had); `unreachable` when the site did
   * not answer at all (then the other pages of this poll are not tried).
   */
  async function read(url: string): Promise<{ page: LinkedPage; unreachable: boolean }> {
    const cached = cache.get(url);
    if (cached) return { page: cached, unreachable: false };
    const page: LinkedPage = { body: null, imageUrl: null };
    let unreachable = false;
    try {
      const answer = await fetch({ url });
      if (answer.ok && 'body' in answer) {
        const parsed = parseHtmlArticle(url, decodeFeedBytes(answer.body, answer.headers.contentType));
        const [article] = parsed.articles;
        if (article)
          page.body = article.text
            .split('\n\n')
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join('');
        page.imageUrl = pageImageUrl(parsed.image, answer.url);
      } else if (!answer.ok)
        unreachable = ['network', 'timeout', 'refused-address'].includes(answer.problem.code);
    } catch {
      unreachable = true;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(url, page);
    return { page, unreachable };
  }

  return {
    /** What the linked pages of the new teaser entries add (longer text, image), by entry index. */
    async forNewEntries(
      mode: FullTextMode,
      entries: readonly FeedEntry[],
      isNew: (index: number) => boolean,
    ): Promise<Map<number, LinkedPage>> {
      const out = new Map<number, LinkedPage>();
      let pages = 0;
      for (let i = 0; i < entries.length && pages < MAX_PAGES_PER_POLL; i++) {
        const entry = entries[i] as FeedEntry;
        if (!isNew(i) || !wantsFullText(mode, entry)) continue;
        pages += 1;
        const { page, unreachable } = await read(entry.link as string);
        if (unreachable) break;
        // Only a page that says more than the teaser replaces it.
        const body = page.body !== null && page.body.length > (entry.body?.length ?? 0) ? page.body : null;
        if (body !== null || page.imageUrl !== null) out.set(i, { body, imageUrl: page.imageUrl });
      }
      return out;
    },
  };
}
