// What goes into one digest of one subscription. Pure: the caller passes the stored articles, the slot
// time (`now`), the previous digest's time and the ids already sent; this decides, the renderer formats.

import { STOPWORDS } from './stopwords.js';

export interface DigestArticle {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  /** When Herald stored it (ms); digests select by this, not by the article's own date. */
  ingestedAt: number;
  published: number | null;
  text: string;
  keywords: string[];
  /** Summary sentences, already chosen. */
  summary: string[];
  quote: { text: string; speaker: string | null; role: string | null } | null;
  /** Articles with the same key report the same story. */
  storyKey: string;
}

/** Another outlet's take on the lead's story: a linked headline under it ("+3 more sources"). */
export interface DigestSource {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
}

export interface DigestItem {
  lead: DigestArticle;
  /** The story's other articles, earliest first, without repeats of a link already shown. */
  others: DigestSource[];
  /** Distinct outlets reporting the story (an article without a source counts as its own outlet). */
  sourceCount: number;
  /** Every article of the story in this digest, lead included. */
  articleCount: number;
  /** The story's most recent ingest time (ms). */
  latestAt: number;
}

export interface Digest {
  periodStart: number;
  periodEnd: number;
  topic: string | null;
  /** Best first, at most `max`. */
  items: DigestItem[];
  /** New articles that matched, before the cut to `max` stories. */
  totalArticles: number;
  totalStories: number;
  /** Ids of every article in `items` (leads and others): record these as sent with the digest. */
  articleIds: string[];
}

export interface DigestOptions {
  now: number;
  /** Exclusive lower bound on ingest time, usually digestWindow(...).start. */
  since: number;
  topic: string | null;
  max: number;
  /** Ids sent in earlier digests of the same subscription. */
  alreadySent?: ReadonlySet<string>;
}

/** How far back the first digest of a subscription looks. */
export const FIRST_DIGEST_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/** The ingest-time window (start, end] a digest at `now` covers. */
export function digestWindow(previousDigestAt: number | null, now: number): { start: number; end: number } {
  if (previousDigestAt === null) return { start: now - FIRST_DIGEST_LOOKBACK_MS, end: now };
  // A previous digest stamped after `now` (a clock set back) must not make the window run backwards.
  return { start: Math.min(previousDigestAt, now), end: now };
}

/** Picks and groups the new articles for one digest; null when there is nothing new to send. */
export function buildDigest(articles: DigestArticle[], options: DigestOptions): Digest | null {
  const { now, since, alreadySent } = options;
  const topic = options.topic?.trim() || null;
  const words = topicWords(topic);
  const seen = new Set<string>();
  const fresh: DigestArticle[] = [];
  for (const article of articles) {
    if (article.ingestedAt <= since || article.ingestedAt > now) continue;
    if (seen.has(article.id) || alreadySent?.has(article.id)) continue;
    if (words.length > 0 && !containsWords(article, words)) continue;
    seen.add(article.id);
    fresh.push(article);
  }
  if (fresh.length === 0) return null;

  const stories = new Map<string, DigestArticle[]>();
  for (const article of fresh) {
    const group = stories.get(article.storyKey);
    if (group) group.push(article);
    else stories.set(article.storyKey, [article]);
  }
  const ranked = [...stories.values()].map(toItem).sort(compareItems);
  const chosen = ranked.slice(0, Math.max(1, Math.floor(options.max)));
  return {
    periodStart: since,
    periodEnd: now,
    topic,
    items: chosen.map(({ ids: _ids, ...item }) => item),
    totalArticles: fresh.length,
    totalStories: ranked.length,
    articleIds: chosen.flatMap((item) => item.ids),
  };
}

/** True when every topic word appears in the headline, text or keywords (any case, accents ignored). */
export function matchesTopic(
  article: Pick<DigestArticle, 'title' | 'text' | 'keywords'>,
  topic: string | null,
): boolean {
  const words = topicWords(topic);
  return words.length === 0 || containsWords(article, words);
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Function words in a topic ("bank of england") would match nearly any article, so they are dropped, unless
// the topic is nothing else ("The Who").
function topicWords(topic: string | null): string[] {
  const all = [...new Set(tokens(topic ?? ''))];
  const content = all.filter((word) => !STOPWORDS.has(word));
  return content.length > 0 ? content : all;
}

// Whole words, with a plural either way: "election" finds "elections", "tariffs" finds "tariff".
function containsWords(
  article: Pick<DigestArticle, 'title' | 'text' | 'keywords'>,
  words: string[],
): boolean {
  const present = new Set(tokens(`${article.title} ${article.keywords.join(' ')} ${article.text}`));
  return words.every(
    (word) =>
      present.has(word) ||
      present.has(`${word}s`) ||
      present.has(`${word}es`) ||
      (word.length > 3 && word.endsWith('s') && present.has(word.slice(0, -1))),
  );
}

interface RankedItem extends DigestItem {
  /** The whole story's article ids, lead first, including links not listed again. */
  ids: string[];
}

// The lead is the most informative article: one with a summary over one without, then the longest text
// (a full write-up over a brief or a wire stub), then the earliest stored (the original over its copies).
function compareLeads(a: DigestArticle, b: DigestArticle): number {
  const summary = Number(b.summary.length > 0) - Number(a.summary.length > 0);
  return summary || b.text.length - a.text.length || a.ingestedAt - b.ingestedAt || a.id.localeCompare(b.id);
}

function toItem(group: DigestArticle[]): RankedItem {
  const [lead, ...rest] = [...group].sort(compareLeads) as [DigestArticle, ...DigestArticle[]];
  rest.sort((a, b) => a.ingestedAt - b.ingestedAt || a.id.localeCompare(b.id));
  const shownLinks = new Set(lead.url ? [lead.url] : []);
  const others: DigestSource[] = [];
  for (const article of rest) {
    if (article.url && shownLinks.has(article.url)) continue;
    if (article.url) shownLinks.add(article.url);
    others.push({ id: article.id, title: article.title, url: article.url, source: article.source });
  }
  const outlets = new Set(group.map((a) => (a.source ? fold(a.source.trim()) : `#${a.id}`)));
  return {
    lead,
    others,
    sourceCount: outlets.size,
    articleCount: group.length,
    latestAt: Math.max(...group.map((a) => a.ingestedAt)),
    ids: [lead.id, ...rest.map((a) => a.id)],
  };
}

// Bigger stories first (more outlets, then more articles), then the most recently updated.
function compareItems(a: RankedItem, b: RankedItem): number {
  return (
    b.sourceCount - a.sourceCount ||
    b.articleCount - a.articleCount ||
    b.latestAt - a.latestAt ||
    a.lead.storyKey.localeCompare(b.lead.storyKey)
  );
}
