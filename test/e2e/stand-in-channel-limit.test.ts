// The stand-in's per-channel message limit (Discord: about 5 per 5 s), used by `npm run bench:posts`:
// posts past the limit in one channel get a route 429 with Retry-After; other channels are not held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from './stand-in/index.js';

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});

afterAll(async () => {
  await standIn.close();
});

async function post(channel: string, content: string) {
  const response = await fetch(`${standIn.apiBase}/v10/channels/${standIn.channelId(channel)}/messages`, {
    method: 'POST',
    headers: { authorization: 'Bot test', 'content-type': 'application/json' },
    body: JSON.stringify({ content }),
  });
  return {
    status: response.status,
    scope: response.headers.get('x-ratelimit-scope'),
    retryAfter: Number(response.headers.get('retry-after')),
  };
}

describe('the stand-in’s channel rate limit', () => {
  it('answers 429 past the limit in one channel, and lets other channels post', async () => {
    standIn.setChannelRateLimit({ limit: 2, windowMs: 60_000 });
    try {
      const answers = [
        await post('news', 'one'),
        await post('news', 'two'),
        await post('news', 'three'),
        await post('general', 'elsewhere'),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 200]);
      expect(answers[2]?.scope).toBe('user');
      expect(answers[2]?.retryAfter).toBeGreaterThan(59);
      expect(answers[2]?.retryAfter).toBeLessThanOrEqual(60);
      expect(standIn.messagesIn(standIn.channelId('news')).map((m) => m.api.content)).toEqual(['one', 'two']);
      expect(standIn.stats().channelRateLimited).toBe(1);
    } finally {
      standIn.setChannelRateLimit(null);
    }
    expect((await post('news', 'after')).status).toBe(200);
  });
});
