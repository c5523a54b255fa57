import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { toDigestArticles } from '../../src/digests/candidates.js';
import { storedArticle } from '../helpers/varied-articles.js';

const analyzer = createAnalyzer();
const DAY = 24 * 60 * 60 * 1000;

/** A stored article analysed as ingest would: signature, entities and keywords from its text. */
function stored(id: string, title: string, text: string, published: number) {
  const a = analyzer.analyze({ text, title });
  return storedArticle(id, title, text, {
    published,
    signature: a.signature,
    entities: a.entities,
    keywords: a.keywords,
  });
}

describe('digest candidates: same-story keys read the articles’ dates', () => {
  const title = 'Storm Ivo Closes Kestrel Bridge For Repairs';
  const first =
    'Storm Ivo closed the Kestrel Bridge on Monday after winds damaged two cables, city engineer Mara Lind said.';
  const second =
    'Engineers shut the Kestrel Bridge as Storm Ivo brought down two of its cables, Mara Lind told reporters.';

  it('gives one key to two outlets’ reports of the event published the same day', () => {
    const [a, b] = toDigestArticles([
      stored('a', title, first, Date.UTC(2026, 9, 5)),
      stored('b', title, second, Date.UTC(2026, 9, 5) + DAY / 3),
    ]);
    expect(a?.storyKey).toBe(b?.storyKey);
  });

  it('gives two keys when the same headline comes back a month later', () => {
    const [a, b] = toDigestArticles([
      stored('a', title, first, Date.UTC(2026, 9, 5)),
      stored('b', title, second, Date.UTC(2026, 10, 5)),
    ]);
    expect(a?.storyKey).not.toBe(b?.storyKey);
  });
});
