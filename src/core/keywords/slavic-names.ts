// In Russian, Ukrainian, Polish, Czech and the other Slavic languages a name changes its ending with its
// case ("Путин", "Путина", "Путину"; "Tusk", "Tuska"; "Babiš", "Babišem"), and each form was a keyword of
// its own. Keywords that are names (capitalised) and differ only in such endings are one keyword here: a
// lone surname joins the full name that ends in a form of it ("Травникова" beside "Андреем
// Травниковым"). The endings are the case endings of nouns and adjectives; the suffixes that make
// surnames ("-ов", "-ин", "-ski") are no endings, so "Иван" and "Иванов" stay apart.
import { timesWritten } from './written-forms.js';

const CYRILLIC_ENDINGS = new Set(
  `а я у ю е ы и о й ь ой ей ом ем ым им ах ях ам ям ую юю ая яя ое ее ие ые ых их ого его ому ему ою ею
  ами ями ии ию ия`.split(/\s+/),
);
const LATIN_ENDINGS = new Set(
  `a u e y i o ę ą ě í é á ou em ie ym im ej ego emu owi ovi iem ami ach om ów ům ách ého ému ém ým ou ových`.split(
    /\s+/,
  ),
);
const MIN_STEM = 3;

/** The languages whose names take case endings. */
const SLAVIC = new Set(['ru', 'uk', 'be', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs']);

/** Whether names of the language (ISO 639-1) take case endings that keywords should fold. */
export function hasNameCases(language: string): boolean {
  return SLAVIC.has(language);
}

function isEnding(rest: string): boolean {
  return rest === '' || CYRILLIC_ENDINGS.has(rest) || LATIN_ENDINGS.has(rest);
}

/** Whether two capitalised words are case forms of one name: one stem, each with a case ending or none. */
function isFormOfName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || a[0] === a[0]!.toLowerCase()) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= MIN_STEM && isEnding(a.slice(n)) && isEnding(b.slice(n));
}

/** Whether keyword `a` is a form of the name `b`: word by word, or as the last word of it (a surname). */
function isSameName(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length === y.length) return x.every((word, i) => isFormOfName(word, y[i]!));
  if (x.length === 1) return isFormOfName(x[0]!, y[y.length - 1]!);
  return y.length === 1 && isFormOfName(y[0]!, x[x.length - 1]!);
}

/**
 * The keywords with each name once, where the best placed of its forms stood: shown whole (the form with
 * most words), in the form `text` writes most among those (the better placed on a tie).
 */
export function foldNameCases(keywords: readonly string[], text: string): string[] {
  const groups: string[][] = [];
  for (const keyword of keywords) {
    const named = keyword[0] !== keyword[0]?.toLowerCase();
    const group = named ? groups.find((g) => g.some((k) => isSameName(keyword, k))) : undefined;
    if (group === undefined) groups.push([keyword]);
    else group.push(keyword);
  }
  return groups.map((group) => {
    const words = (k: string): number => k.split(' ').length;
    let best = group[0]!;
    let most = timesWritten(text, best);
    for (const form of group.slice(1)) {
      const times = timesWritten(text, form);
      if (words(form) > words(best) || (words(form) === words(best) && times > most))
        [best, most] = [form, times];
    }
    return best;
  });
}
