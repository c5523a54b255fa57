// In how many articles each indexed word appears, on SQLite (its fts5vocab view) and on PostgreSQL
// (ts_stat over the search column): the same keys, as the keyword reader spells words, and counts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { frequencyKey } from '../../src/core/keywords/index.js';
import type { Store } from '../../src/store/store.js';
import { storeBackends } from '../helpers/store-backends.js';
import { storedArticle } from '../helpers/varied-articles.js';

describe.each(storeBackends('document frequencies'))('document frequencies on $name', (backend) => {
  let store: Store;
  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  beforeEach(() => {
    store = backend.open();
  });
  afterEach(() => store.close());

  it('counts each word once per article, keyed as the keyword reader keys words, and follows deletes', () => {
    store.articles.upsert([
      storedArticle('a1', 'Harbour reopens', 'The harbour reopened. Harbours matter.'),
      storedArticle('a2', 'Lighthouse café', 'A lighthouse by the harbour.'),
      storedArticle('a3', 'Markets', 'Markets rose.'),
    ]);
    const all = store.articles.documentFrequencies(1);
    expect(all.documents).toBe(3);
    expect(
      ['harbour', 'Lighthouse', 'café', 'markets', 'reopens', 'matter', 'rose'].map((w) =>
        all.counts.get(frequencyKey(w)),
      ),
    ).toEqual([2, 1, 1, 1, 1, 1, 1]);
    const twice = store.articles.documentFrequencies(2);
    expect(twice.counts.get(frequencyKey('harbour'))).toBe(2);
    expect(['lighthouse', 'markets', 'rose'].map((w) => twice.counts.has(frequencyKey(w)))).toEqual([
      false,
      false,
      false,
    ]);
    store.articles.delete(['a1']);
    const after = store.articles.documentFrequencies(1);
    expect(after.documents).toBe(2);
    expect(['harbour', 'reopens', 'lighthouse'].map((w) => after.counts.get(frequencyKey(w)) ?? 0)).toEqual([
      1, 0, 1,
    ]);
  });
});
