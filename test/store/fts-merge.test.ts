// Migration 11: the full-text indexes of articles and speakers merge their segments eight at a time (FTS5's
// automerge), on a new database and on one an earlier Herald made; what a search finds is unchanged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { variedArticle } from '../helpers/varied-articles.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-fts-merge-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function automerge(store: SqliteStore): Record<string, unknown> {
  const read = (table: string) =>
    store.db.prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`).pluck().get();
  return {
    articles: read('articles_fts'),
    headlines: read('headlines_fts'),
    speakers: read('speakers_fts'),
    speakerTrigrams: read('speakers_trigram'),
  };
}

describe('the full-text indexes', () => {
  it('merge eight segments at a time in a new database', () => {
    const store = openSqliteStore(join(dir, 'new.db'));
    expect(automerge(store)).toEqual({ articles: 8, headlines: 8, speakers: 8, speakerTrigrams: 8 });
    store.close();
  });

  it('merge eight at a time once a version-10 database is opened, and still find every article', () => {
    const path = join(dir, 'v10.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 10)) old.exec(m.sql);
    old.pragma('user_version = 10');
    old.close();
    const store = openSqliteStore(path);
    expect(automerge(store)).toEqual({ articles: 8, headlines: 8, speakers: 8, speakerTrigrams: 8 });
    // Enough single-article transactions to make FTS5 merge segments several times over.
    const articles = Array.from({ length: 120 }, (_, i) => variedArticle(i));
    for (const article of articles) store.articles.upsert([article]);
    const ids = articles.map((a) => a.id).sort();
    const search = store.db
      .prepare(
        'SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?',
      )
      .pluck();
    for (const article of articles) {
      const phrase = `"${article.title.replace(/"/g, '""')}"`;
      expect(search.all(phrase), article.title).toContain(article.id);
    }
    const all = store.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all();
    expect(all).toEqual(ids);
    store.close();
  });
});
