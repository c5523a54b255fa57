// The token rule: with no token configured (loopback only, enforced by config) every request addressed to
// a loopback name passes; otherwise a bearer header, the cookie set by `?token=`, or `?token=` itself. Compared in constant time
// on hashes, so neither the length nor a prefix of the token leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE_NAME = 'herald_status';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function same(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The cookie holds a hash of the token, never the token itself. */
export function cookieValue(token: string): string {
  return createHash('sha256').update(`herald-status-cookie\0${token}`).digest('base64url');
}

function cookieOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE_NAME) return rest.join('=');
  }
  return null;
}

export type AuthResult = 'ok' | 'denied' | 'not-loopback' | { setCookie: string };

/** The host name of a Host header, without its port or brackets: "127.0.0.1:8080" → "127.0.0.1". */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]*)\]/u.exec(host);
  if (bracketed) return (bracketed[1] ?? '').toLowerCase();
  return host.replace(/:\d*$/u, '').toLowerCase();
}

/**
 * True when a request is addressed to this machine's loopback by name or number. A web page elsewhere
 * can point its own host name at 127.0.0.1 (DNS rebinding) and read what a tokenless page shows, but the
 * browser still sends that host name: so without a token, only loopback names are served.
 */
function addressedToLoopback(req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (host === undefined) return true;
  const name = hostName(host);
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(name);
}

export function authorize(req: IncomingMessage, url: URL, token: string | null): AuthResult {
  if (token === null) return addressedToLoopback(req) ? 'ok' : 'not-loopback';
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ') && same(header.slice(7).trim(), token)) return 'ok';
  const cookie = cookieOf(req);
  if (cookie !== null && same(cookie, cookieValue(token))) return 'ok';
  const query = url.searchParams.get('token');
  if (query !== null && same(query, token)) {
    return { setCookie: `${COOKIE_NAME}=${cookieValue(token)}; Path=/; HttpOnly; SameSite=Strict` };
  }
  return 'denied';
}
