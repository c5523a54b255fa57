// Whether two written names can be one person's: the surname, the first given name or a short form of it
// ("Ken" for "Kenneth"), and which of two forms is the fuller.

import { isNameParticle } from '../text/name-particles.js';

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
}

/** A generation written after a surname: "Jr.", "Sr.", "III", "IV". */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/** Where the surname is: the last word, or the one before a generation ("Pate" of "Luther Stan Pate IV"). */
function surnameIndex(words: string[]): number {
  const last = words.length - 1;
  return last > 0 && GENERATION.test(words[last] ?? '') ? last - 1 : last;
}

/** The surname's key: "pate" for "Luther Stan Pate IV". */
export function surnameKey(words: string[]): string {
  return keyOf(words[surnameIndex(words)] ?? '');
}

/** The generation a name ends with, lower case without its full stop, or '' ("iv", "jr"). */
function generationOf(words: string[]): string {
  const i = surnameIndex(words);
  return i === words.length - 1 ? '' : (words[i + 1] ?? '').toLowerCase().replace(/\.$/u, '');
}

/**
 * Given names (initials left out) of a name: everything before the surname, which holds the particles
 * before its last word ("Bill" of "Bill de Blasio"; none of "De Vries", "von der Leyen").
 */
export function givenNames(words: string[]): string[] {
  let surname = surnameIndex(words);
  while (surname > 0 && isNameParticle(words[surname - 1] ?? '')) surname--;
  return words
    .slice(0, Math.max(0, surname))
    .filter((w) => !/^[A-Z\u00C0-\u00DE]\.$/u.test(w) && !/^[A-Z]\.[A-Z]\.$/u.test(w));
}

/** Names written surname first ("Wang Wentao", then "Minister Wang"): the people holding every word. */
export function holdingEvery<P extends { words: string[] }>(people: P[], words: string[]): P[] {
  const keys = words.map(keyOf);
  return people.filter((p) => {
    const own = p.words.map(keyOf);
    return keys.every((k) => own.includes(k));
  });
}

/**
 * True when two given names can be one person's: the same, or a short form the other begins with
 * ("Ken" and "Kenneth", "Chris" and "Christopher"), of three letters or more.
 */
function isSameGivenName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [keyOf(a), keyOf(b)] : [keyOf(b), keyOf(a)];
  return short === long || (short.length >= 3 && !short.endsWith('.') && long.startsWith(short));
}

/** True when two names can be one person: same surname, and the first given names agree where both have one. */
export function canBeSame(a: string[], b: string[]): boolean {
  if (surnameKey(a) !== surnameKey(b)) return false;
  const ga = givenNames(a);
  const gb = givenNames(b);
  if (ga.length === 0 || gb.length === 0) return true;
  // "Donald Trump Jr." is not "Donald Trump".
  return generationOf(a) === generationOf(b) && isSameGivenName(ga[0] ?? '', gb[0] ?? '');
}

/** True when `words` are a fuller form of the name `had`: more words, or a longer first given name. */
export function isFuller(words: string[], had: string[]): boolean {
  if (words.length !== had.length) return words.length > had.length;
  return (givenNames(words)[0] ?? '').length > (givenNames(had)[0] ?? '').length;
}
