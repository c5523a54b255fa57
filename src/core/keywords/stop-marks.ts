// Whether a word is in a language's own stop words, by id, per stop-word set (sets are not changed once
// made: a language's set is made once): a string-keyed lookup per token cost more than the rest of its
// stop-word test. One function reads every set's marks: a memoized closure per set made the keyword
// reader's token loop call a new function with each new language, and its optimised code was thrown away.

import type { Words } from '../text/tokens.js';

/** Per word id, whether it is in one stop-word set: UNKNOWN until looked up, for the word table's `generation`. */
export interface StopMarks {
  readonly stops: ReadonlySet<string>;
  readonly generation: number;
  readonly wordOf: (id: number) => string;
  /** A byte a word id (grown as ids come), so a token's test reads one byte. */
  marks: Uint8Array;
}

const UNKNOWN = 0;
const NOT_STOP = 1;
const STOP = 2;

/** The marks of a stop-word set over an analyzer's words; call it after any scan (a scan may drop the ids). */
export function createStopMarkReader(
  words: Pick<Words, 'generation' | 'wordOf'>,
): (stops: ReadonlySet<string>) => StopMarks {
  const { generation, wordOf } = words;
  const bySet = new WeakMap<ReadonlySet<string>, StopMarks>();
  return (stops) => {
    let table = bySet.get(stops);
    if (table === undefined || table.generation !== generation()) {
      table = { stops, generation: generation(), wordOf, marks: new Uint8Array(1 << 12) };
      bySet.set(stops, table);
    }
    return table;
  };
}

/** Whether word `id` is in the table's stop words. */
export function isLanguageStopId(table: StopMarks, id: number): boolean {
  if (id >= table.marks.length) {
    let size = table.marks.length * 2;
    while (size <= id) size *= 2;
    const marks = new Uint8Array(size);
    marks.set(table.marks);
    table.marks = marks;
  }
  const marks = table.marks;
  let mark = marks[id]!;
  if (mark === UNKNOWN) {
    const word = table.wordOf(id);
    mark = table.stops.has(word) || table.stops.has(withoutGreekAccents(word)) ? STOP : NOT_STOP;
    marks[id] = mark;
  }
  return mark === STOP;
}

const GREEK = /^[\u0370-\u03ff\u1f00-\u1fff]/u;

/**
 * A Greek word without its accents: stop-word lists often write Greek without them ("ειναι" for "είναι").
 * Other words as they are (without its marks a Vietnamese or Czech word may be another one).
 */
function withoutGreekAccents(word: string): string {
  return GREEK.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : word;
}
