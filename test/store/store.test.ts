import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { StoredArticle } from '../../src/store/types.js';

function article(id: string, title: string, text: string, extra: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id,
    title,
    standfirst: null,
    text,
    url: `https://news.example/${id}`,
    source: 'Example News',
    author: null,
    published: Date.UTC(2026, 10, 1),
    ingestedAt: Date.UTC(2026, 10, 2),
    tags: [],
    filePath: null,
    sentences: [[0, text.length]],
    summary: [0],
    headlineSummary: text,
    keywords: [],
    entities: { people: [], organizations: [], places: [] },
    signature: [],
    storyKey: null,
    quotes: [],
    ...extra,
  };
}

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-store-'));
  store = openStore(join(dir, 'nested', 'herald.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the article store', () => {
  it('creates the database folder and upserts, reads back and deletes an article with its quotes', () => {
    const quote = { text: 'We welcome it', start: 10, end: 23, partial: false,
      speaker: { mention: 'Wang', start: 0, end: 4, name: 'Wang Wentao', role: 'Commerce Minister' } };
    store.articles.upsert([article('a1', 'Chip maker invited back', 'China welcomes Micron.', { quotes: [quote] })]);
    const stored = store.articles.get('a1');
    expect(stored?.title).toBe('Chip maker invited back');
    expect(stored?.quotes[0]).toMatchObject({ text: 'We welcome it', speaker: { name: 'Wang Wentao', role: 'Commerce Minister' } });
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
    const page = store.articles.search('harbour', { limit: 1, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.hits[0]?.id).toBe('a');
    expect(page.hits[0]?.snippet).toContain('\u0002harbour\u0003');
    expect(store.articles.search('harbour', { limit: 1, offset: 1 }).hits[0]?.id).toBe('b');
  });

  it('matches a quoted phrase as a phrase', () => {
    store.articles.upsert([
      article('a', 'One', 'They want to de-risk, not decouple.'),
      article('b', 'Two', 'Decouple first, then de-risk later.'),
    ]);
    expect(store.articles.search('"de-risk, not decouple"', { limit: 5, offset: 0 }).hits.map((h) => h.id)).toEqual(['a']);
  });

  it.each(['"a" OR (', '*', 'NEAR(', '"', "it's", '🚀 rocket', 'a AND', '-x', 'title:foo', "'; DROP TABLE articles; --"])(
    'answers the search %j without an error',
    (query) => {
      store.articles.upsert([article('a', 'Rocket launch', 'A rocket lifted off.')]);
      expect(() => store.articles.search(query, { limit: 5, offset: 0 })).not.toThrow();
      expect(store.articles.count()).toBe(1);
    },
  );

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
      article('a', 'Micron welcomed in China', 'x'),
      article('b', 'Microsoft earnings', 'y'),
      article('c', 'Football results', 'mentions micron in the body only'),
    ]);
    expect(store.articles.headlines('micr', 25).map((h) => h.id).sort()).toEqual(['a', 'b']);
    expect(store.articles.headlines('micron chi', 25).map((h) => h.id)).toEqual(['a']);
    expect(store.articles.headlines('', 2)).toHaveLength(2);
  });

  it('finds quotes by speaker (any part, any case) and completes speaker names', () => {
    const q = (text: string, name: string) => ({ text, start: 0, end: 1, partial: false,
      speaker: { mention: name, start: 0, end: 1, name, role: null } });
    store.articles.upsert([
      article('a', 'A', 'x', { quotes: [q('First', 'Wang Wentao'), q('Second', 'Gina Raimondo')] }),
      article('b', 'B', 'y', { quotes: [q('Third', 'Wang Wentao')] }),
    ]);
    expect(store.quotes.find({ speaker: 'wentao', limit: 10 }).map((x) => x.text).sort()).toEqual(['First', 'Third']);
    expect(store.quotes.find({ speaker: '100%', limit: 10 })).toEqual([]);
    expect(store.quotes.find({ articleId: 'a', speaker: 'gina', limit: 10 }).map((x) => x.text)).toEqual(['Second']);
    expect(store.quotes.speakers('wen', 25)).toEqual(['Wang Wentao']);
    expect(store.quotes.speakers('', 25)[0]).toBe('Wang Wentao');
    store.articles.delete(['a', 'b']);
    expect(store.quotes.speakers('', 25)).toEqual([]);
  });
});

describe('migrations', () => {
  it('upgrades a database file made by an older version in place, keeping its rows', () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(old, path, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();

    const upgraded = openStore(path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(upgraded.meta.get('kept')).toBe('yes');
    expect(() => upgraded.db.prepare('SELECT count(*) FROM subscriptions').get()).not.toThrow();
    upgraded.close();
  });

  it('opens an up-to-date file without applying anything again', () => {
    store.meta.set('x', '1');
    store.close();
    store = openStore(join(dir, 'nested', 'herald.db'));
    expect(store.meta.get('x')).toBe('1');
  });
});
