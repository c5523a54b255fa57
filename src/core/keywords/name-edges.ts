// Where a name keyword starts and ends, in languages without the English name rules: the word before a
// name that the name goes without elsewhere ("Вчера Дмитрий Азаров", "Dün Cemil Tugay", a title met once
// as in "Başkanı Cemil Tugay") is no part of it, nor a keyword alone, and a phrase that stops inside a
// name ("Başkanı Cemil") is none.
import type { PairMap } from '../text/pair-map.js';

/** What the keyword reader knows of the article's tokens, words and phrases (see keywords.ts). */
export interface NameEdgeInput {
  tokenCount: number;
  /** Each token's word, -1 for a stop word or a skipped one. */
  tokenWord: ArrayLike<number>;
  /** Per word, its first token inside a sentence, -1 when it only ever opens one. */
  firstVote: ArrayLike<number>;
  wordCount: ArrayLike<number>;
  phraseCount: ArrayLike<number>;
  /** The phrase tree: (2·word or 2·phrase + 1, next word) → phrase. */
  phraseChildren: PairMap;
  /** Per word, 1 for a word of the headline. */
  inTitle: ArrayLike<number>;
  /** Whether a word is written with a capital inside a sentence. */
  isNamed: (w: number) => boolean;
}

export interface NameEdges {
  /**
   * Whether a name phrase took in the word before the name, which the name goes without elsewhere: a
   * word seen only opening sentences, or a title met once before a full name of two words or more.
   */
  takesInWordBefore(words: readonly number[], count: number): boolean;
  /** Whether named word w is always followed by one named word ("Cemil" by "Tugay"): the name goes on. */
  endsInsideName(w: number): boolean;
  /**
   * Whether word w only ever opens a sentence, each time right before a named word ("Вчера Дмитрий"),
   * and is not in the headline ("Papa" of "Il Papa in visita", "Papa Francesco ha …").
   */
  opensBeforeName(w: number): boolean;
}

export function readNameEdges(input: NameEdgeInput): NameEdges {
  const { tokenCount, tokenWord, firstVote, wordCount, phraseCount, phraseChildren, inTitle, isNamed } =
    input;
  /** How often the phrase of `words` without its first word appears (a word's count for one word). */
  const tailCount = (words: readonly number[]): number => {
    if (words.length === 2) return wordCount[words[1]!]!;
    let p = phraseChildren.get(words[1]! * 2, words[2]!);
    for (let i = 3; i < words.length && p >= 0; i++) p = phraseChildren.get(p * 2 + 1, words[i]!);
    return p < 0 ? 0 : phraseCount[p]!;
  };
  const opensBeforeName: number[] = [];
  for (let t = 0; t < tokenCount; t++) {
    const w = tokenWord[t]!;
    if (w < 0 || firstVote[w]! >= 0 || inTitle[w] === 1 || opensBeforeName[w] === 0) continue;
    const next = t + 1 < tokenCount ? tokenWord[t + 1]! : -1;
    const before = next >= 0 && phraseChildren.get(w * 2, next) >= 0 && isNamed(next);
    opensBeforeName[w] = before ? 1 : 0;
  }
  return {
    takesInWordBefore: (words, count) =>
      tailCount(words) > count && (firstVote[words[0]!]! < 0 || (count < 2 && words.length > 2)),
    endsInsideName(w) {
      const t = firstVote[w]!;
      const next = t >= 0 && t + 1 < tokenCount ? tokenWord[t + 1]! : -1;
      const pair = next < 0 ? -1 : phraseChildren.get(w * 2, next);
      return pair >= 0 && phraseCount[pair] === wordCount[w] && isNamed(w) && isNamed(next);
    },
    opensBeforeName: (w) => opensBeforeName[w] === 1,
  };
}
