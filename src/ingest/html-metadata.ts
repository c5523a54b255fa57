// Reading an HTML page's own metadata: meta tags (Open Graph, article:*, Dublin Core, itemprop) and the
// first JSON-LD article object. Done before Readability runs, because Readability rewrites the document.

import { cleanLine } from '../core/article/index.js';

/** The slice of the DOM this module reads; linkedom's nodes satisfy it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}
export interface DomDocument {
  title: string;
  body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

function readMetaTags(document: DomDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i += 1) {
    const meta = metas[i];
    const key = (
      meta?.getAttribute('property') ??
      meta?.getAttribute('name') ??
      meta?.getAttribute('itemprop')
    )
      ?.trim()
      .toLowerCase();
    const content = meta?.getAttribute('content')?.trim();
    if (key === undefined || content === undefined || content === '') continue;
    tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|WebPage/;

/** The first JSON-LD object that describes an article, searching arrays and `@graph` lists. */
function readJsonLd(document: DomDocument): Record<string, unknown> | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const visit = (value: unknown): Record<string, unknown> | null => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item);
        if (found !== null) return found;
      }
      return null;
    }
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    const types = Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
    if (
      ARTICLE_TYPES.test(types) &&
      (record['headline'] !== undefined || record['datePublished'] !== undefined)
    ) {
      return record;
    }
    return visit(record['@graph']);
  };
  for (let i = 0; i < scripts.length; i += 1) {
    try {
      const found = visit(JSON.parse(scripts[i]?.textContent ?? ''));
      if (found !== null) return found;
    } catch {
      // A broken JSON-LD block is common and harmless: the meta tags still answer.
    }
  }
  return null;
}

export interface PageMetadata {
  record: Record<string, unknown>;
  description: string | null;
  /** The page's share image (og:image, else twitter:image) as written: possibly relative, not yet checked. */
  image: string | null;
}

export function readPageMetadata(document: DomDocument): PageMetadata {
  const tags = readMetaTags(document);
  const first = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = tags.get(key)?.[0];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const ld = readJsonLd(document) ?? {};
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const author = first('author', 'article:author', 'parsely-author', 'dc.creator', 'byl');
  const record: Record<string, unknown> = {
    title:
      first('og:title', 'twitter:title', 'dc.title') ??
      ld['headline'] ??
      (cleanLine(document.title) || undefined),
    url: first('og:url') ?? canonical ?? ld['url'],
    source: first('og:site_name', 'application-name') ?? ld['publisher'],
    published:
      first(
        'article:published_time',
        'datepublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
        'parsely-pub-date',
      ) ??
      ld['datePublished'] ??
      time,
    author: author !== undefined && !/^https?:/.test(author) ? author : ld['author'],
    tags: tags.get('article:tag') ?? first('news_keywords', 'keywords') ?? ld['keywords'],
  };
  return {
    record,
    description: cleanLine(first('og:description', 'description', 'twitter:description')),
    image:
      first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? null,
  };
}
