// The archive as the keyword reader's IDF table: document counts from the store's full-text index,
// read again when the store has grown or shrunk by a tenth since the last read (reading them scans the
// index), and not at all while the store is small, when the table shipped with the core serves alone.
import type { DocumentFrequencies } from '../core/keywords/index.js';
import type { Store } from '../store/index.js';

/** Below this many articles the archive adds little to the shipped table. */
const MIN_ARCHIVE = 200;
/** Words in fewer articles are left out of the table: they count as rare, which they are. */
const MIN_ARTICLES = 2;
const REFRESH_SHARE = 0.1;

/** A reader of the current table: undefined while the store is too small to be worth reading. */
export function createKeywordFrequencies(store: Store): () => DocumentFrequencies | undefined {
  let table: DocumentFrequencies | undefined;
  return () => {
    const documents = store.articles.count();
    if (documents < MIN_ARCHIVE) return undefined;
    if (table === undefined || Math.abs(documents - table.documents) > table.documents * REFRESH_SHARE) {
      table = store.articles.documentFrequencies(MIN_ARTICLES);
    }
    return table;
  };
}
