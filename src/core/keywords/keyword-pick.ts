// The keywords shown, from the scored candidates: best first, no bare verb, adjective or generic noun on
// its own, no phrase that ends in one ("Buble dated"), no one-off phrase that is not a name (headline
// fragments such as "president slightly alters transition"), and a phrase inside a longer one chosen
// once: the longer wins ("Donald Trump", not "Trump" and "Donald Trump").
import { isNameWords } from '../text/name-particles.js';
import { containsRun } from './keyword-text.js';
import { isBareWord } from './keyword-words.js';

export interface ScoredPhrase {
  /** The article's word numbers, in order. */
  words: number[];
  /** Where the phrase first appears. */
  first: number;
  score: number;
  /** How often the phrase appears. */
  count: number;
}

function isCapitalised(form: string): boolean {
  return form !== form.toLowerCase();
}

interface Pick {
  words: number[];
  text: string;
  /** Every word capitalised as the article writes it. */
  name: boolean;
  count: number;
}

/**
 * Whether `part` adds nothing beside `whole`, which holds it: a piece of a name ("Trump" beside
 * "Donald Trump"), a phrase inside a longer one, or a word seen almost only inside `whole` ("lane" in
 * "bike lane network"); a word that also stands on its own stays ("tax" beside "payroll tax").
 */
function repeats(part: Pick, whole: Pick): boolean {
  if (part.words.length >= whole.words.length || !containsRun(whole.words, part.words)) return false;
  return whole.name || part.words.length > 1 || part.count <= whole.count * 1.5;
}

/** At most `limit` keywords as shown, from candidates best first (see best-first.ts); `formOf` spells a word. */
export function pickKeywords(
  scored: Iterable<ScoredPhrase>,
  formOf: (word: number) => string,
  limit: number,
  /** The bare-word lists are English: other languages keep only the rules that hold for any. */
  englishRules = true,
  /** Whether the article uses a word only as a verb (see keyword-words.ts; romance-words.ts elsewhere). */
  onlyVerb: (word: number, form: string) => boolean = () => false,
  /** A phrase's words as shown, from their usual spellings (see keyword-forms.ts). */
  spell: (phrase: ScoredPhrase, usual: string[]) => string[] = (_phrase, usual) => usual,
): string[] {
  const chosen: Pick[] = [];
  for (const phrase of scored) {
    if (chosen.length >= limit) break;
    const { words, count } = phrase;
    const forms = words.map(formOf);
    // "Bill de Blasio" is a name like "Donald Trump".
    const name = forms.every(isCapitalised) || isNameWords(forms);
    // The checks read each word's usual spelling; the phrase is shown as the article writes it.
    const candidate = { words, text: spell(phrase, forms).join(' '), name, count };
    if (chosen.some((c) => repeats(candidate, c))) continue;
    if (englishRules && isBareWord(forms[forms.length - 1]!)) continue;
    if (words.length === 1 && !name && onlyVerb(words[0]!, forms[0]!)) continue;
    // Elsewhere a phrase may not end in a verb either ("autarca chegou"); English phrases are judged above.
    const last = words.length - 1;
    if (!englishRules && last > 0 && !name && onlyVerb(words[last]!, forms[last]!)) continue;
    if (count < 2 && forms.length > 1 && !name) continue;
    // A title or description glued to a name ("pop star Michael Buble") is neither a name nor a concept.
    if (forms.length > 1 && !name && forms.some(isCapitalised)) continue;
    // A longer phrase takes the place of the first shorter one it holds; any other it holds goes.
    const inside = chosen.findIndex((c) => repeats(c, candidate));
    if (inside < 0) {
      chosen.push(candidate);
      continue;
    }
    chosen[inside] = candidate;
    for (let i = chosen.length - 1; i > inside; i--) if (repeats(chosen[i]!, candidate)) chosen.splice(i, 1);
  }
  return chosen.map((c) => c.text);
}
