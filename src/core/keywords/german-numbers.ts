// German singular and plural of one noun ("Haus" and "Häuser", "Regierung" and "Regierungen") are one
// keyword, shown in the form the article uses most. The plural adds -e, -en, -n, -er, -s or -nen, often
// with an umlaut on the stem's last vowel; the dative plural adds an -n more ("Häusern") and the genitive
// singular -s or -es ("Hauses"). A phrase folds with another that differs only in its last word.
import { timesWritten } from './written-forms.js';

const ENDINGS = ['nen', 'ern', 'en', 'er', 'es', 'e', 'n', 's'];
/**
 * The nouns whose plural adds -er, a small closed class (also as the last part of a compound:
 * "Bundesland", "Rathaus"). Another noun with -er is mostly a noun of its own, someone who does what the
 * first names: "Spiel" and "Spieler", "Wahl" and "Wähler" stay two keywords.
 */
const ER_PLURALS = new Set(
  'haus land kind bild feld lied buch dorf wort mann wald amt volk gut glas rad blatt dach fach grab loch schloss tal huhn rind ei geld gott rand nest brett licht schild kleid horn bad fass lamm tuch gehalt denkmal spital geist'.split(
    ' ',
  ),
);
const ER_ENDINGS = new Set(['er', 'ern']);

/** Whether the noun's plural may add -er: it is one of ER_PLURALS or ends in one. */
function takesEr(noun: string): boolean {
  const lower = noun.toLowerCase();
  for (let i = 0; i + 2 <= lower.length; i++) if (ER_PLURALS.has(lower.slice(i))) return true;
  return false;
}
const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };
const MIN_STEM = 3;

/** The word with its last umlaut written without the dots ("Häus" → "Haus"), or null when it has none. */
function withoutUmlaut(word: string): string | null {
  for (let i = word.length - 1; i >= 0; i--) {
    const plain = UMLAUTS[word[i]!];
    if (plain !== undefined) return word.slice(0, i) + plain + word.slice(i + 1);
  }
  return null;
}

/** Whether `long` is an inflected form of the noun `short` (both as written, capitalised). */
function isFormOf(long: string, short: string): boolean {
  if (short.length < MIN_STEM || long.length < short.length || short[0] !== short[0]!.toUpperCase())
    return false;
  if (long.length === short.length) return withoutUmlaut(long) === short;
  for (const ending of ENDINGS) {
    if (!long.endsWith(ending)) continue;
    const stem = long.slice(0, -ending.length);
    if (stem !== short && withoutUmlaut(stem) !== short) continue;
    if (!ER_ENDINGS.has(ending) || takesEr(short)) return true;
  }
  return false;
}

/** Whether two keywords are forms of one noun, or phrases that differ only in such a last word. */
function sameNoun(a: string, b: string): boolean {
  if (a === b) return false;
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length || x.slice(0, -1).join(' ') !== y.slice(0, -1).join(' ')) return false;
  const p = x[x.length - 1]!;
  const q = y[y.length - 1]!;
  return isFormOf(p, q) || isFormOf(q, p);
}

/**
 * The keywords with each noun once, where the best placed of its forms stood, in the form `text` writes
 * most (the better placed on a tie).
 */
export function foldGermanNumbers(keywords: readonly string[], text: string): string[] {
  const out: string[] = [];
  const groups: string[][] = [];
  for (const keyword of keywords) {
    const group = groups.find((g) => g.some((k) => sameNoun(k, keyword)));
    if (group === undefined) groups.push([keyword]);
    else group.push(keyword);
  }
  for (const group of groups) {
    let best = group[0]!;
    let most = timesWritten(text, best);
    for (const form of group.slice(1)) {
      const times = timesWritten(text, form);
      if (times > most) [best, most] = [form, times];
    }
    out.push(best);
  }
  return out;
}
