// Finding a feed from an HTML page: the page's <link rel="alternate"> feed links, and only when it
// names none, the paths sites commonly use.
import { parseHTML } from 'linkedom';

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|feed\+json|rdf\+xml|json)\b/i;
export const COMMON_FEED_PATHS = ['/feed', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml', '/rss'];

/** Whether a response looks like a web page rather than a feed. */
export function looksLikeHtml(contentType: string | null, text: string): boolean {
  if (contentType !== null && /text\/html|application\/xhtml/i.test(contentType)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** Absolute URLs of the feeds a page links to, in page order, without repeats. */
export function findFeedLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = link.getAttribute('type') ?? '';
    if (!rel.includes('alternate') || !FEED_TYPES.test(type)) continue;
    try {
      const href = new URL(link.getAttribute('href') ?? '', pageUrl).href;
      if (!out.includes(href)) out.push(href);
    } catch {
      // an unusable href is skipped
    }
  }
  return out;
}

/** The common feed paths on the page's site. */
export function commonFeedUrls(pageUrl: string): string[] {
  return COMMON_FEED_PATHS.map((path) => new URL(path, pageUrl).href);
}
