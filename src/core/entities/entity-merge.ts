// Folding short forms into the fullest name seen ("Micron" → "Micron Technology Inc", "Minister Wang"
// → "Wang Wentao"), reading only the entities that share the compared words.

import type { WorkCount } from '../work.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { CONNECTORS } from './entity-words.js';

export type Kind = 'person' | 'org' | 'place' | 'single';

export interface Entity {
  kind: Kind;
  display: string;
  words: string[];
  count: number;
  first: number;
  speaks: number;
  /** Every mention opened a sentence or line ("Advertisement"), so its capital proves nothing. */
  initialOnly: boolean;
}

function isPrefix(short: string[], long: string[]): boolean {
  return short.length < long.length && short.every((w, i) => w === long[i]);
}

function initialsOf(words: string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w) && !/^(inc|corp|ltd|co|plc|llc)$/.test(w))
    .map((w) => w[0] ?? '')
    .join('');
}

/** Folds `from` into `into`, which keeps its (fuller) name. */
function absorb(into: Entity, from: Entity): void {
  into.count += from.count;
  into.first = Math.min(into.first, from.first);
  into.speaks += from.speaks;
  into.initialOnly &&= from.initialOnly;
  from.count = 0;
}

/** Whether `short` may be folded into `long`, a fuller name of the same thing. */
function isShortFormOf(
  short: Entity,
  long: Entity,
  acronym: boolean,
  initials: Map<Entity, string>,
): boolean {
  if (long === short || long.count === 0 || long.kind === 'place') return false;
  if (long.kind === 'org') {
    return (
      isPrefix(short.words, long.words) ||
      (acronym && long.words.length > 1 && initials.get(long) === short.words[0])
    );
  }
  if (long.kind !== 'person' || short.kind === 'org' || long.words.length < 2) return false;
  if (short.words.length === 1)
    return short.words[0] === long.words[0] || short.words[0] === long.words[long.words.length - 1];
  return (
    isPrefix(short.words, long.words) ||
    isSuffix(short.words, long.words) ||
    // "Richard Feynman" of "Richard P. Feynman", never the other way round.
    (short.words.length < long.words.length &&
      short.words[0] === long.words[0] &&
      short.words.at(-1) === long.words.at(-1))
  );
}

/**
 * A surname that opens with a particle: "von der Leyen" of "Ursula von der Leyen", "Van Gogh" of "Theo
 * van Gogh". Other endings of a longer run are left alone: "Tom Hanks" is not "Actor Tom Hanks".
 */
function isSuffix(short: string[], long: string[]): boolean {
  const offset = long.length - short.length;
  return offset > 0 && NAME_PARTICLES.has(short[0]!) && short.every((w, i) => w === long[offset + i]);
}

/** Words of the name but its middle initials ("w." of "George W. Bush"). */
function bareLength(entity: Entity): number {
  let n = 0;
  for (const w of entity.words) if (!(w.length === 2 && w.charCodeAt(1) === 46)) n++;
  return n;
}

function addTo(index: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [entity]);
  else list.push(entity);
}

/**
 * Folds each short form into the fullest entity it names: the first, longest names first, for which
 * isShortFormOf holds. Only entities that can pass that test are read, through indexes by the words it
 * compares: a one-word short form by that word as first word, last word (people) or initials
 * (organisations); a longer one by its first two words (a prefix) or first and last words (people).
 * So the work grows with the entities that share those words, not with every pair of entities.
 */
export function mergeShortForms(entities: Entity[], work: WorkCount | undefined): void {
  // A middle initial makes no name fuller: "George W. Bush" and "Jeb Bush" are as full as each other, so
  // a lone "Bush" goes to the one named first.
  const fullest = [...entities].sort((a, b) => bareLength(b) - bareLength(a) || a.first - b.first);
  const rank = new Map<Entity, number>();
  const initials = new Map<Entity, string>();
  const index = new Map<string, Entity[]>();
  fullest.forEach((long, i) => {
    rank.set(long, i);
    if (long.kind === 'place') return;
    const words = long.words;
    addTo(index, `first ${words[0]!}`, long);
    if (words.length >= 2) addTo(index, `prefix ${words[0]!} ${words[1]!}`, long);
    if (long.kind === 'person' && words.length >= 2) {
      addTo(index, `last ${words.at(-1)!}`, long);
      addTo(index, `ends ${words[0]!} ${words.at(-1)!}`, long);
    }
    if (long.kind === 'org' && words.length > 1) {
      const letters = initialsOf(words);
      initials.set(long, letters);
      addTo(index, `initials ${letters}`, long);
    }
  });
  for (const short of entities) {
    if (short.kind === 'place') continue;
    const acronym = short.words.length === 1 && short.display === short.display.toUpperCase();
    const [first, second] = short.words as [string, string | undefined];
    const keys =
      second === undefined
        ? [`first ${first}`, `last ${first}`, ...(acronym ? [`initials ${first}`] : [])]
        : [
            `prefix ${first} ${second}`,
            `ends ${first} ${short.words.at(-1)!}`,
            `last ${short.words.at(-1)!}`,
          ];
    // The lists can share entities; the one earliest in `fullest` order wins, as a scan of all would pick.
    let target: Entity | null = null;
    for (const key of keys) {
      for (const long of index.get(key) ?? []) {
        if (target !== null && rank.get(long)! >= rank.get(target)!) break;
        if (work) work.entityComparisons++;
        if (isShortFormOf(short, long, acronym, initials)) {
          target = long;
          break;
        }
      }
    }
    if (target) absorb(target, short);
  }
}
