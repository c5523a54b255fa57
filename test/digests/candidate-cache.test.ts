import { describe, expect, it } from 'vitest';
import {
  FIRST_DIGEST_LOOKBACK_MS,
  LATE_ARRIVAL_MS,
  newsTime,
  type DigestArticle,
} from '../../src/core/digest.js';
import { createCandidateCache } from '../../src/digests/candidate-cache.js';

const HOUR = 60 * 60 * 1000;
const SLOT = Date.UTC(2025, 0, 6, 9, 0, 0);

function article(id: string, title: string, published: number): DigestArticle {
  return {
    id,
    title,
    url: null,
    source: null,
    // One batch loaded just before the slot; the articles' own dates differ.
    ingestedAt: SLOT - 60_000,
    published,
    text: title,
    keywords: [],
    summary: [],
    quote: null,
    storyKey: id,
  };
}

const STORED = [
  article('a', 'Harbour strike ends', SLOT - HOUR),
  article('b', 'Council budget vote', SLOT - 5 * HOUR),
  article('c', 'Strike talks resume', SLOT - 60 * HOUR),
];

function setUp(clock = { t: SLOT }) {
  const loads: Array<[number, number]> = [];
  const cache = createCandidateCache({
    load: (start, end) => {
      loads.push([start, end]);
      return STORED.filter((a) => newsTime(a) > start && newsTime(a) <= end);
    },
    now: () => clock.t,
  });
  return { cache, loads, clock };
}

describe('createCandidateCache', () => {
  it('reads a slot once for every window within a first digest lookback and its late arrivals', () => {
    const { cache, loads } = setUp();
    expect(cache.candidates(SLOT - 2 * HOUR, SLOT, null).map((a) => a.id)).toEqual(['a', 'b']);
    cache.candidates(SLOT - FIRST_DIGEST_LOOKBACK_MS - LATE_ARRIVAL_MS, SLOT, null);
    cache.candidates(SLOT - 10 * 60 * 1000, SLOT, null);
    expect(loads).toEqual([[SLOT - FIRST_DIGEST_LOOKBACK_MS - LATE_ARRIVAL_MS, SLOT]]);
  });

  it('reads again, wider, for a window reaching further back, and serves narrower ones from that', () => {
    const { cache, loads } = setUp();
    cache.candidates(SLOT - HOUR, SLOT, null);
    expect(cache.candidates(SLOT - 72 * HOUR, SLOT, null).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    cache.candidates(SLOT - 66 * HOUR, SLOT, null);
    expect(loads).toEqual([
      [SLOT - FIRST_DIGEST_LOOKBACK_MS - LATE_ARRIVAL_MS, SLOT],
      [SLOT - 72 * HOUR, SLOT],
    ]);
  });

  it('keeps slots apart and reads a slot again once its copy is a minute old', () => {
    const { cache, loads, clock } = setUp();
    cache.candidates(SLOT - HOUR, SLOT, null);
    cache.candidates(SLOT - HOUR, SLOT - HOUR, null);
    clock.t += 61_000;
    cache.candidates(SLOT - HOUR, SLOT, null);
    expect(loads.map(([, end]) => end)).toEqual([SLOT, SLOT - HOUR, SLOT]);
  });

  it('narrows to a topic once per topic, ignoring case', () => {
    const { cache } = setUp();
    const strike = cache.candidates(SLOT - 72 * HOUR, SLOT, 'Strike');
    expect(strike.map((a) => a.id)).toEqual(['a', 'c']);
    expect(cache.candidates(SLOT - HOUR, SLOT, ' strike ')).toBe(strike);
    expect(cache.candidates(SLOT - HOUR, SLOT, 'budget').map((a) => a.id)).toEqual(['b']);
  });
});
