// Failures on demand (failNext) and Discord's global rate limit. discord.js learns about rate limits
// only from headers (Retry-After, X-RateLimit-*), so the headers are what matters here; the JSON body
// mirrors Discord's for code that logs it.

export interface FaultSpec {
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Only requests whose decoded route starts with this, e.g. `/channels/123/messages` or `/interactions/`. */
  pathPrefix?: string;
  status: number;
  /** Discord's JSON error code; defaults: 403 → 50013, 404 → 10003, others 0. */
  code?: number;
  message?: string;
  /** 429 only: seconds to wait (fractions allowed; discord.js multiplies by 1000). Default 0.2. */
  retryAfter?: number;
  /** 429 only: a global limit (X-RateLimit-Global, scope global) rather than a route's. */
  global?: boolean;
  /** How many matching requests fail; default 1. */
  count?: number;
}

export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  label: string;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  0: 'Error',
  10003: 'Unknown Channel',
  10008: 'Unknown Message',
  10015: 'Unknown Webhook',
  10062: 'Unknown interaction',
  40060: 'Interaction has already been acknowledged.',
  50001: 'Missing Access',
  50013: 'Missing Permissions',
};

export function errorBody(code: number, message?: string): { message: string; code: number } {
  return { message: message ?? DEFAULT_MESSAGES[code] ?? 'Error', code };
}

export function rateLimitAnswer(retryAfter: number, global: boolean, label: string): FaultAnswer {
  const seconds = retryAfter.toString();
  const headers: Record<string, string> = {
    'retry-after': seconds,
    'x-ratelimit-scope': global ? 'global' : 'user',
  };
  if (global) headers['x-ratelimit-global'] = 'true';
  else {
    headers['x-ratelimit-limit'] = '5';
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
    headers['x-ratelimit-reset-after'] = seconds;
    headers['x-ratelimit-bucket'] = 'stand-in-bucket';
  }
  return {
    status: 429,
    headers,
    body: {
      message: 'You are being rate limited.',
      retry_after: retryAfter,
      global,
      code: global ? 0 : undefined,
    },
    label,
  };
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

interface MatchRule {
  method?: string | undefined;
  pathPrefix?: string | undefined;
  remaining: number;
}

/** The first rule with uses left that matches the request, with one use taken; null when none does. */
function takeRule<R extends MatchRule>(rules: R[], method: string, path: string): R | null {
  const rule = rules.find(
    (r) =>
      r.remaining > 0 &&
      (r.method === undefined || r.method.toUpperCase() === method) &&
      (r.pathPrefix === undefined || path.startsWith(r.pathPrefix)),
  );
  if (!rule) return null;
  rule.remaining -= 1;
  return rule;
}

export class Faults {
  private rules: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    this.rules.push({ ...spec, remaining: spec.count ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  /** Faults still waiting for a matching request. */
  pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  take(method: string, path: string): FaultAnswer | null {
    const rule = takeRule(this.rules, method, path);
    if (!rule) return null;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    const label = `failNext ${rule.status}`;
    if (rule.status === 429) return rateLimitAnswer(rule.retryAfter ?? 0.2, rule.global ?? false, label);
    const code = rule.code ?? (rule.status === 403 ? 50013 : rule.status === 404 ? 10003 : 0);
    const body =
      rule.status >= 500
        ? { message: rule.message ?? 'Internal Server Error', code }
        : errorBody(code, rule.message);
    return { status: rule.status, headers: {}, body, label };
  }
}

/**
 * Discord's global limit: N requests per second per bot, over fixed one-second windows (the model
 * discord.js itself paces by). Interaction callbacks and interaction webhooks are exempt, as on Discord.
 */
export class GlobalRateLimiter {
  private windowStart = 0;
  private used = 0;
  /** Requests answered 429 by this limiter. */
  rejected = 0;

  constructor(private perSecond: number | null) {}

  set(perSecond: number | null): void {
    this.perSecond = perSecond;
    this.used = 0;
  }

  check(path: string, now: number): FaultAnswer | null {
    if (this.perSecond === null || path.startsWith('/interactions/') || path.startsWith('/webhooks/'))
      return null;
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.used = 0;
    }
    this.used += 1;
    if (this.used <= this.perSecond) return null;
    this.rejected += 1;
    const retryAfter = Math.max(0.001, (this.windowStart + 1000 - now) / 1000);
    return rateLimitAnswer(Number(retryAfter.toFixed(3)), true, 'global rate limit');
  }
}

export interface HoldSpec {
  method?: string;
  pathPrefix?: string;
  /** How long to hold the request. */
  ms: number;
  /**
   * 'answer' (default): carry the request out at once but answer late, as when Discord posted a
   * message and the bot died before hearing so. 'request': wait, then carry it out and answer.
   */
  hold?: 'answer' | 'request';
  count?: number;
}

/** Slow answers on demand, e.g. to kill the bot while a post is in flight. */
export class Holds {
  private rules: (HoldSpec & { remaining: number })[] = [];

  add(spec: HoldSpec): void {
    this.rules.push({ ...spec, remaining: spec.count ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  take(method: string, path: string): { ms: number; hold: 'answer' | 'request' } | null {
    const rule = takeRule(this.rules, method, path);
    if (!rule) return null;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return { ms: rule.ms, hold: rule.hold ?? 'answer' };
  }
}
