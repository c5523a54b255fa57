// What goes into one digest of one subscription. Pure: the caller passes the stored articles, the slot
// time (`now`), the previous digest's time and the ids already sent; this decides, the renderer formats.

import { STOPWORDS } from './text/stopwords.js';

export interface DigestArticle {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  /** When Herald first stored it (ms): what was new to a subscription since its previous digest. */
  ingestedAt: number;
  /** The article's own date (ms); digests and /latest select and rank by this (see newsTime). */
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
  /** The story's most recent news time (ms): publication, or first stored when undated. */
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
  /** Exclusive lower bound on news time, usually digestWindow(...).start. */
  since: number;
  /**
   * Late arrivals: an article published in (lateSince, since] but stored only after `since` was not
   * there for the previous digest to send, so this one does. Defaults to `since` (none).
   */
  lateSince?: number;
  topic: string | null;
  max: number;
  /** Ids sent in earlier digests of the same subscription. */
  alreadySent?: ReadonlySet<string>;
}

/** How far back the first digest of a subscription looks. */
export const FIRST_DIGEST_LOOKBACK_MS = 24 * 60 * 60 * 1000;
/**
 * How old an article may be and still go out as a late arrival: published before the previous digest,
 * but stored after it. A day-old story the subscribers have not seen is still news; an archive is not.
 */
export const LATE_ARRIVAL_MS = 24 * 60 * 60 * 1000;

export interface DigestWindow {
  /** News time (publication, or first stored when undated) in (start, end]. */
  start: number;
  end: number;
  /** Lower bound for late arrivals (see DigestOptions.lateSince); equal to start for a first digest. */
  lateSince: number;
}

/** When an article became news: its publication time, or when Herald first stored it if it is undated. */
export function newsTime(article: Pick<DigestArticle, 'published' | 'ingestedAt'>): number {
  return article.published ?? article.ingestedAt;
}

/** The window a digest at `now` covers, given the slot of the subscription's previous digest. */
export function digestWindow(previousDigestAt: number | null, now: number): DigestWindow {
  if (previousDigestAt === null) {
    // No digest before this one, so nothing arrived too late for it: just the last day's news.
    const start = now - FIRST_DIGEST_LOOKBACK_MS;
    return { start, end: now, lateSince: start };
  }
  // A previous digest stamped after `now` (a clock set back) must not make the window run backwards.
  const start = Math.min(previousDigestAt, now);
  return { start, end: now, lateSince: start - LATE_ARRIVAL_MS };
}

/**
 * Whether an article belongs in a digest covering (since, now]: published (or, undated, first stored) in
 * the window, or a late arrival. Either way it must have been stored by `now`, the slot: an article
 * stored after the slot is the next digest's, as a late arrival if need be.
 */
export function isInWindow(
  article: Pick<DigestArticle, 'published' | 'ingestedAt'>,
  window: { since: number; now: number; lateSince?: number },
): boolean {
  const { since, now } = window;
  if (article.ingestedAt > now) return false;
  const t = newsTime(article);
  if (t > since && t <= now) return true;
  return article.ingestedAt > since && t <= since && t > (window.lateSince ?? since);
}

/** Picks and groups the new articles for one digest; null when there is nothing new to send. */
export function buildDigest(articles: DigestArticle[], options: DigestOptions): Digest | null {
  const { now, since, alreadySent } = options;
  const topic = options.topic?.trim() || null;
  const words = topicWords(topic);
  const seen = new Set<string>();
  const fresh: DigestArticle[] = [];
  const window = { since, now, lateSince: options.lateSince ?? since };
  for (const article of articles) {
    if (!isInWindow(article, window)) continue;
    if (seen.has(article.id) || alreadySent?.has(article.id)) continue;
    if (words.length > 0 && !containsWords(article, words)) continue;
    seen.add(article.id);
    fresh.push(article);
  }
  if (fresh.length === 0) return null;

  const ranked = groupByStory(fresh).map(toItem).sort(compareItems);
  const chosen = ranked.slice(0, Math.max(1, Math.floor(options.max)));
  return {
    periodStart: since,
    periodEnd: now,
    topic,
    items: chosen.map(withoutIds),
    totalArticles: fresh.length,
    totalStories: ranked.length,
    articleIds: chosen.flatMap((item) => item.ids),
  };
}

/**
 * /latest: the newest stories up to `now`, one item per story with its other articles (a copy saved in
 * another format, another outlet's write-up) under it, newest first. Articles dated after `now` wait.
 */
export function latestStories(
  articles: DigestArticle[],
  options: { now: number; count: number },
): DigestItem[] {
  const seen = new Set<string>();
  const current = articles.filter((a) => {
    if (seen.has(a.id) || newsTime(a) > options.now) return false;
    seen.add(a.id);
    return true;
  });
  return groupByStory(current)
    .map(toItem)
    .sort((a, b) => b.latestAt - a.latestAt || compareItems(a, b))
    .slice(0, Math.max(1, Math.floor(options.count)))
    .map(withoutIds);
}

function groupByStory(articles: DigestArticle[]): DigestArticle[][] {
  const stories = new Map<string, DigestArticle[]>();
  for (const article of articles) {
    const group = stories.get(article.storyKey);
    if (group) group.push(article);
    else stories.set(article.storyKey, [article]);
  }
  return [...stories.values()];
}

const withoutIds = ({ ids: _ids, ...item }: RankedItem): DigestItem => item;

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
// (a full write-up over a brief or a wire stub), then the earliest published (the original over its copies).
function compareLeads(a: DigestArticle, b: DigestArticle): number {
  const summary = Number(b.summary.length > 0) - Number(a.summary.length > 0);
  return summary || b.text.length - a.text.length || compareEarliest(a, b);
}

function compareEarliest(a: DigestArticle, b: DigestArticle): number {
  return newsTime(a) - newsTime(b) || a.ingestedAt - b.ingestedAt || a.id.localeCompare(b.id);
}

function toItem(group: DigestArticle[]): RankedItem {
  const [lead, ...rest] = [...group].sort(compareLeads) as [DigestArticle, ...DigestArticle[]];
  rest.sort(compareEarliest);
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
    latestAt: Math.max(...group.map(newsTime)),
    ids: [lead.id, ...rest.map((a) => a.id)],
  };
}

// Bigger stories first (more outlets, then more articles), then the most recently published.
function compareItems(a: RankedItem, b: RankedItem): number {
  return (
    b.sourceCount - a.sourceCount ||
    b.articleCount - a.articleCount ||
    b.latestAt - a.latestAt ||
    a.lead.storyKey.localeCompare(b.lead.storyKey)
  );
}
