// A real SQLite store in a temporary folder, for tests of the layers above the store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';

export interface TempStore {
  store: Store;
  /** Closes the store and deletes its folder. */
  remove(): void;
}

export function createTempStore(prefix = 'herald-test-'): TempStore {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = openStore(join(dir, 'herald.db'));
  return {
    store,
    remove() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
