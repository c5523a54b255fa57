// The storage floor of an ingest, independent of Herald's code: read every .txt file under a folder,
// split off the headline, insert each article into SQLite (WAL, as Herald's store) with an FTS5 index
// on headline and text, in transactions of 1,000 articles. No analysis. Prints one JSON line:
// {"articles": N, "seconds": S, "rate": N/S}. Usage: tsx bench/ingest-floor.ts FOLDER DATABASE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';

const BATCH = 1000;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadFloor(dir: string, dbPath: string): { articles: number; seconds: number } {
  const start = performance.now();
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE articles (rowid INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
      text TEXT NOT NULL);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2');`);
  const insert = db.prepare('INSERT INTO articles (path, title, text) VALUES (?, ?, ?)');
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  const files = listFiles(dir);
  const write = db.transaction((batch: string[]) => {
    for (const path of batch) {
      const content = readFileSync(path, 'utf8');
      const cut = content.indexOf('\n\n');
      const title = cut > 0 ? content.slice(0, cut).trim() : '';
      const text = cut > 0 ? content.slice(cut + 2) : content;
      const { lastInsertRowid } = insert.run(path, title, text);
      index.run(lastInsertRowid, title, text);
    }
  });
  for (let i = 0; i < files.length; i += BATCH) write(files.slice(i, i + BATCH));
  db.close();
  return { articles: files.length, seconds: (performance.now() - start) / 1000 };
}

const [dir, dbPath] = process.argv.slice(2);
if (dir && dbPath && process.argv[1]?.includes('ingest-floor')) {
  const { articles, seconds } = loadFloor(dir, dbPath);
  process.stdout.write(`${JSON.stringify({ articles, seconds, rate: articles / seconds })}\n`);
}
