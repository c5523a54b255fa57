// The keyword reader's candidates as a tree: phrases of two to four words are nodes whose parent is
// 2·word (their first word) or 2·phrase + 1 (the phrase one word shorter), so a phrase is stored as its
// last word and a link. Candidates are numbered phrases first, in the order they were met, then words.

export interface PhraseTree {
  /** How many phrases there are: candidate c ≥ this is word c − phrases. */
  phrases: number;
  /** Per phrase, its last word. */
  phraseLast: ArrayLike<number>;
  /** Per phrase, its parent node. */
  phraseParent: ArrayLike<number>;
}

/** The words of candidate c, in order. */
export function wordsOfCandidate(tree: PhraseTree, c: number): number[] {
  const { phrases, phraseLast, phraseParent } = tree;
  if (c >= phrases) return [c - phrases];
  const out = [phraseLast[c]!];
  let node = phraseParent[c]!;
  while (node & 1) {
    const p = (node - 1) / 2;
    out.push(phraseLast[p]!);
    node = phraseParent[p]!;
  }
  out.push(node / 2);
  return out.reverse();
}

/** Whether every word of candidate c is marked in `inTitle` (what wordsOfCandidate(…).every says, unbuilt). */
export function isAllInTitle(tree: PhraseTree, c: number, inTitle: ArrayLike<number>): boolean {
  const { phrases, phraseLast, phraseParent } = tree;
  if (c >= phrases) return inTitle[c - phrases] === 1;
  if (inTitle[phraseLast[c]!] === 0) return false;
  let node = phraseParent[c]!;
  while (node & 1) {
    const p = (node - 1) / 2;
    if (inTitle[phraseLast[p]!] === 0) return false;
    node = phraseParent[p]!;
  }
  return inTitle[node / 2] === 1;
}
