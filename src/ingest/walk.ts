// Walks an articles folder without ever leaving it. Symbolic links are passed over unless the operator
// asked for them to be followed (FOLLOW_SYMLINKS), and even then only when they lead to a place inside
// the folder (compared by real path). Each real folder is read once, however many links or mounts lead
// back to it, so a link to a parent neither loops nor multiplies the walk. What is passed over is logged
// with the reason.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Logger } from '../logger.js';

// Never articles: SQLite files (the database may live inside the folder) and editors' temporary files.
const IGNORED_NAME = /(\.(db|sqlite3?)(-wal|-shm|-journal)?|\.swp|\.tmp|~)$/i;

export function isIgnoredFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.startsWith('.') || IGNORED_NAME.test(name);
}

export type Entry =
  | { kind: 'file'; stat: Stats }
  | { kind: 'folder'; stat: Stats }
  | { kind: 'gone' }
  | { kind: 'passed'; reason: string };

export interface WalkOptions {
  followSymlinks: boolean;
  logger: Logger;
  /** Checked between folders: a walk asked to stop returns early. */
  shouldStop?: () => boolean;
}

const identity = (stat: Stats) => `${stat.dev}:${stat.ino}`;

export function createWalker(root: string, options: WalkOptions) {
  const { followSymlinks, logger } = options;
  let realRoot: string | null = null;

  function insideRoot(real: string): boolean {
    realRoot ??= realpathSync(root);
    return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  }

  /**
   * What is at `path`, seen without following a link unless following leads somewhere allowed. The root
   * itself is the operator's choice, so a root that is a link is followed.
   */
  function classify(path: string): Entry {
    let stat: Stats | undefined;
    try {
      stat =
        path === root
          ? statSync(path, { throwIfNoEntry: false })
          : lstatSync(path, { throwIfNoEntry: false });
    } catch (error) {
      return {
        kind: 'passed',
        reason: `it cannot be examined (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      };
    }
    if (stat === undefined) return { kind: 'gone' };
    if (stat.isSymbolicLink()) {
      if (!followSymlinks)
        return {
          kind: 'passed',
          reason: 'a symbolic link (set FOLLOW_SYMLINKS=true to follow links that stay inside the folder)',
        };
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        return { kind: 'passed', reason: 'a symbolic link that leads nowhere' };
      }
      if (!insideRoot(real)) return { kind: 'passed', reason: `a symbolic link to ${real}, outside ${root}` };
      stat = statSync(path);
    }
    if (stat.isDirectory()) return { kind: 'folder', stat };
    if (stat.isFile()) return { kind: 'file', stat };
    return { kind: 'passed', reason: 'not a regular file (a device, pipe or socket)' };
  }

  function passOver(path: string, reason: string): void {
    logger.warn(`passed over ${path}: ${reason}`);
  }

  /**
   * Calls `visit` with each folder under `start` (itself first) and the article files directly in it.
   * Returns false when stopped before the end.
   */
  function walk(start: string, visit: (folder: string, files: string[]) => void): boolean {
    realRoot = null;
    const seen = new Set<string>();
    const first = classify(start);
    if (first.kind !== 'folder') {
      if (first.kind === 'passed') passOver(start, first.reason);
      else if (first.kind === 'file') visit(dirname(start), [start]);
      else logger.warn(`cannot read folder ${start}: it does not exist`);
      return true;
    }
    seen.add(identity(first.stat));
    const folders = [start];
    // Folders reached through a link wait until every real folder is read, so a folder is known by its
    // real path whenever it has one, and a link to it is what gets passed over.
    const linked: Array<{ path: string; id: string }> = [];
    const next = (): string | undefined => {
      if (folders.length > 0) return folders.pop();
      while (linked.length > 0) {
        const link = linked.shift() as { path: string; id: string };
        if (seen.has(link.id)) passOver(link.path, 'a link to a folder already read');
        else {
          seen.add(link.id);
          return link.path;
        }
      }
      return undefined;
    };
    for (let dir = next(); dir !== undefined; dir = next()) {
      if (options.shouldStop?.()) return false;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        logger.warn(`cannot read folder ${dir}: ${(error as Error).message}`);
        continue;
      }
      const files: string[] = [];
      for (const dirent of entries) {
        const path = join(dir, dirent.name);
        if (isIgnoredFile(path)) continue;
        if (dirent.isFile()) {
          files.push(path);
          continue;
        }
        const entry = classify(path);
        if (entry.kind === 'file') files.push(path);
        else if (entry.kind === 'passed') passOver(path, entry.reason);
        else if (entry.kind === 'folder') {
          const id = identity(entry.stat);
          if (dirent.isSymbolicLink()) linked.push({ path, id });
          else if (seen.has(id)) passOver(path, 'a folder already read (a mount leads back to it)');
          else {
            seen.add(id);
            folders.push(path);
          }
        }
      }
      visit(dir, files);
    }
    return true;
  }

  return { classify, walk, passOver };
}

export type Walker = ReturnType<typeof createWalker>;
