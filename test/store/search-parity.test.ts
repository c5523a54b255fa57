// Search parity: the same articles in SQLite and in PostgreSQL, the same queries, the same hits (as
// sets: the two rank with different formulas, bm25 and ts_rank), the same topic lists and completions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import type { SearchHit } from '../../src/store/types.js';
import { pgIncluded } from '../helpers/pg.js';
import { storeBackends } from '../helpers/store-backends.js';
import { storedArticle, variedArticle } from '../helpers/varied-articles.js';

const quote = (text: string, name: string) => ({
  text,
  start: 0,
  end: 1,
  partial: false,
  speaker: { mention: name, start: 0, end: 1, name, role: null },
});

const ARTICLES = [
  ...Array.from({ length: 80 }, (_, i) => variedArticle(i)),
  storedArticle(
    's1',
    'Zürich approves the tram-line plan',
    'The café owners in Zürich cheered; they don’t mind the noise.',
    {
      published: Date.UTC(2026, 1, 1),
      quotes: [quote('We cheered', 'Renée O’Brien'), quote('Loud', 'Renee Obrecht')],
    },
  ),
  storedArticle(
    's2',
    'Runners running in the rain',
    'A runner ran; the races are run each spring. De-risking runs deep.',
    {
      published: Date.UTC(2026, 1, 2),
      quotes: [quote('It rained', 'Ana Ortiz'), quote('We ran', 'Ana Ortiz')],
    },
  ),
  storedArticle(
    's3',
    'U.S. markets and the 3.5% rise',
    "The U.S. index rose 3.5 percent; traders didn't expect it.",
    {
      published: null,
      ingestedAt: Date.UTC(2026, 1, 3),
    },
  ),
  // Text PostgreSQL's parser would keep whole (a host, a path, an address, a version, a file name), where
  // FTS5 reads each word and number apart.
  storedArticle(
    's4',
    'Harbour office answers e.g. late mail',
    'Write to ops@harbour-office.example or see www.harbour-office.example/ferries; the 9/11 memorial ' +
      'notice sits in /var/notices/tide_table.txt, version v2.4.1, and the tide rose 3.14 metres.',
    { published: Date.UTC(2026, 1, 4) },
  ),
];

const QUERIES = [
  'e.g.',
  'e mail',
  'ops',
  'harbour office example',
  'ferries',
  '9/11',
  '11 memorial',
  'notices',
  'tide table txt',
  'v2',
  '2.4.1',
  '3.14',
  'said',
  'council',
  'market said',
  '"the minister"',
  'reference report',
  'tram',
  'approve',
  'approved plan',
  'zurich',
  'Zürich',
  'cafe',
  'running',
  'runs',
  'de-risking',
  "don't",
  'O’Brien',
  '"harbour bridge" funded',
  'Port Avel',
  'euros spring',
  'item 1037',
  'nothing-matches-this',
  'the',
  'or',
  '🚀',
];

describe.runIf(pgIncluded('search parity'))('search parity between SQLite and PostgreSQL', () => {
  const backends = storeBackends('search parity');
  const stores: Store[] = [];

  beforeAll(async () => {
    for (const backend of backends) {
      await backend.setUp();
      const store = backend.open();
      store.articles.upsert(ARTICLES);
      stores.push(store);
    }
  });
  afterAll(async () => {
    for (const store of stores) store.close();
    for (const backend of backends) await backend.tearDown();
  });

  function allHits(store: Store, query: string): SearchHit[] {
    const hits: SearchHit[] = [];
    for (let offset = 0; ; offset += 5) {
      const page = store.articles.search(query, { limit: 5, offset });
      hits.push(...page.hits);
      if (page.hits.length < 5) return hits;
    }
  }

  it.each(QUERIES)('finds the same articles for %j', (query) => {
    const [sqlite, pg] = stores as [Store, Store];
    const expected = allHits(sqlite, query)
      .map((h) => h.id)
      .sort();
    expect(
      allHits(pg, query)
        .map((h) => h.id)
        .sort(),
    ).toEqual(expected);
    const { hits: _sqliteHits, ...sqliteCounts } = sqlite.articles.search(query, { limit: 5, offset: 0 });
    const { hits: _pgHits, ...pgCounts } = pg.articles.search(query, { limit: 5, offset: 0 });
    expect(pgCounts).toEqual(sqliteCounts);
  });

  it('finds something for most queries, so the parity is not that of empty lists', () => {
    const [sqlite] = stores as [Store];
    const found = QUERIES.filter((q) => sqlite.articles.search(q, { limit: 1, offset: 0 }).total > 0);
    expect(found.length).toBeGreaterThan(QUERIES.length - 5);
  });

  it.each(['tram', 'council market', 'zurich', 'running'])(
    'lists the same latest articles on the topic %j',
    (topic) => {
      const [sqlite, pg] = stores as [Store, Store];
      const ids = (s: Store) => s.articles.latest({ topic, limit: 50 }).map((a) => a.id);
      expect(ids(pg)).toEqual(ids(sqlite));
      const between = (s: Store) =>
        s.articles.publishedBetween(0, Date.UTC(2027, 0, 1), 50, { topic }).map((a) => a.id);
      expect(between(pg)).toEqual(between(sqlite));
    },
  );

  it.each(['port a', 'lum', 'tram', 'zur', 'runners r', '', 'u.s'])(
    'completes the same headlines for %j',
    (typed) => {
      const [sqlite, pg] = stores as [Store, Store];
      const ids = (s: Store) =>
        s.articles
          .headlines(typed, 100)
          .map((h) => h.id)
          .sort();
      expect(ids(pg)).toEqual(ids(sqlite));
    },
  );

  it.each(['ana', 'o’b', 'ren', 'renee', 'obrecht', 'ortiz', ''])(
    'completes and finds the same speakers for %j',
    (typed) => {
      const [sqlite, pg] = stores as [Store, Store];
      expect(pg.quotes.speakers(typed, 25).sort()).toEqual(sqlite.quotes.speakers(typed, 25).sort());
      const texts = (s: Store) =>
        s.quotes
          .find({ speaker: typed, limit: 25 })
          .map((q) => q.text)
          .sort();
      expect(texts(pg)).toEqual(texts(sqlite));
    },
  );

  it('counts the same articles for every word of the keyword reader in both indexes', () => {
    const [sqlite, pg] = stores as [Store, Store];
    // Words of two letters or more: the keyword reader's keys. Numbers, hyphenated compounds and dotted
    // abbreviations ("u.s": SQLite reads "u" and "s") are tokens one index keeps whole and the other splits.
    const words = (s: Store) => {
      const { documents, counts } = s.articles.documentFrequencies(1);
      return { documents, counts: [...counts].filter(([w]) => /^\p{L}{2,}$/u.test(w)).sort() };
    };
    const expected = words(sqlite);
    expect(expected.counts.length).toBeGreaterThan(50);
    expect(words(pg)).toEqual(expected);
  });
});
