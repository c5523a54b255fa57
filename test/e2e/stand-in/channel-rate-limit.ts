// Discord's per-channel message limit for the stand-in: at most `limit` new messages in a channel in any
// `windowMs` (Discord: about 5 per 5 s), answered with a 429 carrying the route's X-RateLimit headers and
// Retry-After, as Discord answers. Off unless set (setChannelRateLimit or the channelRateLimit option).
import { rateLimitAnswer, type FaultAnswer } from './faults.js';

export interface ChannelRateLimit {
  limit: number;
  windowMs: number;
}

const CHANNEL_MESSAGES = /^\/channels\/([^/]+)\/messages$/;

export class ChannelRateLimiter {
  private readonly sent = new Map<string, number[]>();
  /** Requests answered 429 by this limiter. */
  rejected = 0;

  constructor(private rule: ChannelRateLimit | null) {}

  set(rule: ChannelRateLimit | null): void {
    this.rule = rule;
    this.sent.clear();
  }

  check(method: string, path: string, now: number): FaultAnswer | null {
    const channelId = method === 'POST' ? CHANNEL_MESSAGES.exec(path)?.[1] : undefined;
    if (!this.rule || channelId === undefined) return null;
    const { limit, windowMs } = this.rule;
    const times = (this.sent.get(channelId) ?? []).filter((t) => t > now - windowMs);
    if (times.length >= limit) {
      this.sent.set(channelId, times);
      this.rejected += 1;
      const retryAfter = Math.max(0.001, ((times[times.length - limit] as number) + windowMs - now) / 1000);
      return rateLimitAnswer(Number(retryAfter.toFixed(3)), false, 'channel rate limit');
    }
    times.push(now);
    this.sent.set(channelId, times);
    return null;
  }
}
