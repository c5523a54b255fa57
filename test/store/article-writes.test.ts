// How the SQLite store writes a call's articles: each full-text index gets one new segment per call
// (not one per article, which FTS5 then merges over and over), and what is stored is what writing the
// articles one by one stored: a later copy of an id replaces the earlier, speaker counts follow the
// quotes that stay, every index passes its integrity check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import type { Quote } from '../../src/core/types.js';
import { variedArticle } from '../helpers/varied-articles.js';

const FTS_TABLES = ['articles_fts', 'headlines_fts', 'speakers_fts', 'speakers_trigram'];

const said = (text: string, name: string): Quote => ({
  text,
  start: 0,
  end: text.length,
  partial: false,
  speaker: { mention: name, start: 0, end: name.length, name, role: null },
});

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(() => store.close());

const segments = (table: string) =>
  store.db.prepare(`SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number;

const speakerCounts = () =>
  store.db.prepare('SELECT name, quotes FROM speakers ORDER BY name').raw().all() as Array<[string, number]>;

function expectIndexesIntact(): void {
  for (const table of FTS_TABLES) {
    expect(
      () => store.db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
      table,
    ).not.toThrow();
  }
}

describe('writing a batch of articles', () => {
  it('adds one segment to each full-text index, whatever the number of articles', () => {
    const quoted = (i: number) => variedArticle(i, { quotes: [said(`Quote ${i}`, `Person ${i}`)] });
    store.articles.upsert(Array.from({ length: 64 }, (_, i) => quoted(i)));
    expect(FTS_TABLES.map(segments)).toEqual([1, 1, 1, 1]);
    store.articles.upsert(Array.from({ length: 40 }, (_, i) => quoted(100 + i)));
    expect(FTS_TABLES.map(segments)).toEqual([2, 2, 2, 2]);
    expectIndexesIntact();
  });

  it('stores the last copy of an id given twice, in the place of the first, with only its quotes', () => {
    const first = variedArticle(1, {
      title: 'Tram line first draft',
      quotes: [said('Old words', 'Ana Ortiz')],
    });
    const last = variedArticle(1, {
      title: 'Tram line final text',
      quotes: [said('New words', 'Ben Okafor'), said('More words', 'Ana Ortiz')],
    });
    store.articles.upsert([first, variedArticle(2), last, variedArticle(3)]);
    const order = store.db.prepare('SELECT id, title FROM articles ORDER BY rowid').raw().all();
    expect(order).toEqual([
      ['v001', 'Tram line final text'],
      ['v002', variedArticle(2).title],
      ['v003', variedArticle(3).title],
    ]);
    expect(store.articles.get('v001')?.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['New words', 'Ben Okafor'],
      ['More words', 'Ana Ortiz'],
    ]);
    expect(speakerCounts()).toEqual([
      ['Ana Ortiz', 1],
      ['Ben Okafor', 1],
    ]);
    expect(store.articles.headlines('tram', 5).map((h) => h.title)).toEqual(['Tram line final text']);
    expect(store.articles.headlines('draft', 5)).toEqual([]);
    expectIndexesIntact();
  });

  it('moves speaker counts with the quotes when stored articles are written again or deleted', () => {
    store.articles.upsert([
      variedArticle(1, { quotes: [said('One', 'Ana Ortiz'), said('Two', 'Chen Li')] }),
      variedArticle(2, { quotes: [said('Three', 'Chen Li')] }),
    ]);
    store.articles.upsert([
      variedArticle(1, { quotes: [said('Four', 'Dara Walsh')] }),
      variedArticle(3, { quotes: [said('Five', 'Ana Ortiz'), said('Six', 'ana ortiz')] }),
    ]);
    expect(speakerCounts()).toEqual([
      ['Ana Ortiz', 2],
      ['Chen Li', 1],
      ['Dara Walsh', 1],
    ]);
    expect(store.quotes.speakers('chen', 5)).toEqual(['Chen Li']);
    store.articles.delete(['v002', 'v003']);
    expect(speakerCounts()).toEqual([['Dara Walsh', 1]]);
    expect(store.quotes.speakers('', 5)).toEqual(['Dara Walsh']);
    expect(store.quotes.speakers('chen', 5)).toEqual([]);
    expectIndexesIntact();
  });
});
