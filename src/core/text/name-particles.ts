// The small lower-case words inside family names: "Bill de Blasio", "Ursula von der Leyen", "Chris Van
// Hollen", "Mohammed bin Salman", "Leonardo da Vinci", and the Arabic article joined by a hyphen
// ("Abu Bakr al-Baghdadi"). They belong to a name only between its capitalised words, or before a
// capitalised surname; on their own they are ordinary words of English or another language ("a delivery
// van", "de" in Spanish), so the readers of names ask where they stand before taking them in.

/** Particles, lower case. Each is a name's part only when a capitalised word (or another particle) follows. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de del della di da dos das du van von der den la le bin ibn ten ter zu'.split(' '),
);

/** The same words as a regular-expression alternation, for the readers that match names by pattern. */
export const NAME_PARTICLE_PATTERN = [...NAME_PARTICLES].join('|');

/** A name that opens with the Arabic article and a hyphen: "al-Baghdadi", "el-Sisi". */
export const ARTICLE_JOINED_NAME = /^(?:al|el)-\p{Lu}/u;

/** Whether a word as written is a particle of names (in either case: "De Vries" opens a sentence). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

function isCapitalised(word: string): boolean {
  return word !== word.toLowerCase() && word.charAt(0) !== word.charAt(0).toLowerCase();
}

/** Whether a written word counts as a capitalised word of a name: "Blasio", "al-Baghdadi". */
export function isNameWord(word: string): boolean {
  return isCapitalised(word) || ARTICLE_JOINED_NAME.test(word);
}

/**
 * Whether words as written form a name: each a capitalised name word, or a particle with a name word
 * further on ("Bill de Blasio", "de Blasio", "Ursula von der Leyen"); a particle never ends it.
 */
export function isNameWords(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined || !isNameWord(last)) return false;
  return words.every((w) => isNameWord(w) || NAME_PARTICLES.has(w));
}

/**
 * Where the surname begins: the last word with the particles right before it ("de Blasio", "von der
 * Leyen", "Van Hollen"), as long as a word is left before them to be a given name.
 */
export function surnameStart(words: readonly string[]): number {
  let start = words.length - 1;
  while (start > 1 && isNameParticle(words[start - 1]!)) start--;
  return Math.max(0, start);
}

/** Words after which "van" or "de" is a noun or a word of another language, never a name's particle. */
export const BEFORE_NO_PARTICLE: ReadonlySet<string> = new Set(
  'the a an this that these those his her its their our my your one another every each some any no'.split(
    ' ',
  ),
);
