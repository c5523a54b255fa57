// franc-min's guess, computed faster and with the same answer. franc compares the text's trigram counts
// with every language model of the text's script, one object lookup per trigram and language (a third
// of an ingest went there). Here each script's models are turned once into an index from trigram to
// the languages that have it, so a text costs one lookup per trigram, and only the languages that
// have that trigram are touched. The rules are franc's: the first 2,048 UTF-16 units, the script with
// the most characters, the cleaned and space-padded text's trigram counts, the distance
// Σ |count − rank − 1| over known trigrams plus 300 for each unknown one, the smallest distance winning
// and the first language in franc's order on a tie.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  languages: string[];
  /** Per trigram (see trigramKey): pairs (language index, rank) flattened. */
  index: Map<TrigramKey, Int32Array>;
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

let models: Map<string, ScriptModels> | null = null;

function buildModels(): Map<string, ScriptModels> {
  const built = new Map<string, ScriptModels>();
  for (const [script, languages] of Object.entries(data as Record<string, Record<string, string>>)) {
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
    const index = new Map<TrigramKey, Int32Array>();
    for (const [trigram, entry] of pairs) index.set(trigram, Int32Array.from(entry));
    built.set(script, { languages: names, index });
  }
  return built;
}

/** trigram-utils' clean: punctuation, symbols and digits (U+0021–U+0040) and white space to one space. */
function clean(value: string): string {
  return value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of Object.entries(expressions as Record<string, RegExp>)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** The ISO 639-3 code franc-min would answer for `value` (with no options), or 'und'. */
export function guessLanguage(input: string): string {
  if (!input || input.length < MIN_LENGTH) return 'und';
  const value = input.slice(0, MAX_LENGTH);
  models ??= buildModels();
  const [script, share] = topScript(value);
  const scriptModels = script === undefined ? undefined : models.get(script);
  if (!scriptModels) return script === undefined || share === 0 ? 'und' : script;
  const padded = ` ${clean(value)} `;
  const counts = new Map<TrigramKey, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = trigramKey(padded, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const { languages, index } = scriptModels;
  const distances = new Float64Array(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const entry = index.get(trigram);
    if (!entry) continue;
    for (let k = 0; k < entry.length; k += 2) {
      const difference = Math.abs(count - (entry[k + 1] as number) - 1);
      distances[entry[k] as number] = (distances[entry[k] as number] as number) + difference - MAX_DIFFERENCE;
    }
  }
  let best = 0;
  for (let i = 1; i < distances.length; i++) {
    if ((distances[i] as number) < (distances[best] as number)) best = i;
  }
  return languages[best] ?? 'und';
}
