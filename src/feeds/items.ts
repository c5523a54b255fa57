// Feed entries into item keys, content hashes and parsed articles. An item key is unique per feed: the
// guid, else the normalised link, else a hash of title and date; a guid repeated within one document
// (some publishers do) is told apart by the item's link and title, as Miniflux does. The content hash
// leaves the date out, so a publisher rewriting pubDate on old items changes nothing.
import { parseHTML } from 'linkedom';
import { assembleArticle, readArticleMeta, type ParsedArticle } from '../core/article/index.js';
import { hashFnv1a64 } from '../core/text/index.js';
import { collectParagraphs } from '../ingest/html.js';
import type { DomNode } from '../ingest/html-metadata.js';
import type { FeedItemRecord } from '../store/feeds.js';
import type { FeedEntry } from './parse.js';

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/** A link in one spelling: lower-case scheme and host, no fragment, no tracking parameters. */
export function normaliseLink(link: string): string {
  try {
    const url = new URL(link);
    url.hash = '';
    for (const name of [...url.searchParams.keys()])
      if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
    return url.toString();
  } catch {
    return link.trim();
  }
}

function baseKey(entry: FeedEntry): string {
  if (entry.guid !== null) return `guid:${entry.guid}`;
  if (entry.link !== null) return `link:${normaliseLink(entry.link)}`;
  return `hash:${hashFnv1a64(`${entry.title ?? ''}\n${entry.published ?? ''}`)}`;
}

/** One key per entry, in document order, every key distinct within the document. */
export function itemKeys(entries: readonly FeedEntry[]): string[] {
  const taken = new Set<string>();
  return entries.map((entry) => {
    let key = baseKey(entry);
    if (taken.has(key)) key = `${key}#${hashFnv1a64(`${entry.link ?? ''}\n${entry.title ?? ''}`)}`;
    for (let n = 2; taken.has(key); n++) key = `${key.replace(/~\d+$/, '')}~${n}`;
    taken.add(key);
    return key;
  });
}

/** The known items whose keys the document no longer has, by article id. */
export function itemsGoneFrom(
  known: ReadonlyMap<string, FeedItemRecord>,
  keys: readonly string[],
): Map<string, FeedItemRecord> {
  const present = new Set(keys);
  const gone = new Map<string, FeedItemRecord>();
  for (const record of known.values()) if (!present.has(record.itemKey)) gone.set(record.articleId, record);
  return gone;
}

/** What makes an item's content differ: title, link and body, not its date. */
export function contentHash(entry: FeedEntry): string {
  return hashFnv1a64(
    `${entry.title ?? ''}\n${entry.link ?? ''}\n${entry.body ?? ''}\n${entry.categories.join(',')}`,
  );
}

/** Paragraphs of an item body: HTML through the loader's HTML path, plain text split on blank lines. */
export function bodyParagraphs(body: string): string[] {
  return splitBullets(rawParagraphs(body));
}

/** Paragraphs of an item body as written, lists squeezed into a line still whole. */
function rawParagraphs(body: string): string[] {
  if (!/[<&]/.test(body))
    return body
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '');
  // One document serves every item body: building a fresh DOM per item is most of the memory churn.
  scratch ??= parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document.body;
  scratch.innerHTML = body;
  const paragraphs = collectParagraphs(scratch as unknown as DomNode);
  scratch.innerHTML = '';
  return paragraphs;
}

/**
 * A description that is nothing but a list of two or more items ("• Putin visits troops in Kherson •
 * Watch moment WSJ reporter appears in court") lists other stories' headlines, as CNN's feeds do under
 * each item: none of it is the item's own story, so none of it may stand as its summary.
 */
function isHeadlineList(paragraphs: string[]): boolean {
  if (paragraphs.length === 0 || !paragraphs.every((p) => p.startsWith('•'))) return false;
  return paragraphs.reduce((n, p) => n + p.split(INLINE_BULLET).length - 1, 0) >= 2;
}

/** A bullet that opens a paragraph or follows a space: a list squeezed into one line of a description. */
const INLINE_BULLET = /(?:^|\s)•\s*/u;

/**
 * "• Jailed reporter denied appeal • Putin visits troops" is a list of two items: each becomes its own
 * paragraph, without its bullet, so no sentence, name or keyword runs from one item into the next.
 */
function splitBullets(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) =>
    INLINE_BULLET.test(p)
      ? p
          .split(/(?:^|\s)•\s*/u)
          .map((item) => item.trim())
          .filter((item) => item !== '')
      : [p],
  );
}

let scratch: ReturnType<typeof parseHTML>['document']['body'] | null = null;

/** Plain text of a short HTML string such as a title ("&amp;", "<sup>2</sup>"). */
function plainLine(value: string | null): string | null {
  if (value === null) return null;
  const line = /[<&]/.test(value) ? bodyParagraphs(value).join(' ') : value;
  return line.trim() === '' ? null : line.trim();
}

/** A feed entry as an article, through the same building steps as a file; null when it has no text. */
export function entryToArticle(entry: FeedEntry, source: string): ParsedArticle | null {
  const problems: string[] = [];
  const title = plainLine(entry.title);
  const meta = readArticleMeta(
    {
      title,
      url: entry.link,
      source,
      published: entry.published,
      author: entry.author,
      tags: entry.categories.map((c) => plainLine(c)).filter((c) => c !== null),
    },
    '',
    problems,
  );
  const raw = entry.body === null ? [] : rawParagraphs(entry.body);
  const paragraphs = title !== null && isHeadlineList(raw) ? [] : splitBullets(raw);
  const article = assembleArticle(meta, paragraphs);
  if (article !== null || title === null) return article;
  // A headline-only item (live blogs, link posts) is still news: its headline is its text, and stays its
  // headline whole ("… food waste. Here's how to do it"), not cut at its first sentence. Its id is made
  // as it always was.
  const headlineOnly = assembleArticle({ ...meta, title: null }, [title]);
  return headlineOnly === null ? null : { ...headlineOnly, title };
}
