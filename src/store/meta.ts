import type Database from 'better-sqlite3';
import type { MetaStore } from './store.js';

export function createMetaStore(db: Database.Database): MetaStore {
  const get = db.prepare('SELECT value FROM meta WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | null {
      return (get.get(key) as { value: string } | undefined)?.value ?? null;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
  };
}
