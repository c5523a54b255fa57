// Whether two written names can be one person's: the surname, the first given name or a short form of it
// ("Ken" for "Kenneth"), and which of two forms is the fuller.

import { isNameParticle } from '../text/name-particles.js';

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
}

/**
 * Given names (initials left out) of a name: everything before the surname, which holds the particles
 * before its last word ("Bill" of "Bill de Blasio"; none of "De Vries", "von der Leyen").
 */
export function givenNames(words: string[]): string[] {
  let surname = words.length - 1;
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
  if (keyOf(a[a.length - 1] ?? '') !== keyOf(b[b.length - 1] ?? '')) return false;
  const ga = givenNames(a);
  const gb = givenNames(b);
  return ga.length === 0 || gb.length === 0 || isSameGivenName(ga[0] ?? '', gb[0] ?? '');
}

/** True when `words` are a fuller form of the name `had`: more words, or a longer first given name. */
export function isFuller(words: string[], had: string[]): boolean {
  if (words.length !== had.length) return words.length > had.length;
  return (givenNames(words)[0] ?? '').length > (givenNames(had)[0] ?? '').length;
}
