// People, organisations and places from runs of capitalised words. One linear scan builds the runs; each
// run is classified by cheap cues (a gazetteer of places, organisation words, titles before names); then
// short forms are folded into the fullest name seen ("Micron" → "Micron Technology Inc", "Minister Wang"
// → "Wang Wentao") and everything is ordered by mentions, then by first appearance.

import { createIdSet, type IdSet } from '../text/id-set.js';
import { MAX_PLACE_WORDS, NON_ENTITIES, ORG_WORDS, PERSON_TITLES, PLACE_WORDS, PLACES } from './gazetteer.js';
import {
  JOIN_AMPERSAND,
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  JOIN_PERIOD,
  isApostropheCode,
  isLetterCode,
  isSpaceCode,
  isStopId,
  isUpperAt,
  memoizeById,
  stripPossessiveId,
  tokenizeWords,
  wordOf,
  type Tokens,
} from '../text/tokens.js';
import type { Entities } from '../types.js';
import type { WorkCount } from '../work.js';
import { mergeShortForms, type Entity, type Kind } from './entity-merge.js';
import { ABBREVIATIONS, CONNECTORS, isContraction, NAME_STOPWORDS, OFFICES, SAYING } from './entity-words.js';

const MAX_PER_KIND = 20;
/** Tokens as /[\p{L}\p{N}]+(?:[’'&.-][\p{L}\p{N}]+)*\/u finds them: "U.S", "AT&T", "Rolls-Royce". */
const MARKS = JOIN_APOSTROPHE | JOIN_AMPERSAND | JOIN_PERIOD | JOIN_HYPHEN;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

interface Token {
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


interface Mention {
  kind: Kind;
  words: string[];
  start: number;
  /** Followed by a verb of saying: a hint that a lone word is a person. */
  speaks: boolean;
  initial?: boolean;
}


const TITLE_LINE_MAX_LENGTH = 200;

/** Token flags. */
const CAPITAL = 1;
const INITIAL = 2;
const BREAK_BEFORE = 4;
const POSSESSIVE_MARK = 8;

/** The article's tokens as parallel arrays; Token objects are made only for the capitalised runs. */
interface TokenTable {
  text: string;
  count: number;
  starts: number[];
  /** End of the name part: a possessive "'s" is left out. */
  ends: number[];
  lowers: number[];
  flags: number[];
}

const isAbbreviation = memoizeById((id) => ABBREVIATIONS.has(wordOf(id)));
const isConnector = memoizeById((id) => CONNECTORS.has(wordOf(id)));
const isSaying = memoizeById((id) => SAYING.has(wordOf(id)));
const isNameStopword = memoizeById((id) => NAME_STOPWORDS.has(wordOf(id)));

function hasAny(text: string, from: number, to: number, marks: string): boolean {
  for (let i = from; i < to; i++) if (marks.includes(text.charAt(i))) return true;
  return false;
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
  const table: TokenTable = { text, count: 0, starts: [], ends: [], lowers: [], flags: [] };
  const lowerSeen = createIdSet(tokens.count >> 2);
  let t = 0;
  for (let lineStart = 0; ;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Paragraphs are long; only short lines can be headlines or navigation.
    const skip =
      lineEnd - lineStart <= TITLE_LINE_MAX_LENGTH && isTitleCaseLine(text, lineStart, lineEnd, tokens, t);
    let previousEnd = lineStart;
    let previousLower = -1;
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
      const possessive =
        ownS ||
        (isApostropheCode(text.charCodeAt(end)) && end < lineEnd && !isLetterCode(text.charCodeAt(end + 1)));
      const rawEnd = ownS ? end - 2 : end;
      const lower = ownS ? stripPossessiveId(tokens.ids[t]!) : tokens.ids[t]!;
      const capital =
        isUpperAt(text, start) &&
        (text.charCodeAt(start) < 128 || text.slice(start, rawEnd) !== wordOf(lower));
      if (!capital) lowerSeen.add(lower);
      if (skip) continue;
      const first = previousLower < 0;
      const afterAbbreviation =
        !first && isAbbreviation(previousLower) && isAbbreviationGap(text, gapStart, start);
      const sentenceEnd = !plainGap && hasAny(text, gapStart, start, '.!?“"‘([:') && !afterAbbreviation;
      const breakBefore =
        first ||
        sentenceEnd ||
        (!plainGap && (hasAny(text, gapStart, start, ',;)]”"—–') || hasSpacedDash(text, gapStart, start)));
      table.starts.push(start);
      table.ends.push(rawEnd);
      table.lowers.push(lower);
      table.flags.push(
        (capital ? CAPITAL : 0) |
          (first || sentenceEnd ? INITIAL : 0) |
          (breakBefore ? BREAK_BEFORE : 0) |
          (possessive ? POSSESSIVE_MARK : 0),
      );
      previousLower = lower;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  table.count = table.starts.length;
  return { table, lowerSeen };
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
  const close = (next: number): void => {
    while (run.length > 0 && !run[run.length - 1]!.capital) run.pop();
    if (run.length > 0) runs.push({ run, speaks: next < count && isSaying(lowers[next]!) });
    run = [];
  };
  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if (f & BREAK_BEFORE) close(i);
    if ((f & CAPITAL) === 0) {
      const joins =
        run.length > 0 &&
        isConnector(lowers[i]!) &&
        i + 1 < count &&
        (flags[i + 1]! & (CAPITAL | BREAK_BEFORE)) === CAPITAL;
      if (joins) run.push(makeToken(table, i));
      else close(i);
      continue;
    }
    const token = makeToken(table, i);
    const lower = lowers[i]!;
    const stop = isStopId(lower) && !isNameStopword(lower) && !ACRONYM.test(token.text);
    const ordinaryWord =
      stop ||
      isContraction(token.text) ||
      (token.initial && lowerSeen.has(lower) && !ACRONYM.test(token.text));
    if (ordinaryWord) {
      close(i);
      continue;
    }
    run.push(token);
    if (token.possessive) close(i + 1);
  }
  close(count);
  return runs;
}

/** Longest place name at the start of the words, as a word count (0 when none). */
function matchPlacePrefix(words: string[]): number {
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n > 0; n--) {
    if (PLACES.has(words.slice(0, n).join(' '))) return n;
  }
  return 0;
}

function classifyRun(run: Token[], speaks: boolean, out: Mention[]): void {
  while (run.length > 0 && (run[0]!.lower === 'the' || !run[0]!.capital)) run = run.slice(1);
  if (run.length === 0) return;
  const words = run.map((t) => t.lower);
  const start = run[0]!.start;
  const texts = run.map((t) => t.text);
  const place = PLACES.get(words.join(' '));
  if (place !== undefined) return void out.push({ kind: 'place', words: [place], start, speaks });
  if (run.length === 1 && words[0]!.includes('-')) {
    const parts = words[0]!.split('-').map((p) => PLACES.get(p));
    if (parts.every((p) => p !== undefined)) {
      for (const p of parts) out.push({ kind: 'place', words: [p!], start, speaks });
      return;
    }
  }
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (of > 0 && !ORG_WORDS.has(words[0]!)) {
    // "CEO of Micron Technology", "Micron Technology of China": two names joined by "of".
    const left = run.slice(0, of);
    let right = run.slice(of + 1);
    // "Secretary of State John Kerry": the word after a title's "of" belongs to the title.
    const office = right[0]?.lower ?? '';
    if (left.every((t) => PERSON_TITLES.has(t.lower)) && (OFFICES.has(office) || PERSON_TITLES.has(office))) {
      right = right.slice(1);
    }
    classifyRun(left, false, out);
    return classifyRun(right, speaks, out);
  }
  const last = words[words.length - 1]!;
  if (ORG_WORDS.has(last) || (words.length >= 3 && ORG_WORDS.has(words[0]!) && words[1] === 'of')) {
    return void out.push({ kind: 'org', words: texts, start, speaks });
  }
  const firstTitle = words.findIndex((w) => PERSON_TITLES.has(w));
  if (firstTitle >= 0) {
    let lastTitle = firstTitle;
    while (lastTitle + 1 < words.length && PERSON_TITLES.has(words[lastTitle + 1]!)) lastTitle++;
    if (firstTitle > 0) classifyRun(run.slice(0, firstTitle), false, out);
    const rest = run.slice(lastTitle + 1);
    if (rest.length > 0 && rest.every((t) => t.capital)) {
      out.push({ kind: 'person', words: rest.map((t) => t.text), start: rest[0]!.start, speaks });
    } else if (rest.length > 0) classifyRun(rest, speaks, out);
    return;
  }
  let from = 0;
  let to = run.length;
  while (from < to && NON_ENTITIES.has(words[from]!)) from++;
  while (to > from && NON_ENTITIES.has(words[to - 1]!)) to--;
  if (from === to) return;
  if (from > 0 || to < run.length) return classifyRun(run.slice(from, to), speaks, out);
  if (run.length === 1) {
    const kind = ACRONYM.test(texts[0]!) ? 'org' : 'single';
    return void out.push({ kind, words: texts, start, speaks, initial: run[0]!.initial });
  }
  if (PLACE_WORDS.has(last)) return void out.push({ kind: 'place', words: texts, start, speaks });
  // "Los Angeles Lakers", "China Daily": a place followed by more words names a body based there;
  // "CNN ORC": an acronym inside a run marks an organisation.
  const kind = matchPlacePrefix(words) > 0 || texts.some((t) => ACRONYM.test(t)) ? 'org' : 'person';
  out.push({ kind, words: texts, start, speaks });
}


/** People, organisations and places of `text`, most mentioned first. `work` counts entity comparisons. */
export function extractEntities(text: string, work?: WorkCount): Entities {
  const { table, lowerSeen } = tokenize(text);
  const mentions: Mention[] = [];
  for (const { run, speaks } of collectRuns(table, lowerSeen)) classifyRun(run, speaks, mentions);

  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const lower = m.words.map((w) => w.toLowerCase());
    const key = `${m.kind === 'single' || m.kind === 'person' ? 'p' : m.kind}:${lower.join(' ')}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.count++;
      existing.speaks += m.speaks ? 1 : 0;
      existing.initialOnly &&= m.initial === true;
      // A lone word later confirmed as a titled person ("Minister Wang") becomes a person.
      if (m.kind === 'person') existing.kind = 'person';
      continue;
    }
    byKey.set(key, {
      kind: m.kind,
      display: m.words.join(' '),
      words: lower,
      count: 1,
      first: m.start,
      speaks: m.speaks ? 1 : 0,
      initialOnly: m.initial === true,
    });
  }
  const entities = [...byKey.values()];
  mergeShortForms(entities, work);

  const result: Entities = { people: [], organizations: [], places: [] };
  const ranked = entities.filter((e) => e.count > 0).sort((a, b) => b.count - a.count || a.first - b.first);
  for (const e of ranked) {
    let kind = e.kind;
    // A lone unexplained word counts only when repeated; said-verbs after it suggest a surname.
    if (kind === 'single') {
      if (e.count < 2 || e.initialOnly) continue;
      kind = e.speaks * 2 >= e.count ? 'person' : 'org';
    }
    const list = kind === 'person' ? result.people : kind === 'org' ? result.organizations : result.places;
    if (list.length < MAX_PER_KIND) list.push(e.display);
  }
  return result;
}
