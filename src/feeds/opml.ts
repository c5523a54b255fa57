// OPML 2.0 in and out: how users move their subscriptions between feed readers (and from MonitoRSS or
// FeedCord exports). Nested folders are flattened; an outline without xmlUrl is a folder, not a feed.
import { generateOpml, parseOpml } from 'feedsmith';

export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
}

interface OutlineLike {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: OutlineLike[];
}

export function readOpml(text: string): { ok: true; feeds: OpmlFeed[] } | { ok: false; reason: string } {
  let document: { body?: { outlines?: OutlineLike[] } };
  try {
    document = parseOpml(text) as typeof document;
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const feeds: OpmlFeed[] = [];
  const visit = (outlines: OutlineLike[] | undefined): void => {
    for (const o of outlines ?? []) {
      if (o.xmlUrl)
        feeds.push({
          url: o.xmlUrl.trim(),
          title: o.title?.trim() || o.text?.trim() || null,
          siteUrl: o.htmlUrl?.trim() || null,
        });
      visit(o.outlines);
    }
  };
  visit(document.body?.outlines);
  return { ok: true, feeds };
}

export function writeOpml(
  feeds: ReadonlyArray<{ url: string; title: string; siteUrl: string | null }>,
  created: Date,
): string {
  return generateOpml({
    head: { title: 'Herald feeds', dateCreated: created },
    body: {
      outlines: feeds.map((f) => ({
        text: f.title,
        title: f.title,
        type: 'rss',
        xmlUrl: f.url,
        ...(f.siteUrl ? { htmlUrl: f.siteUrl } : {}),
      })),
    },
  });
}
