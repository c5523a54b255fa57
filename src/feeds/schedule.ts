// When a feed is fetched next, and when a failure pauses it. Pure: times and the jitter draw are passed in.

export const MAX_HINT_SECONDS = 3600;
/** A feed's own interval in minutes, as `/feed add interval` and `herald feed add --interval` take it. */
export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const BACKOFF_BASE_SECONDS = 300;
export const BACKOFF_MAX_SECONDS = 24 * 3600;
export const FAILURES_BEFORE_PAUSE = 8;
/** The longest Retry-After honoured, a week: "99999999999" would put the next fetch thousands of years away. */
export const MAX_RETRY_AFTER_SECONDS = 7 * 24 * 3600;
/** Statuses that pause a feed at once: the feed is gone or closed to us, retrying will not help. */
export const PAUSING_STATUSES: ReadonlySet<number> = new Set([401, 403, 404, 410]);
const JITTER_SHARE = 0.1;

export interface FreshnessHints {
  /** RSS <ttl>, minutes. */
  ttlMinutes?: number | null;
  cacheControl?: string | null;
  expires?: string | null;
}

/** Seconds the server or feed says its content stays fresh, or null when it says nothing usable. */
export function freshnessSeconds(hints: FreshnessHints, now: number): number | null {
  const candidates: number[] = [];
  if (hints.ttlMinutes) candidates.push(hints.ttlMinutes * 60);
  const maxAge = hints.cacheControl ? /(?:^|[,\s])max-age\s*=\s*(\d+)/i.exec(hints.cacheControl) : null;
  if (maxAge?.[1]) candidates.push(Number(maxAge[1]));
  else if (hints.expires) {
    const at = Date.parse(hints.expires);
    if (Number.isFinite(at) && at > now) candidates.push(Math.round((at - now) / 1000));
  }
  return candidates.length > 0 ? Math.max(...candidates) : null;
}

/**
 * The wait after a good fetch: the feed's interval (never under the minimum), stretched to the
 * freshness the feed or server asks for up to an hour, plus up to 10% jitter (`draw` in [0, 1)).
 */
export function successDelaySeconds(
  intervalSeconds: number,
  minIntervalSeconds: number,
  freshness: number | null,
  draw: number,
): number {
  const base = Math.max(intervalSeconds, minIntervalSeconds);
  const stretched =
    freshness === null || freshness <= base ? base : Math.min(freshness, Math.max(base, MAX_HINT_SECONDS));
  return Math.round(stretched * (1 + JITTER_SHARE * draw));
}

/** Retry-After as seconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - now) / 1000)) : null;
}

/** The wait after the n-th failure in a row (n ≥ 1): 5 min × 2^(n−1), at most 24 h. */
export function backoffSeconds(failures: number): number {
  return Math.min(BACKOFF_BASE_SECONDS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_SECONDS);
}

export interface FailurePlan {
  failures: number;
  pause: boolean;
  nextFetchAt: number;
  /** Set when the server asked to wait (Retry-After). */
  retryAfterUntil: number | null;
}

/** What a failed fetch does to the feed: back off, honour Retry-After, or pause. */
export function planFailure(
  previousFailures: number,
  failure: { status: number | null; retryAfter: string | null },
  now: number,
): FailurePlan {
  const failures = previousFailures + 1;
  const pause =
    (failure.status !== null && PAUSING_STATUSES.has(failure.status)) || failures >= FAILURES_BEFORE_PAUSE;
  const said =
    failure.status === 429 || failure.status === 503 ? retryAfterSeconds(failure.retryAfter, now) : null;
  const asked = said === null ? null : Math.min(said, MAX_RETRY_AFTER_SECONDS);
  const wait = Math.max(backoffSeconds(failures), asked ?? 0);
  return {
    failures,
    pause,
    nextFetchAt: now + wait * 1000,
    retryAfterUntil: asked === null ? null : now + asked * 1000,
  };
}
