// The entity reader's scan: the article's tokens with their flags (capital, sentence start, break,
// possessive), then the runs of capitalised words that may be names.

import { createIdSet, type IdSet } from '../text/id-set.js';
import { int32Scratch, uint8Scratch } from '../text/scratch.js';
import { ARTICLE_JOINED_NAME, BEFORE_NO_PARTICLE, NAME_PARTICLES } from '../text/name-particles.js';
import {
  JOIN_AMPERSAND,
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  JOIN_PERIOD,
  isApostropheCode,
  isLetterCode,
  isSpaceCode,
  isUpperAt,
  type Tokens,
  type Words,
} from '../text/tokens.js';
import {
  ABBREVIATIONS,
  ACRONYM,
  CONNECTORS,
  isContraction,
  LETTER_LABELS,
  NAME_STOPWORDS,
  SAYING,
} from './entity-words.js';
import { frequencyKey, readShippedFrequencies } from '../keywords/document-frequencies.js';
import { readTitleCapitals, type TitleWordChecks } from './title-names.js';

/** Tokens as /[\p{L}\p{N}]+(?:[’'&.-][\p{L}\p{N}]+)*\/u finds them: "U.S", "AT&T", "Rolls-Royce". */
const MARKS = JOIN_APOSTROPHE | JOIN_AMPERSAND | JOIN_PERIOD | JOIN_HYPHEN;

export interface Token {
  text: string;
  lower: string;
  start: number;
  capital: boolean;
  /** Starts a sentence (or a quotation), where capitals say nothing. */
  initial: boolean;
  /** Punctuation between this token and the previous one ends any name. */
  breakBefore: boolean;
  possessive: boolean;
}

const TITLE_LINE_MAX_LENGTH = 200;
const LOWER_LETTER = /\p{Ll}/u;
/** Pairs of word ids as one number: first × PAIR_BASE + second (ids stay far below 2^26). */
const PAIR_BASE = 2 ** 26;

/** Whether text[from, to) holds a lower-case letter ("Smith", not "BANK"): ASCII first, no copy. */
function hasLowerLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128 && LOWER_LETTER.test(text[i]!)) return true;
  }
  return false;
}

/** Token flags. */
const CAPITAL = 1;
const INITIAL = 2;
const BREAK_BEFORE = 4;
const POSSESSIVE_MARK = 8;

/**
 * The article's tokens as parallel arrays; Token objects are made only for the capitalised runs. The
 * arrays are the reader's scratch storage (scratch.ts), valid until its next call.
 */
interface TokenTable {
  text: string;
  count: number;
  starts: Int32Array;
  /** End of the name part: a possessive "'s" is left out. */
  ends: Int32Array;
  lowers: Int32Array;
  flags: Uint8Array;
}

function hasAny(text: string, from: number, to: number, marks: string): boolean {
  for (let i = from; i < to; i++) if (marks.includes(text.charAt(i))) return true;
  return false;
}

/**
 * An apostrophe after the word that no letter follows, in the line: plural "Airways'". Reads nothing past
 * the line (a read past the text's end, met first after many articles, threw away compiled code).
 */
function hasPluralMark(text: string, end: number, lineEnd: number): boolean {
  if (end >= lineEnd || !isApostropheCode(text.charCodeAt(end))) return false;
  return end + 1 >= lineEnd || !isLetterCode(text.charCodeAt(end + 1));
}

/** "." then only white space: the gap after an abbreviation such as "Mr." */
function isAbbreviationGap(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 46) return false;
  for (let i = from + 1; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** A dash with white space on both sides: " - " or " – ", a clause break. */
function hasSpacedDash(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i + 1 < to; i++) {
    const c = text.charCodeAt(i);
    if (
      (c === 45 || c === 0x2013) &&
      isSpaceCode(text.charCodeAt(i - 1)) &&
      isSpaceCode(text.charCodeAt(i + 1))
    )
      return true;
  }
  return false;
}

/** "al-Baghdadi", "el-Sisi": a name after the Arabic article, which counts as capitalised. */
function isArticleJoinedAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (
    (c === 97 || c === 101) &&
    text.charCodeAt(start + 1) === 108 &&
    text.charCodeAt(start + 2) === 45 &&
    ARTICLE_JOINED_NAME.test(text.slice(start, end))
  );
}

/** A run of capitalised words, and whether a verb of saying follows it. */
export type NameRun = { run: Token[]; speaks: boolean };

/** Reads a text's runs of capitalised words, with per-word caches over an analyzer's words. */
export function createNameRunReader(words: Words): (text: string) => NameRun[] {
  const { isStopId, memoizeFlagById, memoizeNumberById, stripPossessiveId, tokenizeWords, wordOf } = words;

  const isAbbreviation = memoizeFlagById((id) => ABBREVIATIONS.has(wordOf(id)));
  const isLetterLabel = memoizeFlagById((id) => LETTER_LABELS.has(wordOf(id)));
  const isConnector = memoizeFlagById((id) => CONNECTORS.has(wordOf(id)));
  const isSaying = memoizeFlagById((id) => SAYING.has(wordOf(id)));
  const isNameStopword = memoizeFlagById((id) => NAME_STOPWORDS.has(wordOf(id)));
  const isParticle = memoizeFlagById((id) => NAME_PARTICLES.has(wordOf(id)));
  const isDeterminer = memoizeFlagById((id) => BEFORE_NO_PARTICLE.has(wordOf(id)));
  // By word: the few contractions of an archive ("I'm", "We'll") each met a comparison never made before,
  // and each threw away the compiled run loop. Lower case reads the same: only ASCII letters and
  // apostrophes at the end count.
  const isContractionId = memoizeFlagById((id) => isContraction(wordOf(id)));
  const shipped = readShippedFrequencies().counts;
  const newsCount = memoizeNumberById((id) => shipped.get(frequencyKey(wordOf(id))) ?? 0);
  const [startsOf, endsOf, lowersOf] = [int32Scratch(), int32Scratch(), int32Scratch()];
  const flagsOf = uint8Scratch();

  /** Lines written in Title Case (headlines, navigation) carry no signal from capitals. */
  function isTitleCaseLine(
    text: string,
    lineStart: number,
    lineEnd: number,
    tokens: Tokens,
    from: number,
  ): boolean {
    let words = 0;
    let capitals = 0;
    for (let t = from; t < tokens.count && tokens.starts[t]! < lineEnd; t++) {
      if (isStopId(tokens.ids[t]!)) continue;
      words++;
      if (isUpperAt(text, tokens.starts[t]!)) capitals++;
    }
    // Headlines rarely end with a full stop; sentences heavy with names do.
    if (words < 4) return false;
    return (
      capitals / words >= 0.9 ||
      (capitals / words >= 0.75 && !/[.!]["”’)]?\s*$/.test(text.slice(lineStart, lineEnd)))
    );
  }

  function tokenize(text: string): { table: TokenTable; lowerSeen: IdSet } {
    const tokens = tokenizeWords(text, MARKS);
    const n = tokens.count;
    const table: TokenTable = {
      text,
      count: 0,
      starts: startsOf(n),
      ends: endsOf(n),
      lowers: lowersOf(n),
      flags: flagsOf(n),
    };
    let count = 0;
    const lowerSeen = createIdSet(tokens.count >> 2);
    /** Words written with a capital inside a sentence, outside Title Case lines. */
    const capitalSeen = createIdSet(tokens.count >> 3);
    /** Pairs of such words written side by side ("Lois Lane"), as "first second" ids. */
    const pairsSeen = new Set<number>();
    /** Table ranges [from, to) of the Title Case lines, whose capitals are read once the text is seen. */
    const titleLines: number[] = [];
    let t = 0;
    for (let lineStart = 0; ;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      // Paragraphs are long; only short lines can be headlines or navigation.
      const skip =
        lineEnd - lineStart <= TITLE_LINE_MAX_LENGTH && isTitleCaseLine(text, lineStart, lineEnd, tokens, t);
      let previousEnd = lineStart;
      let previousLower = -1;
      // Whether the previous token is one capital letter after no labelling noun: a middle initial
      // ("Antony J. Blinken"), not "Plan B".
      let previousLetter = false;
      const lineFrom = count;
      /** The previous token has a capital and no possessive ending: it may open a pair with this one. */
      let pairable = false;
      for (; t < tokens.count && tokens.starts[t]! < lineEnd; t++) {
        const start = tokens.starts[t]!;
        const end = tokens.ends[t]!;
        // Most gaps are one space: skip the punctuation tests for them.
        const plainGap = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
        const gapStart = previousEnd;
        previousEnd = end;
        // "China's", "Micron’s"; plural "Airways'" shows in the next character.
        const ownS =
          end - start > 2 && text.charCodeAt(end - 1) === 115 && isApostropheCode(text.charCodeAt(end - 2));
        const possessive = ownS || hasPluralMark(text, end, lineEnd);
        const rawEnd = ownS ? end - 2 : end;
        const lower = ownS ? stripPossessiveId(tokens.ids[t]!) : tokens.ids[t]!;
        const capital =
          (isUpperAt(text, start) &&
            (text.charCodeAt(start) < 128 || text.slice(start, rawEnd) !== wordOf(lower))) ||
          isArticleJoinedAt(text, start, rawEnd);
        if (!capital) lowerSeen.add(lower);
        const first = previousLower < 0;
        const abbreviationGap = !first && isAbbreviationGap(text, gapStart, start);
        const afterAbbreviation = abbreviationGap && isAbbreviation(previousLower);
        // "Antony J. Blinken", "J. K. Rowling": an initial's full stop ends no sentence before a capital.
        const afterInitial = abbreviationGap && previousLetter && capital && !isStopId(lower);
        if (afterInitial) table.ends[count - 1] = gapStart + 1;
        const sentenceEnd =
          !plainGap && hasAny(text, gapStart, start, '.!?“"‘([:') && !afterAbbreviation && !afterInitial;
        const breakBefore =
          first ||
          sentenceEnd ||
          (!plainGap && (hasAny(text, gapStart, start, ',;)]”"—–') || hasSpacedDash(text, gapStart, start)));
        table.starts[count] = start;
        table.ends[count] = rawEnd;
        table.lowers[count] = lower;
        table.flags[count++] =
          (capital ? CAPITAL : 0) |
          (first || sentenceEnd ? INITIAL : 0) |
          (breakBefore ? BREAK_BEFORE : 0) |
          (possessive ? POSSESSIVE_MARK : 0);
        // Words in capitals throughout ("BANK", "OF") say nothing of how the text writes a name.
        if (capital && !first && !sentenceEnd && !skip && hasLowerLetter(text, start + 1, rawEnd)) {
          capitalSeen.add(lower);
          if (pairable && !breakBefore) pairsSeen.add(previousLower * PAIR_BASE + lower);
        }
        pairable = capital && !possessive;
        previousLetter =
          rawEnd - start === 1 && capital && !(previousLower >= 0 && isLetterLabel(previousLower));
        previousLower = lower;
      }
      if (skip) titleLines.push(lineFrom, count);
      if (lineEnd === text.length) break;
      lineStart = lineEnd + 1;
    }
    table.count = count;
    const checks: TitleWordChecks = {
      wordOf,
      isStop: isStopId,
      isCapitalElsewhere: (id) => capitalSeen.has(id),
      isLowerElsewhere: (id) => lowerSeen.has(id),
      isPairElsewhere: (a, b) => pairsSeen.has(a * PAIR_BASE + b),
      newsCount,
    };
    for (let k = 0; k < titleLines.length; k += 2)
      keepTitleNames(table, titleLines[k]!, titleLines[k + 1]!, checks);
    return { table, lowerSeen };
  }

  /** A Title Case line's capitals count only where title-names.ts finds other evidence of a name. */
  function keepTitleNames(table: TokenTable, from: number, to: number, checks: TitleWordChecks): void {
    const texts: string[] = [];
    const ids: number[] = [];
    const capitals: boolean[] = [];
    for (let i = from; i < to; i++) {
      texts.push(table.text.slice(table.starts[i]!, table.ends[i]!));
      ids.push(table.lowers[i]!);
      capitals.push((table.flags[i]! & CAPITAL) !== 0);
    }
    const { keep, splitBefore } = readTitleCapitals({ texts, ids, capitals }, checks);
    for (let i = from; i < to; i++) {
      if (!keep[i - from]) table.flags[i] = table.flags[i]! & ~CAPITAL;
      if (splitBefore[i - from]) table.flags[i] = table.flags[i]! | BREAK_BEFORE;
    }
  }

  function makeToken(table: TokenTable, i: number): Token {
    const flags = table.flags[i]!;
    return {
      text: table.text.slice(table.starts[i]!, table.ends[i]!),
      lower: wordOf(table.lowers[i]!),
      start: table.starts[i]!,
      capital: (flags & CAPITAL) !== 0,
      initial: (flags & INITIAL) !== 0,
      breakBefore: (flags & BREAK_BEFORE) !== 0,
      possessive: (flags & POSSESSIVE_MARK) !== 0,
    };
  }

  /** Splits the token stream into runs of capitalised words, dropping capitals that only start a sentence. */
  function collectRuns(table: TokenTable, lowerSeen: IdSet): Array<{ run: Token[]; speaks: boolean }> {
    const runs: Array<{ run: Token[]; speaks: boolean }> = [];
    const { count, flags, lowers } = table;
    let run: Token[] = [];
    let runStart = 0;
    const close = (next: number): void => {
      while (run.length > 0 && !run[run.length - 1]!.capital) run.pop();
      const speaks = next < count && isSaying(lowers[next]!);
      // "de Blasio said": at a speech cue, the lower-case particles before a lone surname are its own.
      if (speaks && run.length === 1) {
        let from = runStart;
        while (
          from > 0 &&
          runStart - from < 2 &&
          (flags[from]! & BREAK_BEFORE) === 0 &&
          (flags[from - 1]! & CAPITAL) === 0 &&
          isParticle(lowers[from - 1]!)
        )
          from--;
        // "the van Police said": after a determiner the word is a noun.
        const afterDeterminer = from > 0 && isDeterminer(lowers[from - 1]!);
        for (let k = runStart - 1; k >= from && !afterDeterminer; k--) run.unshift(makeToken(table, k));
      }
      if (run.length > 0) runs.push({ run, speaks });
      run = [];
    };
    for (let i = 0; i < count; i++) {
      const f = flags[i]!;
      if (f & BREAK_BEFORE) close(i);
      if ((f & CAPITAL) === 0) {
        // "Ursula von der Leyen": particles may follow one another before the name goes on.
        let next = i + 1;
        if (isParticle(lowers[i]!))
          while (next < count && (flags[next]! & (CAPITAL | BREAK_BEFORE)) === 0 && isParticle(lowers[next]!))
            next++;
        const joins =
          run.length > 0 &&
          isConnector(lowers[i]!) &&
          next < count &&
          (flags[next]! & (CAPITAL | BREAK_BEFORE)) === CAPITAL;
        if (joins) run.push(makeToken(table, i));
        else close(i);
        continue;
      }
      const token = makeToken(table, i);
      const lower = lowers[i]!;
      // A middle initial keeps its full stop (see tokenize): "M." is no stop word.
      const initialLetter = token.text.length === 2 && token.text.charCodeAt(1) === 46;
      const stop = isStopId(lower) && !isNameStopword(lower) && !ACRONYM.test(token.text) && !initialLetter;
      const ordinaryWord =
        stop ||
        isContractionId(lower) ||
        (token.initial && lowerSeen.has(lower) && !ACRONYM.test(token.text));
      if (ordinaryWord) {
        close(i);
        continue;
      }
      if (run.length === 0) runStart = i;
      run.push(token);
      if (token.possessive) close(i + 1);
    }
    close(count);
    return runs;
  }

  return (text) => {
    const { table, lowerSeen } = tokenize(text);
    return collectRuns(table, lowerSeen);
  };
}
