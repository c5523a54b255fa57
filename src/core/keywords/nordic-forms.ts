// Norwegian, Danish and Swedish write the definite article as an ending ("sykehus", "sykehuset";
// "regeringen"; "bostäderna") and the plural too ("kommuner", "kommunene"): each form was a keyword of
// its own. Keywords that differ only in such endings are one keyword here, shown in the form the article
// writes most, where the best placed of them stood.
import { timesWritten } from './written-forms.js';

const ENDINGS = new Set([
  '',
  'n',
  't',
  'r',
  'a',
  'en',
  'et',
  'er',
  'ne',
  'na',
  'ene',
  'erne',
  'arna',
  'erna',
  'orna',
]);
const MIN_STEM = 4;
const NORDIC = new Set(['no', 'nb', 'nn', 'da', 'sv']);

/** Whether the language (ISO 639-1) writes its definite article as an ending. */
export function hasDefiniteEndings(language: string): boolean {
  return NORDIC.has(language);
}

/** Whether two one-word keywords are forms of one noun: one stem, each with such an ending or none. */
function isFormOf(a: string, b: string): boolean {
  if (a === b || a.includes(' ') || b.includes(' ')) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= MIN_STEM && ENDINGS.has(a.slice(n)) && ENDINGS.has(b.slice(n));
}

/** The keywords with each noun once, in the form `text` writes most (the better placed on a tie). */
export function foldDefiniteForms(keywords: readonly string[], text: string): string[] {
  const groups: string[][] = [];
  for (const keyword of keywords) {
    const group = groups.find((g) => g.some((k) => isFormOf(k.toLowerCase(), keyword.toLowerCase())));
    if (group === undefined) groups.push([keyword]);
    else group.push(keyword);
  }
  return groups.map((group) => {
    let best = group[0]!;
    let most = timesWritten(text, best);
    for (const form of group.slice(1)) {
      const times = timesWritten(text, form);
      if (times > most) [best, most] = [form, times];
    }
    return best;
  });
}
