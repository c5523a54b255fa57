// Loaded files on PostgreSQL, as ../files.ts: one row a file, one row a link from file to article.
import { folderRange } from '../files.js';
import type { FileStore } from '../store.js';
import type { FileRecord, FileStamp, Released } from '../types.js';
import type { PgConnection } from './bridge.js';

const INCOMPLETE = `EXISTS (SELECT 1 FROM file_articles l WHERE l.path = f.path
  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id))`;

export function createPgFileStore(pg: PgConnection): FileStore {
  const idsOf = (path: string) =>
    pg
      .all<{ article_id: string }>('SELECT article_id FROM file_articles WHERE path = $1 ORDER BY rowid', [
        path,
      ])
      .map((r) => r.article_id);
  const paths = (rows: Array<{ path: string }>) => rows.map((r) => r.path);

  /** Drops the links of `path` that are not in `keep`, and says what that leaves without a holder. */
  function unlink(path: string, keep: ReadonlySet<string>): Released {
    const released: Released = { orphans: [], holders: [] };
    const previous = idsOf(path);
    pg.run('DELETE FROM file_articles WHERE path = $1', [path]);
    for (const id of previous) {
      if (keep.has(id)) continue;
      const other = pg.get<{ path: string }>(
        'SELECT path FROM file_articles WHERE article_id = $1 AND path <> $2 LIMIT 1',
        [id, path],
      )?.path;
      if (other === undefined) {
        if (!pg.get('SELECT 1 FROM feed_items WHERE article_id = $1 LIMIT 1', [id]))
          released.orphans.push(id);
      } else if (
        pg.get<{ file_path: string | null }>('SELECT file_path FROM articles WHERE id = $1', [id])
          ?.file_path === path &&
        !released.holders.includes(other)
      )
        released.holders.push(other);
    }
    return released;
  }

  return {
    get(path: string): FileRecord | null {
      const row = pg.get<{
        path: string;
        size: number;
        mtime_ms: number;
        hash: string;
        reader_version: number;
      }>('SELECT path, size, mtime_ms, hash, reader_version FROM files WHERE path = $1', [path]);
      if (!row) return null;
      return {
        path: row.path,
        size: row.size,
        mtimeMs: row.mtime_ms,
        hash: row.hash,
        articleIds: idsOf(path),
        readerVersion: row.reader_version,
      };
    },
    isComplete(path: string): boolean {
      return pg.get<{ ok: boolean }>(`SELECT NOT ${INCOMPLETE} AS ok FROM (SELECT $1::text AS path) f`, [
        path,
      ])?.ok as boolean;
    },
    stampsIn(folder: string, separator: string): Map<string, FileStamp> {
      const out = new Map<string, FileStamp>();
      const [from, to] = folderRange(folder, separator);
      const rows = pg.all<{
        path: string;
        size: number;
        mtime_ms: number;
        reader_version: number;
        complete: boolean;
      }>(
        `SELECT f.path, f.size, f.mtime_ms, f.reader_version, NOT ${INCOMPLETE} AS complete
           FROM files f WHERE f.path >= $1 AND f.path < $2`,
        [from, to],
      );
      for (const r of rows) {
        if (!r.path.includes(separator, from.length))
          out.set(r.path, {
            size: r.size,
            mtimeMs: r.mtime_ms,
            complete: r.complete,
            readerVersion: r.reader_version,
          });
      }
      return out;
    },
    countUnder(folder: string, separator: string): number {
      return pg.get<{ n: number }>('SELECT count(*) AS n FROM files WHERE path >= $1 AND path < $2', [
        ...folderRange(folder, separator),
      ])?.n as number;
    },
    pathsUnder(folder: string, separator: string): string[] {
      return paths(
        pg.all('SELECT path FROM files WHERE path >= $1 AND path < $2', [...folderRange(folder, separator)]),
      );
    },
    put(r: FileRecord): Released {
      pg.run(
        `INSERT INTO files (path, size, mtime_ms, hash, reader_version) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
           reader_version = excluded.reader_version`,
        [r.path, r.size, Math.round(r.mtimeMs), r.hash, r.readerVersion],
      );
      const keep = new Set(r.articleIds);
      const released = unlink(r.path, keep);
      if (keep.size > 0) {
        pg.run(
          `INSERT INTO file_articles (path, article_id) SELECT $1, id FROM unnest($2::text[]) WITH ORDINALITY AS k (id, n)
           ORDER BY n ON CONFLICT DO NOTHING`,
          [r.path, [...keep]],
        );
      }
      return released;
    },
    touch(path: string, size: number, mtimeMs: number): void {
      pg.run('UPDATE files SET size = $1, mtime_ms = $2 WHERE path = $3', [size, Math.round(mtimeMs), path]);
    },
    remove(path: string): Released {
      const released = unlink(path, new Set());
      pg.run('DELETE FROM files WHERE path = $1', [path]);
      return released;
    },
    otherHolders(articleId: string, path: string): string[] {
      return paths(
        pg.all('SELECT path FROM file_articles WHERE article_id = $1 AND path <> $2', [articleId, path]),
      );
    },
    holders(articleId: string): number {
      return pg.get<{ n: number }>(
        `SELECT (SELECT count(*) FROM file_articles WHERE article_id = $1)
           + (SELECT count(*) FROM feed_items WHERE article_id = $1) AS n`,
        [articleId],
      )?.n as number;
    },
  };
}
