// The guarded HTTP fetcher for feeds and pages. Every connection goes through request-filtering-agent,
// which checks the resolved address at connect time, so private, loopback, link-local, multicast and
// reserved addresses are refused (a hostname that resolves there, a numeric spelling such as 2130706433,
// or a redirect that leads there) unless private addresses are allowed; link-local and cloud metadata
// addresses are refused even then (address-guard.ts). Redirects are followed here, each
// hop checked again; one deadline covers the whole request; the body is capped while it streams.
import http from 'node:http';
import https from 'node:https';
import { createHash } from 'node:crypto';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { LookupFunction } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { AlwaysRefusedError, guardConnection } from './address-guard.js';
import type { FeedProblem } from './problems.js';

export const MAX_REDIRECTS = 5;
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5';

export interface FetcherOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Connections kept per host (the poller also limits fetches per host). */
  maxSocketsPerHost?: number;
  /** Addresses let through even with the guard on (the tests' own server, to test redirects from it). */
  allowAddresses?: string[];
  /** The DNS lookup (default node:dns's): the tests resolve names with their own, connecting nowhere. */
  lookup?: LookupFunction;
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchHeaders {
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheControl: string | null;
  expires: string | null;
  date: string | null;
}

export type FetchResult =
  | { ok: true; status: 304; url: string; headers: FetchHeaders }
  | { ok: true; status: number; url: string; headers: FetchHeaders; body: Buffer; bodyHash: string }
  | { ok: false; problem: FeedProblem; url: string };

export type FetchFn = (request: FetchRequest) => Promise<FetchResult>;

/** Reads a URL as the fetcher would, or says why it cannot be one. */
export function checkUrl(input: string): { ok: true; url: URL } | { ok: false; problem: FeedProblem } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: { code: 'not-a-url', input } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: { code: 'not-http', protocol: url.protocol.replace(/:$/, '') } };
  }
  return { ok: true, url };
}

const header = (res: http.IncomingMessage, name: string): string | null => {
  const value = res.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
};

function headersOf(res: http.IncomingMessage): FetchHeaders {
  return {
    contentType: header(res, 'content-type'),
    etag: header(res, 'etag'),
    lastModified: header(res, 'last-modified'),
    cacheControl: header(res, 'cache-control'),
    expires: header(res, 'expires'),
    date: header(res, 'date'),
  };
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = (header(res, 'content-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

/**
 * A request on a kept-alive connection that the server closed while it lay idle (its keep-alive time ran
 * out as we sent): the request never reached the server, so it is sent once more on a new connection.
 */
class ReusedSocketError extends Error {
  constructor(readonly original: Error) {
    super(original.message);
  }
}

/** Whether a failed request died with its reused connection, before any answer. */
function isStaleConnection(error: unknown): error is ReusedSocketError {
  if (!(error instanceof ReusedSocketError)) return false;
  const code = (error.original as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

class Stop extends Error {
  constructor(readonly problem: FeedProblem) {
    super(problem.code);
  }
}

export function createFetcher(options: FetcherOptions) {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSocketsPerHost ?? 2,
    allowPrivateIPAddress: options.allowPrivate,
    allowIPAddressList: options.allowAddresses ?? [],
  };
  const httpAgent = new RequestFilteringHttpAgent(agentOptions);
  const httpsAgent = new RequestFilteringHttpsAgent(agentOptions);
  httpAgent.createConnection = guardConnection(httpAgent.createConnection.bind(httpAgent), options.lookup);
  httpsAgent.createConnection = guardConnection(httpsAgent.createConnection.bind(httpsAgent), options.lookup);

  /** One hop: resolves with the response, its body read (and capped) only when it is a 2xx. */
  function requestOnce(url: URL, request: FetchRequest, signal: AbortSignal) {
    return new Promise<{ res: http.IncomingMessage; body: Buffer | null }>((resolve, reject) => {
      const headers: Record<string, string> = {
        'user-agent': options.userAgent,
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
      const client = url.protocol === 'https:' ? https : http;
      const req = client.get(
        url,
        { headers, agent: url.protocol === 'https:' ? httpsAgent : httpAgent, signal },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            res.resume();
            resolve({ res, body: null });
            return;
          }
          const declared = Number(header(res, 'content-length'));
          if (Number.isFinite(declared) && declared > options.maxBytes) {
            res.destroy();
            reject(new Stop({ code: 'too-large', maxBytes: options.maxBytes }));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          const stream = decoded(res);
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > options.maxBytes) {
              res.destroy();
              stream.destroy();
              reject(new Stop({ code: 'too-large', maxBytes: options.maxBytes }));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
          stream.on('error', (error) => reject(error));
          res.on('error', (error) => reject(error));
        },
      );
      req.on('error', (error) => reject(req.reusedSocket ? new ReusedSocketError(error) : error));
    });
  }

  function toProblem(error: unknown, url: URL, signal: AbortSignal): FeedProblem {
    if (error instanceof Stop) return error.problem;
    if (error instanceof AlwaysRefusedError)
      return {
        code: 'refused-address',
        host: url.hostname,
        always: { address: error.address, kind: error.kind },
      };
    if (signal.aborted) return { code: 'timeout', seconds: Math.round(options.timeoutMs / 1000) };
    const message = (error as Error).message ?? String(error);
    if (/is not allowed/i.test(message)) return { code: 'refused-address', host: url.hostname };
    return { code: 'network', detail: (error as NodeJS.ErrnoException).code ?? message };
  }

  const fetchFeed: FetchFn = async (request) => {
    const checked = checkUrl(request.url);
    if (!checked.ok) return { ok: false, problem: checked.problem, url: request.url };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    const visited = new Set<string>();
    let url = checked.url;
    try {
      for (let hop = 0; ; hop++) {
        visited.add(url.href);
        let answer: { res: http.IncomingMessage; body: Buffer | null };
        try {
          answer = await requestOnce(url, request, controller.signal).catch((error: unknown) => {
            if (!isStaleConnection(error) || controller.signal.aborted) throw error;
            return requestOnce(url, request, controller.signal);
          });
        } catch (error) {
          const cause = error instanceof ReusedSocketError ? error.original : error;
          return { ok: false, problem: toProblem(cause, url, controller.signal), url: url.href };
        }
        const { res, body } = answer;
        const status = res.statusCode ?? 0;
        const location = header(res, 'location');
        if (status >= 300 && status < 400 && status !== 304 && location !== null) {
          const next = checkUrl(new URL(location, url).href);
          if (!next.ok) return { ok: false, problem: next.problem, url: url.href };
          if (visited.has(next.url.href))
            return { ok: false, problem: { code: 'redirect-loop', url: next.url.href }, url: url.href };
          if (hop + 1 > MAX_REDIRECTS)
            return { ok: false, problem: { code: 'too-many-redirects', max: MAX_REDIRECTS }, url: url.href };
          url = next.url;
          continue;
        }
        if (status === 304) return { ok: true, status: 304, url: url.href, headers: headersOf(res) };
        if (body === null) {
          return {
            ok: false,
            problem: { code: 'http', status, retryAfter: header(res, 'retry-after') },
            url: url.href,
          };
        }
        const bodyHash = createHash('sha1').update(body).digest('hex');
        return { ok: true, status, url: url.href, headers: headersOf(res), body, bodyHash };
      }
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    fetch: fetchFeed,
    close(): void {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

export type Fetcher = ReturnType<typeof createFetcher>;
