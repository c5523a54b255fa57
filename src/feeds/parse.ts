// A feed document (RSS 0.9x/1.0/2.0, Atom, RDF, JSON Feed) into one plain shape, through feedsmith.
// feedsmith keeps each format's own structure; this file is the one place that knows those shapes.
import { parseFeed } from 'feedsmith';

export interface FeedEntry {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** The fullest body the item carries (content:encoded, Atom content, content_html), HTML or text. */
  body: string | null;
  published: string | null;
  author: string | null;
  categories: string[];
  imageUrl: string | null;
}

export interface FeedDocument {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  siteUrl: string | null;
  imageUrl: string | null;
  /** RSS <ttl>, in minutes. */
  ttlMinutes: number | null;
  /** The language the feed declares (RSS <language>, <dc:language>, JSON Feed `language`), as written. */
  language?: string;
  entries: FeedEntry[];
}

export type ParseOutcome = { ok: true; document: FeedDocument } | { ok: false; reason: string };

type Loose = Record<string, unknown>;

const asObject = (v: unknown): Loose | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : null;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A string, or the `value` of an Atom text construct / RSS guid; trimmed, empty as null. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return String(v);
  const o = asObject(v);
  return o ? text(o['value']) : null;
}

function first(...values: unknown[]): string | null {
  for (const v of values) {
    const t = Array.isArray(v) ? first(...v) : text(v);
    if (t !== null) return t;
  }
  return null;
}

function personName(v: unknown): string | null {
  if (typeof v === 'string') return text(v);
  const o = asObject(v);
  return o ? first(o['name'], o['email']) : null;
}

function imageOf(item: Loose): string | null {
  const media = asObject(item['media']);
  const candidates: unknown[] = [];
  if (media) {
    for (const c of asArray(media['contents'])) candidates.push(asObject(c)?.['url']);
    for (const g of asArray(media['groups']))
      for (const c of asArray(asObject(g)?.['contents'])) candidates.push(asObject(c)?.['url']);
    for (const t of asArray(media['thumbnails'])) candidates.push(asObject(t)?.['url']);
  }
  for (const e of asArray(item['enclosures'])) {
    const enclosure = asObject(e);
    if (enclosure && String(enclosure['type'] ?? 'image/').startsWith('image/'))
      candidates.push(enclosure['url']);
  }
  candidates.push(item['image'], item['banner_image']);
  return first(...candidates);
}

function atomLink(links: unknown): string | null {
  const all = asArray(links)
    .map(asObject)
    .filter((l) => l !== null);
  const alternate = all.find((l) => l['rel'] === undefined || l['rel'] === 'alternate');
  return text(alternate?.['href']) ?? text(all[0]?.['href']);
}

function rssEntry(item: Loose): FeedEntry {
  const dc = asObject(item['dc']);
  const content = asObject(item['content']);
  return {
    guid: text(item['guid']),
    link: text(item['link']),
    title: first(item['title'], dc?.['titles']),
    body: first(content?.['encoded'], item['description']),
    published: first(item['pubDate'], dc?.['dates'], asObject(item['dcterms'])?.['issued']),
    author: first(...asArray(item['authors']).map(personName), dc?.['creators']),
    categories: asArray(item['categories'])
      .map((c) => first(asObject(c)?.['name'], c))
      .filter((c) => c !== null),
    imageUrl: imageOf(item),
  };
}

function atomEntry(entry: Loose): FeedEntry {
  return {
    guid: text(entry['id']),
    link: atomLink(entry['links']),
    title: text(entry['title']),
    body: first(entry['content'], entry['summary']),
    published: first(entry['published'], entry['updated']),
    author: first(...asArray(entry['authors']).map(personName)),
    categories: asArray(entry['categories'])
      .map((c) => first(asObject(c)?.['label'], asObject(c)?.['term']))
      .filter((c) => c !== null),
    imageUrl: imageOf(entry),
  };
}

function jsonEntry(item: Loose): FeedEntry {
  return {
    guid: text(item['id']),
    link: first(item['url'], item['external_url']),
    title: text(item['title']),
    body: first(item['content_html'], item['content_text'], item['summary']),
    published: first(item['date_published'], item['date_modified']),
    author: first(...asArray(item['authors']).map(personName), personName(item['author'])),
    categories: asArray(item['tags'])
      .map((t) => text(t))
      .filter((t) => t !== null),
    imageUrl: imageOf(item),
  };
}

/** `{ language }` when the feed declares one, else nothing. */
function declaredLanguage(...values: unknown[]): { language?: string } {
  const language = first(...values);
  return language === null ? {} : { language };
}

/** Parses decoded feed text; anything that is not a feed is a reason, never a throw. */
export function parseFeedText(source: string): ParseOutcome {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(source) as { format: string; feed: unknown };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const feed = asObject(parsed.feed) ?? {};
  const format = parsed.format as FeedDocument['format'];
  if (format === 'atom') {
    return {
      ok: true,
      document: {
        format,
        title: text(feed['title']),
        siteUrl: atomLink(feed['links']),
        imageUrl: first(feed['logo'], feed['icon']),
        ttlMinutes: null,
        entries: asArray(feed['entries'])
          .map(asObject)
          .filter((e) => e !== null)
          .map(atomEntry),
      },
    };
  }
  const items = asArray(feed['items'])
    .map(asObject)
    .filter((e) => e !== null);
  if (format === 'json') {
    return {
      ok: true,
      document: {
        format,
        title: text(feed['title']),
        siteUrl: text(feed['home_page_url']),
        imageUrl: first(feed['icon'], feed['favicon']),
        ttlMinutes: null,
        ...declaredLanguage(feed['language']),
        entries: items.map(jsonEntry),
      },
    };
  }
  const ttl = Number(feed['ttl']);
  return {
    ok: true,
    document: {
      format,
      title: first(feed['title'], asObject(feed['dc'])?.['titles']),
      siteUrl: text(feed['link']),
      imageUrl: text(asObject(feed['image'])?.['url']),
      ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
      ...declaredLanguage(feed['language'], asObject(feed['dc'])?.['languages']),
      entries: items.map(rssEntry),
    },
  };
}
