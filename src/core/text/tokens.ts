// One word scan shared by keywords, entities and story signatures. Text is read once, as char codes, into
// runs of letters and digits (what /[\p{L}\p{N}]+/u matches) plus the joining mark after each run; each
// reader then builds its own tokens ("U.S", "AT&T", "China's", "well-known") by chaining runs, which gives
// exactly what /[\p{L}\p{N}]+(?:[marks][\p{L}\p{N}]+)*/gu would. The last few scans are kept, by the
// analyzer's Words (createWords), not by the module, because an analysis hands the same body to all three
// readers, and the entity reader gets it with the headline glued in front: a text ending in "\n\n" plus
// a scanned text reuses that scan, since no token crosses a line break. No result depends on the cache.

import { createWordTable, type Runs, type WordTable } from './word-ids.js';

export {
  JOIN_AMPERSAND,
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  JOIN_PERIOD,
  hashString,
  isApostropheCode,
  isLetterCode,
  isNumberAt,
  isSpaceCode,
  isUpperAt,
} from './word-ids.js';

/** Tokens in text order: code-unit offsets (end exclusive) and the interned lower-case word. */
export interface Tokens {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  ids: readonly number[];
}

export interface WordScan {
  text: string;
  generation: number;
  runs: Runs;
  /** Token lists already built from the runs, by the marks that actually join runs in this text. */
  joined: Map<number, Tokens>;
  /** Every mark that joins two runs somewhere in the text. */
  marksPresent: number;
}

const CACHED_SCANS = 3;
/**
 * Longer texts are not kept: a scan holds several numbers per word, and keeping the scans of a 20 MB
 * article would hold hundreds of megabytes until three more articles came by. Each reader of such a
 * text scans it again, which costs far less than the rest of its analysis.
 */
const MAX_CACHED_LENGTH = 1 << 20;
function createScan(text: string, runs: Runs, generation: number): WordScan {
  let marksPresent = 0;
  for (const join of runs.joins) marksPresent |= join;
  return { text, generation, runs, joined: new Map(), marksPresent };
}

/** An analyzer's words: its word table and the scans it read lately. */
export interface Words extends WordTable {
  /** The runs of letters and digits in text, from the recent scans when the same text was scanned lately. */
  scanWords(text: string): WordScan;
  /** Tokens made of runs chained across single marks in `marks` (a JOIN_* mask). */
  joinTokens(scan: WordScan, marks: number): Tokens;
  /** scanWords then joinTokens. */
  tokenizeWords(text: string, marks: number): Tokens;
}

/**
 * Distinct words a table holds before it starts again, empty. The word table and the per-word caches of
 * the readers grow by about 100 bytes a distinct word (the 3,813 corpus articles hold 68,000), and a
 * long-running bot meets new words for ever (names, figures, typing errors): at this cap an analyzer
 * stays within about 35 MB, where a cap of 2^20 let it reach about 130 MB. Starting again costs the
 * next articles their first pass over each word; a corpus-sized load never reaches the cap.
 */
const MAX_WORDS = 1 << 17;

/** A fresh word table with no scans; each analyzer owns one. `maxWords`: see createAnalyzer. */
export function createWords(maxWords = MAX_WORDS): Words {
  const table = createWordTable(maxWords);
  let recent: WordScan[] = [];

  /** prefix + "\n\n" + a scanned text: scan only the prefix and shift the known runs after it. */
  function prependScan(text: string, body: WordScan): WordScan {
    const shift = text.length - body.text.length;
    const runs = table.scanRuns(text.slice(0, shift));
    const b = body.runs;
    for (let k = 0; k < b.starts.length; k++) {
      runs.starts.push(b.starts[k]! + shift);
      runs.ends.push(b.ends[k]! + shift);
      runs.ids.push(b.ids[k]!);
      runs.joins.push(b.joins[k]!);
    }
    return createScan(text, runs, body.generation);
  }

  function findGluedBody(text: string): WordScan | undefined {
    for (const scan of recent) {
      const rest = text.length - scan.text.length;
      if (
        rest >= 2 &&
        text.charCodeAt(rest - 1) === 10 &&
        text.charCodeAt(rest - 2) === 10 &&
        text.endsWith(scan.text)
      )
        return scan;
    }
    return undefined;
  }

  /** The runs of letters and digits in text, from the cache when the same text was scanned lately. */
  function scanWords(text: string): WordScan {
    table.resetIfFull();
    const generation = table.generation();
    if (recent.some((s) => s.generation !== generation)) recent = [];
    for (const scan of recent) if (scan.text === text) return scan;
    const body = findGluedBody(text);
    const scan = body ? prependScan(text, body) : createScan(text, table.scanRuns(text), generation);
    if (text.length > MAX_CACHED_LENGTH) return scan;
    recent.unshift(scan);
    if (recent.length > CACHED_SCANS) recent.pop();
    return scan;
  }

  /** Tokens made of runs chained across single marks in `marks` (a JOIN_* mask). */
  function joinTokens(scan: WordScan, requested: number): Tokens {
    // Readers differ in their marks, but a text without "&" gives the same tokens with or without it.
    const marks = requested & scan.marksPresent;
    const known = scan.joined.get(marks);
    if (known) return known;
    const { runs, text } = scan;
    const { joins } = runs;
    const count = runs.starts.length;
    let tokens: Tokens = { count, starts: runs.starts, ends: runs.ends, ids: runs.ids };
    if (marks !== 0) {
      const starts: number[] = [];
      const ends: number[] = [];
      const ids: number[] = [];
      for (let r = 0; r < count; r++) {
        let last = r;
        while (joins[last]! & marks) last++;
        starts.push(runs.starts[r]!);
        ends.push(runs.ends[last]!);
        ids.push(last === r ? runs.ids[r]! : table.internRange(text, runs.starts[r]!, runs.ends[last]!));
        r = last;
      }
      tokens = { count: starts.length, starts, ends, ids };
    }
    scan.joined.set(marks, tokens);
    return tokens;
  }

  /** scanWords then joinTokens. */
  function tokenizeWords(text: string, marks: number): Tokens {
    return joinTokens(scanWords(text), marks);
  }

  return { ...table, scanWords, joinTokens, tokenizeWords };
}
