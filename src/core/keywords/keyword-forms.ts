// How a phrase of several words is shown: each word is spelled as the article spells it most often, which
// for a word also used on its own can be another inflection than the phrase's ("peanuts" beside "peanut
// allergies" made "peanuts allergies"). A phrase's words take the inflection of its first appearance,
// with the capitals of their usual spelling.

/** The token arrays of a keyword reading that the spelling needs. */
export interface PhraseTokens {
  text: string;
  count: number;
  /** Token starts, in order. */
  starts: ArrayLike<number>;
  surfaceStarts: ArrayLike<number>;
  surfaceEnds: ArrayLike<number>;
  /** The article's word number of each token (-1 for a skipped one). */
  tokenWord: ArrayLike<number>;
}

/** The last token that starts at or before `at`. */
function tokenAt(starts: ArrayLike<number>, count: number, at: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The phrase's words as shown: `usual` (each word's usual spelling) in the inflection of its first appearance. */
export function spellPhrase(
  words: readonly number[],
  first: number,
  usual: readonly string[],
  tokens: PhraseTokens,
): string[] {
  if (words.length < 2 || tokens.count === 0) return [...usual];
  const t = tokenAt(tokens.starts, tokens.count, first);
  if (t + words.length > tokens.count) return [...usual];
  for (let i = 0; i < words.length; i++) if (tokens.tokenWord[t + i] !== words[i]) return [...usual];
  return usual.map((form, i) => {
    const seen = tokens.text.slice(tokens.surfaceStarts[t + i]!, tokens.surfaceEnds[t + i]!);
    if (seen.toLowerCase() === form.toLowerCase()) return form;
    return form === form.toLowerCase() ? seen.toLowerCase() : seen;
  });
}

/** Where a word's spellings are: its votes (tokens, linked) and the token that opens a sentence with it. */
export interface WordVotes {
  firstVote: ArrayLike<number>;
  nextVote: ArrayLike<number>;
  initialToken: ArrayLike<number>;
  /** The word as the word table spells it, when no token votes. */
  fallback: (word: number) => string;
}

/** A word's usual spelling: the one most of its appearances inside sentences use. */
export function usualForm(w: number, tokens: PhraseTokens, votes: WordVotes): string {
  const initial = votes.initialToken[w]!;
  let best =
    initial >= 0
      ? tokens.text.slice(tokens.surfaceStarts[initial]!, tokens.surfaceEnds[initial]!)
      : votes.fallback(w);
  let bestCount = 0;
  const forms = new Map<string, number>();
  for (let v = votes.firstVote[w]!; v >= 0; v = votes.nextVote[v]!) {
    const form = tokens.text.slice(tokens.surfaceStarts[v]!, tokens.surfaceEnds[v]!);
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  for (const [form, n] of forms) {
    if (n > bestCount) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}
