// franc-min's guess, computed faster and with the same answer. franc compares the text's trigram counts
// with every language model of the text's script, one object lookup per trigram and language (a third
// of an ingest went there). Here each script's models are turned once into an index from trigram to
// the languages that have it, so a text costs one lookup per trigram, and only the languages that
// have that trigram are touched. The rules are franc's: the first 2,048 UTF-16 units, the script with
// the most characters, the cleaned and space-padded text's trigram counts, the distance
// Σ |count − rank − 1| over known trigrams plus 300 for each unknown one, the smallest distance winning
// and the first language in franc's order on a tie. test/ingest/language-trigrams.test.ts holds it to
// franc's answers.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { writeCleanPadded } from './language-clean.js';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  languages: string[];
  /** A number for each trigram (see trigramKey) that some language of the script has. */
  ids: Map<TrigramKey, number>;
  /** The packed (number) keys of `ids` again, in an open-addressing table: no Map lookup per trigram. */
  packed: PackedIds;
  /** Per UTF-16 unit, 1 when a trigram kept as a string (see trigramKey) holds it. */
  wide: Uint8Array;
  /**
   * Per trigram number t: pairs (language index, rank) flattened, at pairs[starts[t]] to
   * pairs[starts[t + 1]] (one array for all trigrams, read in one sweep of memory).
   */
  pairs: Int32Array;
  starts: Int32Array;
  /** Scratch: per trigram number, how often the text holds it (zeroed again after each text). */
  counts: Int32Array;
  /** Scratch: the trigram numbers the text holds, in order of first sight. */
  seen: Int32Array;
}

type TrigramKey = number | string;

/**
 * A trigram as a map key: three UTF-16 units below 1,024 (Latin, Greek, IPA) packed in one small
 * integer, which a Map hashes without making a string; any other trigram is its own string.
 */
function trigramKey(text: string, at: number): TrigramKey {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : text.slice(at, at + 3);
}

/** Open addressing over packed trigram keys (non-negative, below 2^30); an empty slot holds -1. */
interface PackedIds {
  keys: Int32Array;
  values: Int32Array;
  mask: number;
  /** 32 minus the number of bits of a slot number (see slotOf). */
  shift: number;
}

/**
 * A key's first slot: the top bits of its product with 2^32 / φ. The low bits of that product would
 * depend only on the key's low bits, the third character and a little of the second, so trigrams ending
 * alike would crowd the same slots (for the Latin models, 11.8 probes a trigram instead of 1.2).
 */
const slotOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

function packIds(ids: Map<TrigramKey, number>): PackedIds {
  let size = 16;
  let shift = 28;
  while (size < ids.size * 2) {
    size *= 2;
    shift--;
  }
  const keys = new Int32Array(size).fill(-1);
  const values = new Int32Array(size);
  const mask = size - 1;
  for (const [key, id] of ids) {
    if (typeof key !== 'number') continue;
    let s = slotOf(key, shift);
    while (keys[s] !== -1) s = (s + 1) & mask;
    keys[s] = key;
    values[s] = id;
  }
  return { keys, values, mask, shift };
}

/**
 * The number of the trigram of units a, b, c, or -1 when no language of the script has it. A trigram
 * with a unit no model's trigram holds (a curly quote or a dash in a Latin text) needs no lookup.
 */
function trigramId(a: number, b: number, c: number, models: ScriptModels): number {
  if ((a | b | c) >= 1024) {
    const { wide } = models;
    if (wide[a] === 0 || wide[b] === 0 || wide[c] === 0) return -1;
    return models.ids.get(String.fromCharCode(a, b, c)) ?? -1;
  }
  const key = (a << 20) | (b << 10) | c;
  const { keys, mask, shift } = models.packed;
  for (let s = slotOf(key, shift); ; s = (s + 1) & mask) {
    const k = keys[s] as number;
    if (k === key) return models.packed.values[s] as number;
    if (k === -1) return -1;
  }
}

/** The models of each script, built the first time a text of that script comes (most loads see one or two). */
const models = new Map<string, ScriptModels>();
const SCRIPT_DATA = data as Record<string, Record<string, string> | undefined>;

function modelsOf(script: string): ScriptModels | undefined {
  let built = models.get(script);
  if (built === undefined) {
    const languages = SCRIPT_DATA[script];
    if (languages === undefined) return undefined;
    built = buildModels(languages);
    models.set(script, built);
  }
  return built;
}

function buildModels(languages: Record<string, string>): ScriptModels {
  const names = Object.keys(languages);
  const pairs = new Map<TrigramKey, number[]>();
  names.forEach((name, languageIndex) => {
    const list = (languages[name] as string).split('|');
    // As franc: a trigram listed twice keeps its first (lowest) rank.
    const ranks = new Map<string, number>();
    for (let rank = list.length - 1; rank >= 0; rank--) ranks.set(list[rank] as string, rank);
    for (const [trigram, rank] of ranks) {
      if (trigram.length !== 3) continue; // a text's trigrams are three units long: never met
      const key = trigramKey(trigram, 0);
      let entry = pairs.get(key);
      if (!entry) pairs.set(key, (entry = []));
      entry.push(languageIndex, rank);
    }
  });
  const ids = new Map<TrigramKey, number>();
  const starts = new Int32Array(pairs.size + 1);
  let length = 0;
  for (const [trigram, entry] of pairs) {
    starts[ids.size] = length;
    ids.set(trigram, ids.size);
    length += entry.length;
  }
  starts[ids.size] = length;
  const flat = new Int32Array(length);
  let at = 0;
  for (const entry of pairs.values()) for (const x of entry) flat[at++] = x;
  const packed = packIds(ids);
  const wide = new Uint8Array(65536);
  for (const key of ids.keys()) {
    if (typeof key === 'string') for (let i = 0; i < key.length; i++) wide[key.charCodeAt(i)] = 1;
  }
  return {
    languages: names,
    ids,
    packed,
    wide,
    pairs: flat,
    starts,
    counts: new Int32Array(ids.size),
    seen: new Int32Array(ids.size),
  };
}

/**
 * trigram-utils' clean: punctuation, symbols and digits (U+0021–U+0040) and white space to one space.
 * It replaces the first by spaces and then collapses white space; one pass over runs of either does
 * the same.
 */
function clean(value: string): string {
  return value
    .replace(/[\s\u0021-\u0040]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Scratch for ` ${clean(value)} `, with room for lower cases of two units (İ). */
const cleaned = new Uint16Array(2 * MAX_LENGTH + 2);

/** Writes ` ${clean(value)} ` into `cleaned` and returns its length. */
function writeCleaned(value: string): number {
  const length = writeCleanPadded(value, cleaned);
  if (length >= 0) return length;
  const padded = ` ${clean(value)} `;
  for (let i = 0; i < padded.length; i++) cleaned[i] = padded.charCodeAt(i);
  return padded.length;
}

const SCRIPTS = Object.entries(expressions as Record<string, RegExp>).map(([name, expression]) => ({
  name,
  // Each of franc's expressions matches one code point (a BMP unit or a surrogate pair) and never a
  // lone surrogate, so its number of matches is the number of code points it matches one by one.
  single: new RegExp(`^(?:${expression.source})$`),
}));
/** The scripts each code point seen so far belongs to (indices into SCRIPTS). */
const scriptsOfCodePoint = new Map<number, number[]>();
/**
 * The same for the BMP as one number per code unit, so the count costs no Map lookup: 0 not yet
 * known, 1 no script, 2 + i script i alone, -1 several (read from the Map).
 */
const SCRIPT_NONE = 1;
const SCRIPT_SEVERAL = -1;
const scriptOfUnit = new Int16Array(65536);

function knownScriptOfUnit(unit: number): number {
  const found = scriptsOf(unit);
  const known =
    found.length === 0 ? SCRIPT_NONE : found.length === 1 ? 2 + (found[0] as number) : SCRIPT_SEVERAL;
  scriptOfUnit[unit] = known;
  return known;
}

function scriptsOf(codePoint: number): number[] {
  let found = scriptsOfCodePoint.get(codePoint);
  if (found === undefined) {
    const char = String.fromCodePoint(codePoint);
    found = [];
    for (let i = 0; i < SCRIPTS.length; i++)
      if ((SCRIPTS[i] as (typeof SCRIPTS)[0]).single.test(char)) found.push(i);
    scriptsOfCodePoint.set(codePoint, found);
  }
  return found;
}

/** franc's getTopScript: the script with the largest share of the text, the first on a tie. */
function topScript(value: string): [string | undefined, number] {
  const counts = new Int32Array(SCRIPTS.length);
  countScripts(value, counts);
  let topCount = -1;
  let top: string | undefined;
  SCRIPTS.forEach((script, i) => {
    const share = (counts[i] as number) / value.length || 0;
    if (share > topCount) {
      topCount = share;
      top = script.name;
    }
  });
  return [top, topCount];
}

/**
 * Adds each code point's scripts to `counts`. The loop is a function of its own with nothing after it
 * (see readSentences in core/text/sentences.ts for why).
 */
function countScripts(value: string, counts: Int32Array): void {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) {
      const known = scriptOfUnit[unit] || knownScriptOfUnit(unit);
      if (known >= 2) counts[known - 2] = (counts[known - 2] as number) + 1;
      else if (known === SCRIPT_SEVERAL)
        for (const script of scriptsOf(unit)) counts[script] = (counts[script] as number) + 1;
      continue;
    }
    let codePoint = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const low = value.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    for (const script of scriptsOf(codePoint)) counts[script] = (counts[script] as number) + 1;
  }
}

/**
 * A lean towards some languages (those the analyzer has rules for): the best of them is taken over a
 * better-scored other one when its distance is larger by at most `margin` of the largest possible
 * difference (MAX_DIFFERENCE for each trigram of the text). Close relatives (Czech and Serbian, Russian
 * and Bulgarian) differ by a few trigrams in a sentence or two, and franc-min knows many more languages
 * than a news feed is likely to carry.
 */
export interface LanguagePreference {
  languages: ReadonlySet<string>;
  margin: number;
}

/**
 * The ISO 639-3 code franc-min would answer for `value` (with no options), or 'und'; with a preference,
 * a preferred language close enough to franc-min's answer instead.
 */
export function guessLanguage(input: string, preference?: LanguagePreference): string {
  if (!input || input.length < MIN_LENGTH) return 'und';
  const value = input.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const scriptModels = script === undefined ? undefined : modelsOf(script);
  if (!scriptModels) return script === undefined || share === 0 ? 'und' : script;
  // A trigram no language of the script has adds 300 to every distance alike, so it cannot change
  // which is smallest: only the trigrams of the models are counted.
  const { languages, pairs, starts, counts, seen } = scriptModels;
  const length = writeCleaned(value);
  let seenCount = 0;
  for (let i = 0; i + 3 <= length; i++) {
    const id = trigramId(
      cleaned[i] as number,
      cleaned[i + 1] as number,
      cleaned[i + 2] as number,
      scriptModels,
    );
    if (id < 0) continue;
    if (counts[id] === 0) seen[seenCount++] = id;
    counts[id] = (counts[id] as number) + 1;
  }
  // Whole numbers well inside 32 bits: at most 2,048 trigrams, each adding at most 300 in size.
  const distances = new Int32Array(languages.length);
  for (let s = 0; s < seenCount; s++) {
    const id = seen[s] as number;
    const count = counts[id] as number;
    counts[id] = 0;
    const end = starts[id + 1] as number;
    for (let k = starts[id] as number; k < end; k += 2) {
      const language = pairs[k] as number;
      const difference = Math.abs(count - (pairs[k + 1] as number) - 1);
      distances[language] = (distances[language] as number) + difference - MAX_DIFFERENCE;
    }
  }
  let best = 0;
  for (let i = 1; i < distances.length; i++) {
    if ((distances[i] as number) < (distances[best] as number)) best = i;
  }
  if (preference !== undefined) best = preferredNear(languages, distances, best, seenCount, preference);
  return languages[best] ?? 'und';
}

/** The best preferred language when it is within the preference's margin of `best`, else `best`. */
function preferredNear(
  languages: readonly string[],
  distances: Int32Array,
  best: number,
  trigrams: number,
  { languages: preferred, margin }: LanguagePreference,
): number {
  if (preferred.has(languages[best] as string)) return best;
  let choice = -1;
  for (let i = 0; i < distances.length; i++) {
    if (!preferred.has(languages[i] as string)) continue;
    if (choice < 0 || (distances[i] as number) < (distances[choice] as number)) choice = i;
  }
  if (choice < 0) return best;
  const gap = (distances[choice] as number) - (distances[best] as number);
  return gap <= margin * MAX_DIFFERENCE * trigrams ? choice : best;
}
