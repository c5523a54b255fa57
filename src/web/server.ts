// The status page, /healthz and /metrics on node:http, in the bot's process. Read-only: GET and HEAD.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { authorize } from './auth.js';
import type { GatewayView } from './gateway.js';
import type { Html } from './html.js';
import type { StatusMetrics } from './metrics.js';
import type { PageContext } from './page-context.js';
import { articlesPage, chartsPage, deliveriesPage } from './pages-activity.js';
import { feedPage, feedsPage, overviewPage } from './pages-state.js';
import type { ErrorLog } from './recent-errors.js';
import { STYLESHEET } from './style.js';

export interface StatusServerOptions {
  store: Store;
  gateway: GatewayView;
  metrics: StatusMetrics;
  logger: Logger;
  host: string;
  /** 0: any free port (tests). */
  port: number;
  token: string | null;
  errors?: Pick<ErrorLog, 'recent'> | null;
  now?: () => number;
}

export interface StatusServer {
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

type Reply = { status: number; type: string; body: string; headers?: Record<string, string> };

const text = (status: number, body: string, headers?: Record<string, string>): Reply => ({
  status,
  type: 'text/plain; charset=utf-8',
  body: `${body}\n`,
  ...(headers ? { headers } : {}),
});
const page = (body: Html): Reply => ({ status: 200, type: 'text/html; charset=utf-8', body: body.text });

/** Says once that the database stopped answering the status page, and once that it answers again. */
function createOutageLog(logger: Logger) {
  let down = false;
  return {
    down(error: unknown): void {
      if (down) return;
      down = true;
      logger.error(
        `status page: the database does not answer; its pages fail until it does (/healthz and /metrics still answer): ${(error as Error).message}`,
      );
    },
    up(): void {
      if (!down) return;
      down = false;
      logger.info('status page: the database answers again');
    },
  };
}

export async function startStatusServer(options: StatusServerOptions): Promise<StatusServer> {
  const now = options.now ?? (() => Date.now());
  const queries = options.store.status;
  const context: PageContext = {
    store: options.store,
    queries,
    gateway: options.gateway,
    errors: options.errors ?? null,
    now,
  };

  const outage = createOutageLog(options.logger);
  /** Whether the database answers a ping; an outage is logged when it starts and when it ends. */
  function databaseAnswers(): boolean {
    try {
      queries.ping();
    } catch (error) {
      outage.down(error);
      return false;
    }
    outage.up();
    return true;
  }
  /** A page was read from the database: it answers. */
  const served = (body: Html): Reply => {
    outage.up();
    return page(body);
  };

  function health(): Reply {
    const database = databaseAnswers() ? 'ok' : 'unavailable';
    const gateway = options.gateway.connected() ? 'connected' : 'disconnected';
    const ok = database === 'ok' && gateway === 'connected';
    return {
      status: ok ? 200 : 503,
      type: 'application/json',
      body: JSON.stringify({ status: ok ? 'ok' : 'fail', gateway, database }),
    };
  }

  async function route(url: URL): Promise<Reply> {
    const path = url.pathname;
    if (path === '/healthz') return health();
    if (path === '/metrics')
      return {
        status: 200,
        type: options.metrics.registry.contentType,
        body: await options.metrics.registry.metrics(),
      };
    if (path === '/') return served(overviewPage(context));
    if (path === '/feeds') return served(feedsPage(context));
    const feed = /^\/feeds\/(\d{1,15})$/.exec(path);
    if (feed?.[1]) {
      const body = feedPage(context, Number(feed[1]));
      return body ? served(body) : text(404, 'No such feed.');
    }
    if (path === '/deliveries') return served(deliveriesPage(context, url.searchParams));
    if (path === '/articles') return served(articlesPage(context, url.searchParams));
    if (path === '/charts') return served(chartsPage(context));
    return text(404, 'Not found.');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let reply: Reply;
    const url = new URL(req.url ?? '/', 'http://status.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply = text(405, 'The status page is read-only: GET and HEAD only.', { Allow: 'GET, HEAD' });
    } else if (url.pathname === '/style.css') {
      reply = { status: 200, type: 'text/css; charset=utf-8', body: STYLESHEET };
    } else {
      const auth = authorize(req, url, options.token);
      if (auth === 'not-loopback') {
        reply = text(
          403,
          'Without STATUS_TOKEN the status page answers only requests addressed to 127.0.0.1, [::1] or localhost (a guard against DNS rebinding). Behind a reverse proxy, have it send "Host: 127.0.0.1:<port>", or set STATUS_TOKEN.',
        );
      } else if (auth === 'denied') {
        reply = text(
          401,
          'A token is needed: send "Authorization: Bearer <STATUS_TOKEN>" or open the page once with ?token=<STATUS_TOKEN>.',
          {
            'WWW-Authenticate': 'Bearer realm="herald"',
          },
        );
      } else if (auth !== 'ok') {
        // Drop the token from the address bar (and the history) once the cookie holds it. The path keeps
        // one leading slash: '//host/…' in Location would send the browser to another site.
        url.searchParams.delete('token');
        reply = {
          status: 303,
          type: 'text/plain; charset=utf-8',
          body: '',
          headers: { 'Set-Cookie': auth.setCookie, Location: url.pathname.replace(/^\/+/, '/') + url.search },
        };
      } else {
        try {
          reply = await route(url);
        } catch (error) {
          // A page that fails because the database does not answer is the outage, logged once by
          // databaseAnswers; any other failure is logged each time.
          if (databaseAnswers())
            options.logger.error(
              `status page: ${req.method} ${url.pathname} failed: ${(error as Error).message}`,
            );
          reply = text(500, 'The status page could not read this; see the bot log.');
        }
      }
    }
    res.writeHead(reply.status, { ...SECURITY_HEADERS, 'Content-Type': reply.type, ...reply.headers });
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
