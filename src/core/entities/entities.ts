// People, organisations and places from runs of capitalised words. One linear scan builds the runs; each
// run is classified by cheap cues (a gazetteer of places, organisation words, titles before names); then
// short forms are folded into the fullest name seen ("Micron" → "Micron Technology Inc", "Minister Wang"
// → "Wang Wentao") and everything is ordered by mentions, then by first appearance.

import { DESCRIBER } from '../text/describer.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import type { Words } from '../text/tokens.js';
import type { Entities } from '../types.js';
import type { WorkCount } from '../work.js';
import { mergeShortForms, type Entity, type Kind } from './entity-merge.js';
import { createNameRunReader, type Token } from './entity-tokens.js';
import { ACRONYM, LETTER_LABELS, OFFICES } from './entity-words.js';
import {
  EVENT_WORDS,
  MAX_PLACE_WORDS,
  NON_ENTITIES,
  ORG_HEADS,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_PREFIXES,
  PEOPLES,
  PLACE_WORDS,
  TITLE_MODIFIERS,
  PLACES,
} from './gazetteer.js';

/** A title word, also when joined to a qualifier: "president-elect", "ex-minister", "vice-chairman". */
function isTitleWord(word: string): boolean {
  return (
    PERSON_TITLES.has(word) || (word.includes('-') && word.split('-').some((part) => PERSON_TITLES.has(part)))
  );
}

const MAX_PER_KIND = 20;

interface Mention {
  kind: Kind;
  words: string[];
  start: number;
  /** Followed by a verb of saying: a hint that a lone word is a person. */
  speaks: boolean;
  /** A lone word that starts a sentence (false for every other mention): always set, so mentions have one shape. */
  initial: boolean;
}

/**
 * The places of a word whose every hyphenated part is one ("Paris-Berlin"), or null. A loop: a mapped
 * array's elements kind (strings, undefined) changed from one word to the next, and with it the compiled
 * code of classifyRun.
 */
function hyphenatedPlaces(word: string): string[] | null {
  const places: string[] = [];
  for (const part of word.split('-')) {
    const place = PLACES.get(part);
    if (place === undefined) return null;
    places.push(place);
  }
  return places;
}

/** Longest place name at the start of the words, as a word count (0 when none). */
function matchPlacePrefix(words: string[]): number {
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n > 0; n--) {
    if (PLACES.has(words.slice(0, n).join(' '))) return n;
  }
  return 0;
}

// The word lists below are built by push, never by map: compiled code makes map's arrays in another shape
// than the interpreter does, and code compiled for one shape is thrown away when it meets the other.

/** A verb form ending in -ing: "Watching", "Following". */
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** Words ending in -ing that open names: given names, and nouns ("Morning Joe", "Boxing Day"). */
const ING_KEPT = new Set(
  'channing irving erling sterling fleming browning manning morning evening building housing wedding boxing'.split(
    ' ',
  ),
);

/**
 * True for a first word that describes or acts on the name after it rather than being part of it: a
 * hyphened describer anywhere, or an -ing verb opening a sentence ("Watching McLean sing is…") before
 * a name that is no organisation, place or event ("Working Group" stays whole).
 */
function isLeadingDescriber(run: Token[]): boolean {
  const token = run[0]!;
  if (isTitleWord(token.lower)) return false;
  if (DESCRIBER.test(token.text)) return true;
  return (
    token.initial &&
    GERUND.test(token.text) &&
    !ING_KEPT.has(token.lower) &&
    !PLACES.has(token.lower) &&
    !endsAsBody(run)
  );
}

/** True when the run's last word makes it an organisation, a place or an event ("Working Group"). */
function endsAsBody(run: Token[]): boolean {
  const last = run[run.length - 1]!.lower;
  return ORG_WORDS.has(last) || PLACE_WORDS.has(last) || EVENT_WORDS.has(last);
}

/** The lower-case words of the tokens. */
function lowersOf(run: Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < run.length; i++) words.push(run[i]!.lower);
  return words;
}

/** The tokens as written. */
function textsOf(run: Token[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < run.length; i++) texts.push(run[i]!.text);
  return texts;
}

function classifyRun(run: Token[], speaks: boolean, out: Mention[]): void {
  // Lower-case particles open a run only before a surname at a speech cue ("de Blasio said").
  while (
    run.length > 0 &&
    (run[0]!.lower === 'the' || (!run[0]!.capital && !NAME_PARTICLES.has(run[0]!.lower)))
  )
    run = run.slice(1);
  if (run.length === 0) return;
  // "Paris-based Euronext", "Grandmother-of-three Pat", "Watching McLean": a describing word or a verb
  // opening the run is not part of the name after it.
  if (run.length > 1 && isLeadingDescriber(run)) return classifyRun(run.slice(1), speaks, out);
  if (run.length === 1 && DESCRIBER.test(run[0]!.text)) return;
  // "Native Americans" is a group of people; "Americans Andy Roddick and …" names one after them.
  if (PEOPLES.has(run[run.length - 1]!.lower)) return;
  if (PEOPLES.has(run[0]!.lower)) return classifyRun(run.slice(1), speaks, out);
  const words = lowersOf(run);
  // "Plan B", "Terminal C": a label, not a name.
  if (words.length === 2 && words[1]!.length === 1 && LETTER_LABELS.has(words[0]!)) return;
  const start = run[0]!.start;
  const texts = textsOf(run);
  const place = PLACES.get(words.join(' '));
  if (place !== undefined)
    return void out.push({ kind: 'place', words: [place], start, speaks, initial: false });
  if (run.length === 1 && words[0]!.includes('-')) {
    const places = hyphenatedPlaces(words[0]!);
    if (places !== null) {
      for (const p of places) out.push({ kind: 'place', words: [p], start, speaks, initial: false });
      return;
    }
  }
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (of > 0 && !ORG_WORDS.has(words[0]!)) {
    // "CEO of Micron Technology", "Micron Technology of China": two names joined by "of".
    const left = run.slice(0, of);
    let right = run.slice(of + 1);
    // "Secretary of State John Kerry": the word after a title's "of" belongs to the title.
    const office = right.length > 0 ? right[0]!.lower : '';
    if (left.every((t) => PERSON_TITLES.has(t.lower)) && (OFFICES.has(office) || PERSON_TITLES.has(office))) {
      right = right.slice(1);
    }
    classifyRun(left, false, out);
    return classifyRun(right, speaks, out);
  }
  const last = words[words.length - 1]!;
  const headed = words.length >= 3 && NAME_PARTICLES.has(words[1]!) && ORG_HEADS.has(words[0]!);
  if (ORG_WORDS.has(last) || headed || (words.length >= 3 && ORG_WORDS.has(words[0]!) && words[1] === 'of')) {
    return void out.push({ kind: 'org', words: texts, start, speaks, initial: false });
  }
  // Events and works are not people ("World Cup", "Cannes Film Festival"), nor anything else listed here.
  if (words.length > 1 && EVENT_WORDS.has(last)) return;
  if (words.length > 1 && PLACE_PREFIXES.has(words[0]!)) {
    return void out.push({ kind: 'place', words: texts, start, speaks, initial: false });
  }
  const firstTitle = words.findIndex(isTitleWord);
  if (firstTitle >= 0) {
    let lastTitle = firstTitle;
    while (lastTitle + 1 < words.length && isTitleWord(words[lastTitle + 1]!)) lastTitle++;
    const modifier = firstTitle === 1 && TITLE_MODIFIERS.has(words[0]!);
    if (firstTitle > 0 && !modifier) classifyRun(run.slice(0, firstTitle), false, out);
    const rest = run.slice(lastTitle + 1);
    if (rest.length > 0 && rest.every((t) => t.capital)) {
      out.push({
        kind: 'person',
        words: textsOf(rest),
        start: rest[0]!.start,
        speaks,
        initial: false,
      });
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
  if (PLACE_WORDS.has(last))
    return void out.push({ kind: 'place', words: texts, start, speaks, initial: false });
  // "Los Angeles Lakers", "China Daily": a place followed by more words names a body based there;
  // "CNN ORC": an acronym inside a run marks an organisation.
  const kind = matchPlacePrefix(words) > 0 || texts.some((t) => ACRONYM.test(t)) ? 'org' : 'person';
  out.push({ kind, words: texts, start, speaks, initial: false });
}

/** People, organisations and places of `text`, most mentioned first. `work` counts entity comparisons. */
export type EntityReader = (text: string, work?: WorkCount) => Entities;

/** An entity reader over an analyzer's words (its per-word caches belong to the reader). */
export function createEntityReader(words: Words): EntityReader {
  const readNameRuns = createNameRunReader(words);
  return (text, work) => extractEntities(readNameRuns(text), work);
}

function extractEntities(
  runs: Array<{ run: Token[]; speaks: boolean }>,
  work: WorkCount | undefined,
): Entities {
  const mentions: Mention[] = [];
  for (const { run, speaks } of runs) classifyRun(run, speaks, mentions);

  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const lower = m.words.map((w) => w.toLowerCase());
    const key = `${m.kind === 'single' || m.kind === 'person' ? 'p' : m.kind}:${lower.join(' ')}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.count++;
      existing.speaks += m.speaks ? 1 : 0;
      existing.initialOnly &&= m.initial;
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
      initialOnly: m.initial,
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
