// Full text for teaser feeds: when an item carries only a teaser (under TEASER_WORDS words) and the feed's
// full_text is `auto` (or `on`: always), the linked page is fetched through the same guarded fetcher and
// read with Readability. Politely: only new items, at most MAX_PAGES_PER_POLL a poll, one page at a time
// (a feed's pages are on one host), a cache by URL. When it fails, the feed's own text stays.
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

export function createFullTextReader(fetch: FetchFn) {
  const cache = new Map<string, string | null>();

  /**
   * The page's main text as an HTML body of paragraphs, or null when it cannot be had; `unreachable` when
   * the site did not answer at all (then the other pages of this poll are not tried).
   */
  async function read(url: string): Promise<{ body: string | null; unreachable: boolean }> {
    if (cache.has(url)) return { body: cache.get(url) ?? null, unreachable: false };
    let body: string | null = null;
    let unreachable = false;
    try {
      const page = await fetch({ url });
      if (page.ok && 'body' in page) {
        const [article] = parseHtmlArticle(
          url,
          decodeFeedBytes(page.body, page.headers.contentType),
        ).articles;
        if (article)
          body = article.text
            .split('\n\n')
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join('');
      } else if (!page.ok)
        unreachable = ['network', 'timeout', 'refused-address'].includes(page.problem.code);
    } catch {
      unreachable = true;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(url, body);
    return { body, unreachable };
  }

  return {
    /** Bodies to use instead of the feed's teaser, by entry index, for the entries that are new. */
    async forNewEntries(
      mode: FullTextMode,
      entries: readonly FeedEntry[],
      isNew: (index: number) => boolean,
    ): Promise<Map<number, string>> {
      const out = new Map<number, string>();
      let pages = 0;
      for (let i = 0; i < entries.length && pages < MAX_PAGES_PER_POLL; i++) {
        const entry = entries[i] as FeedEntry;
        if (!isNew(i) || !wantsFullText(mode, entry)) continue;
        pages += 1;
        const { body, unreachable } = await read(entry.link as string);
        if (unreachable) break;
        // Only a page that says more than the teaser replaces it.
        if (body !== null && body.length > (entry.body?.length ?? 0)) out.set(i, body);
      }
      return out;
    },
  };
}
