// A feed server on 127.0.0.1 for the tests: each path answers with a handler the test sets, and every
// request is recorded (path and headers) so a test can say what reached the server.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetcher, type Fetcher, type FetchResult } from '../../src/feeds/fetcher.js';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FeedServer {
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => routes.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that sends a fixed body with the given status and headers. */
export function send(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
    res.end(body);
  };
}

export interface RssItem {
  title: string;
  link?: string;
  guid?: string;
  description?: string;
  pubDate?: string;
  categories?: string[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small RSS 2.0 document. */
export function rss(title: string, items: RssItem[], extra = ''): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${escapeXml(i.title)}</title>` +
        (i.link ? `<link>${escapeXml(i.link)}</link>` : '') +
        (i.guid ? `<guid isPermaLink="false">${escapeXml(i.guid)}</guid>` : '') +
        (i.description ? `<description>${escapeXml(i.description)}</description>` : '') +
        (i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : '') +
        (i.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>`).join('') +
        '</item>',
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title>` +
    `<link>https://news.example/</link><description>test feed</description>${extra}\n${body}\n</channel></rss>`
  );
}

/** What the fetcher returns for a 200 RSS answer with this body (for tests that fake the network edge). */
export function rssFetched(url: string, body: string): FetchResult {
  return {
    ok: true,
    status: 200,
    url,
    headers: {
      contentType: 'application/rss+xml',
      etag: null,
      lastModified: null,
      cacheControl: null,
      expires: null,
      date: null,
    },
    body: Buffer.from(body),
    bodyHash: createHash('sha1').update(body).digest('hex'),
  };
}

/** A fetcher for the feed server: private addresses allowed (it is 127.0.0.1), a 1 MiB body cap. */
export function loopbackFetcher(timeoutMs = 2000): Fetcher {
  return createFetcher({ allowPrivate: true, timeoutMs, maxBytes: 1 << 20, userAgent: 'Herald/test' });
}
