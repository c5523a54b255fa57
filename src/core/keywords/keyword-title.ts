// The headline's words, as the stems the keyword reader boosts.
import type { Words } from '../text/tokens.js';
import { elidedPrefixEnd } from './keyword-text.js';

/** The stems of the title's words other than stop words (`marks`: what joins a token, as the body's). */
export function collectTitleStems(
  words: Words,
  stemOf: (id: number) => number,
  marks: number,
  title: string | undefined,
  stops: ReadonlySet<string> | undefined,
  english: boolean,
  /** How long a word is without its joined ending (Korean), -1 when it has none. */
  cutEnding: ((word: string) => number) | null = null,
): Set<number> {
  const { internWord, isStopId, stripPossessiveId, tokenizeWords } = words;
  const stems = new Set<number>();
  if (!title) return stems;
  const tokens = tokenizeWords(title, marks);
  for (let t = 0; t < tokens.count; t++) {
    let word = stripPossessiveId(tokens.ids[t]!);
    // "L’Istat" in the headline is the body's "dell’Istat".
    const from =
      stops === undefined ? 0 : elidedPrefixEnd(title, tokens.starts[t]!, tokens.ends[t]!, stops, english);
    if (from > tokens.starts[t]!) word = internWord(title.slice(from, tokens.ends[t]!).toLowerCase());
    const cut = cutEnding === null ? -1 : cutEnding(words.wordOf(word));
    if (cut > 0) word = internWord(words.wordOf(word).slice(0, cut));
    if (!isStopId(word)) stems.add(stemOf(word));
  }
  return stems;
}
