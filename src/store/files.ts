import type Database from 'better-sqlite3';

/** What the loader remembers of a file it read, to skip it when unchanged. */
export interface FileRecord {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  articleIds: string[];
}

export function createFileStore(db: Database.Database) {
  const get = db.prepare('SELECT * FROM files WHERE path = ?');
  const all = db.prepare('SELECT * FROM files');
  const stamps = db.prepare('SELECT path, size, mtime_ms FROM files').raw();
  // Paths under a folder F are the range [F + '/', F + '0'): '0' is the character after '/'.
  const stampsUnder = db.prepare('SELECT path, size, mtime_ms FROM files WHERE path >= ? AND path < ?').raw();
  const countUnder = db.prepare('SELECT count(*) AS n FROM files WHERE path >= ? AND path < ?');
  const pathsUnder = db.prepare('SELECT path FROM files WHERE path >= ? AND path < ?').pluck();
  const put = db.prepare(`INSERT INTO files (path, size, mtime_ms, hash, article_ids) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
      article_ids = excluded.article_ids`);
  const remove = db.prepare('DELETE FROM files WHERE path = ?');
  const toRecord = (r: { path: string; size: number; mtime_ms: number; hash: string; article_ids: string }): FileRecord => ({
    path: r.path,
    size: r.size,
    mtimeMs: r.mtime_ms,
    hash: r.hash,
    articleIds: JSON.parse(r.article_ids) as string[],
  });
  type Row = Parameters<typeof toRecord>[0];
  return {
    get(path: string): FileRecord | null {
      const row = get.get(path) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    /** Size and modification time of every known file, by path: what a scan compares against. */
    stamps(): Map<string, { size: number; mtimeMs: number }> {
      const out = new Map<string, { size: number; mtimeMs: number }>();
      for (const [path, size, mtimeMs] of stamps.all() as Array<[string, number, number]>) out.set(path, { size, mtimeMs });
      return out;
    },
    /** Stamps of the files directly inside `folder` (an absolute path, no trailing separator). */
    stampsIn(folder: string, separator: string): Map<string, { size: number; mtimeMs: number }> {
      const out = new Map<string, { size: number; mtimeMs: number }>();
      const prefix = folder + separator;
      const rows = stampsUnder.all(prefix, folder + String.fromCharCode(separator.charCodeAt(0) + 1)) as Array<[string, number, number]>;
      for (const [path, size, mtimeMs] of rows) {
        if (!path.includes(separator, prefix.length)) out.set(path, { size, mtimeMs });
      }
      return out;
    },
    countUnder(folder: string, separator: string): number {
      return (countUnder.get(folder + separator, folder + String.fromCharCode(separator.charCodeAt(0) + 1)) as { n: number }).n;
    },
    pathsUnder(folder: string, separator: string): string[] {
      return pathsUnder.all(folder + separator, folder + String.fromCharCode(separator.charCodeAt(0) + 1)) as string[];
    },
    all(): FileRecord[] {
      return (all.all() as Row[]).map(toRecord);
    },
    put(r: FileRecord): void {
      put.run(r.path, r.size, Math.round(r.mtimeMs), r.hash, JSON.stringify(r.articleIds));
    },
    remove(path: string): void {
      remove.run(path);
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
