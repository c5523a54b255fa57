// How many articles of a collection hold each word: the IDF table behind keyword scoring. The archive
// (the store's articles) is the best table there is; an empty or small store leans on a table shipped
// with Herald (document counts over some 3,800 news articles, built by bench/build-keyword-frequencies.ts).
// Tables are plain data handed in by the caller: the core reads no store and no file.
import { stemPorter } from '../text/porter-stem.js';
import { SHIPPED_DOCUMENTS, SHIPPED_TABLE } from './shipped-frequencies.js';

/** Document counts keyed by frequencyKey(word). */
export interface DocumentFrequencies {
  /** Articles counted. */
  documents: number;
  counts: ReadonlyMap<string, number>;
}

const MARKS = /\p{M}+/gu;

/**
 * The key a word is counted under: lower case, accents dropped, Porter-stemmed, as the store's
 * full-text index (porter unicode61 remove_diacritics 2) spells its terms.
 */
export function frequencyKey(word: string): string {
  const lower = word.toLowerCase();
  const plain = /[^\p{ASCII}]/u.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
  return stemPorter(plain);
}

// Constant data, read once per process; every reader shares it and none changes it.
let shipped: DocumentFrequencies | undefined;

/** The shipped table, read from its compact text form ("key count" lines) on first use. */
export function readShippedFrequencies(): DocumentFrequencies {
  if (shipped !== undefined) return shipped;
  const counts = new Map<string, number>();
  for (const line of SHIPPED_TABLE.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) counts.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  shipped = { documents: SHIPPED_DOCUMENTS, counts };
  return shipped;
}

/** Inverse document frequency over several tables taken as one collection, from 0 (everywhere) up. */
export function createIdf(tables: readonly DocumentFrequencies[]): (key: string) => number {
  let documents = 0;
  for (const t of tables) documents += t.documents;
  const top = Math.log((documents + 1) / 1);
  return (key) => {
    let count = 0;
    for (const t of tables) count += t.counts.get(key) ?? 0;
    // Scaled so that a word no article holds weighs 1.
    return Math.log((documents + 1) / (count + 1)) / top;
  };
}
