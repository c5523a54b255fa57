// The HTTP side: read the request, record it, apply injected faults and the global rate limit, route
// it, answer JSON. Everything under /api/v10; anything unknown gets Discord's 404 JSON (and stays in
// the record, so a suite can assert the bot called nothing it should not).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { Json } from './api-shapes.js';
import { interactionRoutes } from './interaction-routes.js';
import { restRoutes } from './rest-routes.js';
import { threadRoutes } from './thread-routes.js';
import type { Route, RouteAnswer, StandInState } from './state.js';

const API_PREFIX = ['api', 'v10'];
const routes: Route[] = [...interactionRoutes, ...restRoutes, ...threadRoutes];

function matchRoute(
  method: string,
  segments: readonly string[],
): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return null;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text.length === 0) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(response: ServerResponse, answer: RouteAnswer): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.status === 204 || answer.body === undefined) {
    response.writeHead(answer.status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  headers['content-type'] = 'application/json';
  headers['content-length'] = String(Buffer.byteLength(text));
  response.writeHead(answer.status, headers);
  response.end(text);
}

// Interaction callbacks and webhooks carry their own token in the path; everything else needs the bot's.
function needsBotToken(path: string): boolean {
  return !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
}

export function createRestHandler(state: StandInState, expectedToken: string | null) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const all = url.pathname.split('/').filter((s) => s.length > 0);
    const segments = all.map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    const prefixed = API_PREFIX.every((p, i) => segments[i] === p);
    const routeSegments = prefixed ? segments.slice(API_PREFIX.length) : segments;
    const path = `/${routeSegments.join('/')}`;
    const raw = parseBody(await readBody(request));
    const authorization = request.headers.authorization ?? '';
    const record = state.recorder.start({
      method,
      path,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw,
      authorized: authorization.startsWith('Bot '),
    });
    const hold = state.holds.take(method, path);
    if (hold?.hold === 'request') await delay(hold.ms);
    const answer = ((): RouteAnswer & { fault?: string } => {
      const now = performance.now();
      const fault =
        state.faults.take(method, path) ??
        state.limiter.check(path, now) ??
        state.channelLimiter.check(method, path, now);
      if (fault)
        return { status: fault.status, body: fault.body, headers: fault.headers, fault: fault.label };
      if (prefixed && needsBotToken(path)) {
        const token = authorization.slice('Bot '.length);
        if (!authorization.startsWith('Bot ') || (expectedToken !== null && token !== expectedToken)) {
          return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
        }
      }
      const match = prefixed ? matchRoute(method, routeSegments) : null;
      if (!match) return { status: 404, body: { message: '404: Not Found', code: 0 } };
      const body: Json = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Json) : {};
      try {
        return match.route.handle(state, { params: match.params, query: record.query, body, record });
      } catch (error) {
        return { status: 500, body: { message: `stand-in error: ${String(error)}`, code: 0 } };
      }
    })();
    state.recorder.finish(record, answer.status, answer.body ?? null, answer.fault ?? null);
    if (hold?.hold === 'answer') await delay(hold.ms);
    // The client may have gone (killed while waiting); there is no one to answer then.
    if (!response.destroyed) send(response, answer);
  };
}
