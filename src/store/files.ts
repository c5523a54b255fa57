import type Database from 'better-sqlite3';
import type { FileRecord, FileStamp, Released } from './types.js';
import type { FileStore } from './store.js';

export type { FileRecord, FileStamp, Released } from './types.js';

// Which file holds which article is kept in `file_articles`, one row a link: article ids come from the
// content, so two files (a renamed file seen before its old path goes, or two copies) hold the same
// article, and it leaves the store only with the last of them.
/** Paths directly or deeper under `folder`: [folder + separator, folder + the next character). */
export const folderRange = (folder: string, separator: string) =>
  [folder + separator, folder + String.fromCharCode(separator.charCodeAt(0) + 1)] as const;

export function createFileStore(db: Database.Database): FileStore {
  const get = db.prepare('SELECT path, size, mtime_ms, hash, reader_version FROM files WHERE path = ?');
  const idsOf = db.prepare('SELECT article_id FROM file_articles WHERE path = ? ORDER BY rowid').pluck();
  // Paths under a folder F are the range [F + '/', F + '0'): '0' is the character after '/'.
  // A file is complete when none of its articles is missing from the store (a link without its article).
  const stampsUnder = db
    .prepare(
      `SELECT f.path, f.size, f.mtime_ms, f.reader_version, NOT EXISTS (SELECT 1 FROM file_articles l WHERE l.path = f.path
          AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)) AS complete
        FROM files f WHERE f.path >= ? AND f.path < ?`,
    )
    .raw();
  const isComplete = db
    .prepare(
      `SELECT NOT EXISTS (SELECT 1 FROM file_articles l WHERE l.path = ?
         AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id))`,
    )
    .pluck();
  const countUnder = db.prepare('SELECT count(*) AS n FROM files WHERE path >= ? AND path < ?');
  const pathsUnder = db.prepare('SELECT path FROM files WHERE path >= ? AND path < ?').pluck();
  const put =
    db.prepare(`INSERT INTO files (path, size, mtime_ms, hash, reader_version, article_ids) VALUES (?, ?, ?, ?, ?, '[]')
    ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
      reader_version = excluded.reader_version`);
  const unlinkAll = db.prepare('DELETE FROM file_articles WHERE path = ?');
  const link = db.prepare('INSERT OR IGNORE INTO file_articles (path, article_id) VALUES (?, ?)');
  const otherHolder = db
    .prepare('SELECT path FROM file_articles WHERE article_id = ? AND path <> ? LIMIT 1')
    .pluck();
  const storedFrom = db.prepare('SELECT file_path FROM articles WHERE id = ?').pluck();
  const remove = db.prepare('DELETE FROM files WHERE path = ?');
  const otherHolders = db
    .prepare('SELECT path FROM file_articles WHERE article_id = ? AND path <> ?')
    .pluck();
  const touch = db.prepare('UPDATE files SET size = ?, mtime_ms = ? WHERE path = ?');
  // A feed's item holds its article as a file does: an article leaves only when no file and no item holds it.
  const heldByFeed = db.prepare('SELECT 1 FROM feed_items WHERE article_id = ? LIMIT 1').pluck();
  const holders = db
    .prepare(
      'SELECT (SELECT count(*) FROM file_articles WHERE article_id = ?) + (SELECT count(*) FROM feed_items WHERE article_id = ?)',
    )
    .pluck();

  type Row = { path: string; size: number; mtime_ms: number; hash: string; reader_version: number };

  /** Drops the links of `path` that are not in `keep`, and says what that leaves without a holder. */
  function unlink(path: string, keep: ReadonlySet<string>): Released {
    const released: Released = { orphans: [], holders: [] };
    const previous = idsOf.all(path) as string[];
    unlinkAll.run(path);
    for (const id of previous) {
      if (keep.has(id)) continue;
      const other = otherHolder.get(id, path) as string | undefined;
      if (other === undefined) {
        if (heldByFeed.get(id) === undefined) released.orphans.push(id);
      } else if (storedFrom.get(id) === path && !released.holders.includes(other))
        released.holders.push(other);
    }
    return released;
  }

  return {
    get(path: string): FileRecord | null {
      const row = get.get(path) as Row | undefined;
      if (!row) return null;
      return {
        path: row.path,
        size: row.size,
        mtimeMs: row.mtime_ms,
        hash: row.hash,
        articleIds: idsOf.all(path) as string[],
        readerVersion: row.reader_version,
      };
    },
    /** Whether every article `path` holds is still stored. */
    isComplete(path: string): boolean {
      return isComplete.get(path) === 1;
    },
    /** Stamps of the files directly inside `folder` (an absolute path, no trailing separator). */
    stampsIn(folder: string, separator: string): Map<string, FileStamp> {
      const out = new Map<string, FileStamp>();
      const [from, to] = folderRange(folder, separator);
      for (const [path, size, mtimeMs, readerVersion, complete] of stampsUnder.all(from, to) as Array<
        [string, number, number, number, number]
      >) {
        if (!path.includes(separator, from.length))
          out.set(path, { size, mtimeMs, complete: complete === 1, readerVersion });
      }
      return out;
    },
    countUnder(folder: string, separator: string): number {
      const [from, to] = folderRange(folder, separator);
      return (countUnder.get(from, to) as { n: number }).n;
    },
    pathsUnder(folder: string, separator: string): string[] {
      const [from, to] = folderRange(folder, separator);
      return pathsUnder.all(from, to) as string[];
    },
    /**
     * Records a file as loaded, holding exactly `r.articleIds` from now on. Returns what its earlier
     * articles leave behind (the caller deletes the orphans once their new versions are written).
     */
    put(r: FileRecord): Released {
      put.run(r.path, r.size, Math.round(r.mtimeMs), r.hash, r.readerVersion);
      const keep = new Set(r.articleIds);
      const released = unlink(r.path, keep);
      for (const id of keep) link.run(r.path, id);
      return released;
    },
    /** Updates only the size and time of a file whose content did not change. */
    touch(path: string, size: number, mtimeMs: number): void {
      touch.run(size, Math.round(mtimeMs), path);
    },
    /** Forgets a file; returns the articles it alone held, and other holders worth reloading. */
    remove(path: string): Released {
      const released = unlink(path, new Set());
      remove.run(path);
      return released;
    },
    /** The files other than `path` that hold the article. */
    otherHolders(articleId: string, path: string): string[] {
      return otherHolders.all(articleId, path) as string[];
    },
    /** How many files and feed items hold the article. */
    holders(articleId: string): number {
      return holders.get(articleId, articleId) as number;
    },
  };
}
