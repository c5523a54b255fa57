// The token rule: with no token configured (loopback only, enforced by config) every request passes;
// otherwise a bearer header, the cookie set by `?token=`, or `?token=` itself. Compared in constant time
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

export type AuthResult = 'ok' | 'denied' | { setCookie: string };

export function authorize(req: IncomingMessage, url: URL, token: string | null): AuthResult {
  if (token === null) return 'ok';
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
