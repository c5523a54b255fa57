import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frequencyKey } from '../../src/core/keywords/index.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { storedArticle } from '../helpers/varied-articles.js';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-df-'));
  store = openSqliteStore(join(dir, 'herald.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('document frequencies from the store', () => {
  it('counts each word once per article, keyed as the keyword reader keys words, and follows deletes', () => {
    store.articles.upsert([
      storedArticle('a1', 'Harbour reopens', 'The harbour reopened. Harbours matter.'),
      storedArticle('a2', 'Lighthouse café', 'A lighthouse by the harbour.'),
      storedArticle('a3', 'Markets', 'Markets rose.'),
    ]);
    const all = store.articles.documentFrequencies(1);
    expect(all.documents).toBe(3);
    expect(all.counts.get(frequencyKey('harbour'))).toBe(2);
    expect(all.counts.get(frequencyKey('Lighthouse'))).toBe(1);
    expect(all.counts.get(frequencyKey('café'))).toBe(1);
    expect(all.counts.get(frequencyKey('markets'))).toBe(1);
    expect([...store.articles.documentFrequencies(2).counts.keys()]).toEqual(
      expect.arrayContaining([frequencyKey('harbour')]),
    );
    expect(store.articles.documentFrequencies(2).counts.has(frequencyKey('lighthouse'))).toBe(false);
    store.articles.delete(['a1']);
    const after = store.articles.documentFrequencies(1);
    expect(after.documents).toBe(2);
    expect(after.counts.get(frequencyKey('harbour'))).toBe(1);
  });
});
