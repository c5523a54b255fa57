// A bulk load on SQLite (Store.bulkWrites): the write-ahead log is checkpointed seldom during it, the
// setting it had is restored after (success, failure, nested calls), and once it ends the database
// file itself holds every article, without the log.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoader } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { createLogger } from '../../src/logger.js';
import { BULK_AUTOCHECKPOINT_PAGES } from '../../src/store/db.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { headlineOf, writeArticles } from '../ingest/fixtures.js';

let dir: string;
let store: SqliteStore;
const autocheckpoint = () => store.db.pragma('wal_autocheckpoint', { simple: true });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-bulk-'));
  store = openSqliteStore(join(dir, 'herald.db'));
  store.db.pragma('wal_autocheckpoint = 700');
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a bulk load on SQLite', () => {
  it('checkpoints seldom while it runs and restores the setting it had', async () => {
    const during = await store.bulkWrites(async () => autocheckpoint());
    expect([during, autocheckpoint()]).toEqual([BULK_AUTOCHECKPOINT_PAGES, 700]);
  });

  it('restores the setting when the load fails', async () => {
    await expect(store.bulkWrites(() => Promise.reject(new Error('stopped')))).rejects.toThrow('stopped');
    expect(autocheckpoint()).toBe(700);
  });

  it('keeps the bulk setting until the last of overlapping loads ends', async () => {
    let endFirst = () => undefined as void;
    const first = store.bulkWrites(() => new Promise<void>((resolve) => (endFirst = resolve)));
    const inner = await store.bulkWrites(async () => autocheckpoint());
    const afterSecond = autocheckpoint();
    endFirst();
    await first;
    expect([inner, afterSecond, autocheckpoint()]).toEqual([
      BULK_AUTOCHECKPOINT_PAGES,
      BULK_AUTOCHECKPOINT_PAGES,
      700,
    ]);
  });

  it('leaves every article of a bulk scan in the database file itself, the log copied back', async () => {
    const articles = join(dir, 'articles');
    const { files } = writeArticles(articles, 60);
    const loader = createLoader(articles, {
      store,
      parse: parseStoredArticleFile,
      logger: createLogger('error', () => undefined),
      now: () => Date.UTC(2026, 10, 23),
    });
    const report = await loader.scanBulk(null, 10);
    expect(report.loaded).toBe(files);
    // The store is still open: a copy of the main file alone (no -wal) shows what is durable in it.
    copyFileSync(join(dir, 'herald.db'), join(dir, 'copy.db'));
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    const titles = copy.prepare('SELECT title FROM articles ORDER BY title').pluck().all();
    copy.close();
    const expected = Array.from({ length: 60 }, (_, i) => headlineOf(i)).sort();
    expect(titles).toEqual(expected);
    expect(autocheckpoint()).toBe(700);
  });
});
