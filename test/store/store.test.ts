import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS } from '../../src/store/fts-query.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { openSqliteStore, type SqliteStore, type Store } from '../../src/store/index.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../src/store/types.js';
import { storeBackends } from '../helpers/store-backends.js';
import { snippetPieces, storedArticle, variedArticle } from '../helpers/varied-articles.js';

const article = storedArticle;

describe.each(storeBackends('the article store'))('on $name', (backend) => {
  let store: Store;

  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  beforeEach(() => {
    store = backend.open();
  });
  afterEach(() => store.close());

  describe('the article store', () => {
    it('reads back a quote whose mention names no one with no name, and lists no speaker for it', () => {
      const said = (text: string, mention: string, name: string | null, role: string | null) => ({
        text,
        start: 0,
        end: text.length,
        partial: false,
        speaker: { mention, start: 0, end: mention.length, name, role },
      });
      store.articles.upsert([
        article('q1', 'Port talks', 'Talks at the port.', {
          quotes: [
            said('It is closed', 'the letter', null, null),
            said('We will reopen', 'Ana Ortiz', 'Ana Ortiz', 'Harbour master'),
            said('Not yet', 'he', null, 'spokesman'),
          ],
        }),
      ]);
      expect(store.articles.get('q1')?.quotes.map((q) => [q.text, q.speaker])).toEqual([
        ['It is closed', { mention: 'the letter', start: 0, end: 0, name: null, role: null }],
        [
          'We will reopen',
          { mention: 'Ana Ortiz', start: 0, end: 0, name: 'Ana Ortiz', role: 'Harbour master' },
        ],
        ['Not yet', { mention: 'he', start: 0, end: 0, name: null, role: 'spokesman' }],
      ]);
      expect(store.quotes.speakers('', 10)).toEqual(['Ana Ortiz']);
    });

    it('upserts, reads back and deletes an article with its quotes', () => {
      const quote = {
        text: 'We welcome it',
        start: 10,
        end: 23,
        partial: false,
        speaker: { mention: 'Wang', start: 0, end: 4, name: 'Wang Wentao', role: 'Commerce Minister' },
      };
      store.articles.upsert([
        article('a1', 'Chip maker invited back', 'China welcomes Micron.', { quotes: [quote] }),
      ]);
      const stored = store.articles.get('a1');
      expect(stored?.title).toBe('Chip maker invited back');
      expect(stored?.quotes).toHaveLength(1);
      expect(stored?.quotes).toMatchObject([
        {
          text: 'We welcome it',
          start: 10,
          end: 23,
          partial: false,
          speaker: { mention: 'Wang', name: 'Wang Wentao', role: 'Commerce Minister' },
        },
      ]);
      store.articles.upsert([article('a1', 'Chip maker invited back again', 'Updated text.')]);
      expect(store.articles.count()).toBe(1);
      expect(store.articles.get('a1')?.quotes).toEqual([]);
      store.articles.delete(['a1']);
      expect(store.articles.get('a1')).toBeNull();
      expect(store.articles.search('updated', { limit: 5, offset: 0 }).total).toBe(0);
    });

    it('ranks search results with highlighted snippets and pages through them', () => {
      store.articles.upsert([
        article('a', 'Harbour bridge reopens', 'The harbour bridge reopened on Monday after repairs.'),
        article('b', 'Council budget', 'The budget mentions the harbour once.'),
        article('c', 'Weather', 'Sunny all week.'),
      ]);
      const first = store.articles.search('harbour', { limit: 1, offset: 0 });
      const second = store.articles.search('harbour', { limit: 1, offset: 1 });
      expect([first.total, second.total]).toEqual([2, 2]);
      expect(first.hits.map((h) => [h.id, h.snippet])).toEqual([
        ['a', 'The \u0002harbour\u0003 bridge reopened on Monday after repairs.'],
      ]);
      expect(second.hits.map((h) => [h.id, h.snippet])).toEqual([
        ['b', 'The budget mentions the \u0002harbour\u0003 once.'],
      ]);
      const past = store.articles.search('harbour', { limit: 1, offset: 2 });
      expect([past.total, past.hits]).toEqual([2, []]);
    });

    it('matches a quoted phrase as a phrase', () => {
      store.articles.upsert([
        article('a', 'One', 'They want to de-risk, not decouple.'),
        article('b', 'Two', 'Decouple first, then de-risk later.'),
      ]);
      expect(
        store.articles.search('"de-risk, not decouple"', { limit: 5, offset: 0 }).hits.map((h) => h.id),
      ).toEqual(['a']);
    });

    it.each([
      '"a" OR (',
      '*',
      'NEAR(',
      '"',
      "it's",
      '🚀 rocket',
      'a AND',
      '-x',
      'title:foo',
      "'; DROP TABLE articles; --",
    ])('answers the search %j without an error', (query) => {
      store.articles.upsert([article('a', 'Rocket launch', 'A rocket lifted off.')]);
      expect(() => store.articles.search(query, { limit: 5, offset: 0 })).not.toThrow();
      expect(store.articles.count()).toBe(1);
    });

    it('lists the latest articles, optionally on a topic, newest first', () => {
      store.articles.upsert([
        article('old', 'Old chip news', 'Chips.', { published: Date.UTC(2026, 0, 1) }),
        article('new', 'New chip news', 'Chips again.', { published: Date.UTC(2026, 5, 1) }),
        article('other', 'Football', 'Goals.', { published: Date.UTC(2026, 6, 1) }),
      ]);
      expect(store.articles.latest({ limit: 10 }).map((a) => a.id)).toEqual(['other', 'new', 'old']);
      expect(store.articles.latest({ topic: 'chip', limit: 10 }).map((a) => a.id)).toEqual(['new', 'old']);
      expect(store.articles.newest()?.id).toBe('other');
    });

    it('completes headlines from the words typed so far', () => {
      store.articles.upsert([
        article('a', 'Micron welcomed in China', 'x', { published: Date.UTC(2026, 0, 3) }),
        article('b', 'Microsoft earnings', 'y', { published: Date.UTC(2026, 0, 1) }),
        article('c', 'Football results', 'mentions micron in the body only', {
          published: Date.UTC(2026, 0, 2),
        }),
      ]);
      expect(
        store.articles
          .headlines('micr', 25)
          .map((h) => h.id)
          .sort(),
      ).toEqual(['a', 'b']);
      expect(store.articles.headlines('micron chi', 25).map((h) => h.id)).toEqual(['a']);
      expect(store.articles.headlines('', 2)).toEqual([
        { id: 'a', title: 'Micron welcomed in China' },
        { id: 'c', title: 'Football results' },
      ]);
    });

    it('finds quotes by speaker (any part, any case) and completes speaker names', () => {
      const q = (text: string, name: string) => ({
        text,
        start: 0,
        end: 1,
        partial: false,
        speaker: { mention: name, start: 0, end: 1, name, role: null },
      });
      store.articles.upsert([
        article('a', 'A', 'x', { quotes: [q('First', 'Wang Wentao'), q('Second', 'Gina Raimondo')] }),
        article('b', 'B', 'y', { quotes: [q('Third', 'Wang Wentao')] }),
      ]);
      expect(
        store.quotes
          .find({ speaker: 'wentao', limit: 10 })
          .map((x) => x.text)
          .sort(),
      ).toEqual(['First', 'Third']);
      expect(store.quotes.find({ speaker: '100%', limit: 10 })).toEqual([]);
      expect(store.quotes.find({ articleId: 'a', speaker: 'gina', limit: 10 }).map((x) => x.text)).toEqual([
        'Second',
      ]);
      expect(store.quotes.speakers('wen', 25)).toEqual(['Wang Wentao']);
      expect(store.quotes.speakers('', 25)).toEqual(['Wang Wentao', 'Gina Raimondo']);
      store.articles.delete(['a', 'b']);
      expect(store.quotes.speakers('', 25)).toEqual([]);
    });
  });

  describe('search over many varied articles', () => {
    const ARTICLES = 64;
    const PAGE = 5;

    beforeEach(() => store.articles.upsert(Array.from({ length: ARTICLES }, (_, i) => variedArticle(i))));

    function allPages(query: string): SearchHit[] {
      const hits: SearchHit[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = store.articles.search(query, { limit: PAGE, offset });
        hits.push(...page.hits);
        if (page.hits.length < PAGE) return hits;
      }
    }

    it.each(['said', 'council', 'market said', '"the minister"', 'reference report'])(
      'gives every hit of %j, on every page, a snippet from its own article',
      (query) => {
        const hits = allPages(query);
        expect(hits.length).toBeGreaterThan(PAGE * 2);
        expect(hits.length).toBe(store.articles.search(query, { limit: PAGE, offset: 0 }).total);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        for (const hit of hits) {
          const own = store.articles.get(hit.id);
          expect(own, hit.id).not.toBeNull();
          expect(hit.title).toBe(own?.title);
          expect(hit.snippet, hit.id).toMatch(
            new RegExp(`${HIGHLIGHT_START}[^${HIGHLIGHT_END}]+${HIGHLIGHT_END}`),
          );
          for (const piece of snippetPieces(hit.snippet))
            expect(own?.text, `${hit.id}: ${piece}`).toContain(piece);
        }
      },
    );

    it('lists the latest on a topic: every article that mentions it, newest first, and no other', () => {
      const all = Array.from({ length: ARTICLES }, (_, i) => variedArticle(i));
      const expected = all
        .filter((a) => /\btram\b/i.test(`${a.title} ${a.text}`))
        .sort((x, y) => (y.published ?? 0) - (x.published ?? 0))
        .map((a) => a.id);
      expect(expected.length).toBeGreaterThan(5);
      expect(store.articles.latest({ topic: 'tram', limit: 100 }).map((a) => a.id)).toEqual(expected);
      const latest = store.articles.latest({ limit: 7 });
      expect(latest.map((a) => [a.id, a.title, a.headlineSummary])).toEqual(
        [...all]
          .reverse()
          .slice(0, 7)
          .map((a) => [a.id, a.title, a.headlineSummary]),
      );
    });

    it('searches a query of a thousand common words with its first terms only, and says how many were left out', () => {
      const query = Array.from({ length: 1000 }, (_, i) => ['the', 'said', 'council', 'report'][i % 4]).join(
        ' ',
      );
      const page = store.articles.search(query, { limit: PAGE, offset: 0 });
      expect(page.ignoredTerms).toBe(1000 - MAX_QUERY_TERMS);
      expect(page.total).toBe(allPages('the said council report').length);
      expect(store.articles.search('said council', { limit: PAGE, offset: 0 }).ignoredTerms).toBe(0);
    });

    it('snippets differ from hit to hit', () => {
      const hits = allPages('said');
      expect(new Set(hits.map((h) => h.snippet)).size).toBe(hits.length);
    });

    it('ranks headline matches above body-only matches', () => {
      const hits = allPages('tram');
      const inTitle = hits.map((h) => /tram/i.test(h.title));
      expect(inTitle.some((t) => !t)).toBe(true);
      expect(inTitle.indexOf(false)).toBe(inTitle.lastIndexOf(true) + 1);
    });
  });
});

describe('the SQLite file and its migrations', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-store-'));
    store = openSqliteStore(join(dir, 'nested', 'herald.db'));
  });

  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the database folder', () => {
    store.meta.set('x', '1');
    expect(openSqliteStore(join(dir, 'nested', 'herald.db')).meta.get('x')).toBe('1');
  });

  it('upgrades a database file made by an older version in place, keeping its rows', () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(old, path, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();

    const upgraded = openSqliteStore(path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(upgraded.meta.get('kept')).toBe('yes');
    expect(() => upgraded.db.prepare('SELECT count(*) FROM subscriptions').get()).not.toThrow();
    upgraded.close();
  });

  it('opens an up-to-date file without applying anything again', () => {
    store.meta.set('x', '1');
    store.close();
    store = openSqliteStore(join(dir, 'nested', 'herald.db'));
    expect(store.meta.get('x')).toBe('1');
  });
});
