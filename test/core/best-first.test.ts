// Keyword candidates handed out best first (issue 16: a heap instead of sorting every candidate): the
// order is the one a stable sort by score, then first appearance, gives, ties kept in list order.
import { describe, expect, it } from 'vitest';
import { bestFirst, type ScoredPhrase } from '../../src/core/keywords/index.js';

const phrase = (score: number, first: number, word: number): ScoredPhrase => ({
  words: [word],
  first,
  score,
  count: 1,
});

const sorted = (list: ScoredPhrase[]) =>
  [...list].sort((a, b) => b.score - a.score || a.first - b.first).map((p) => p.words[0]);

describe('bestFirst', () => {
  const lists: Record<string, ScoredPhrase[]> = {
    empty: [],
    one: [phrase(2, 0, 7)],
    'distinct scores': [phrase(1.5, 10, 0), phrase(3.25, 40, 1), phrase(0.5, 0, 2), phrase(2, 5, 3)],
    'equal scores, told apart by first appearance': [
      phrase(2, 30, 0),
      phrase(2, 10, 1),
      phrase(2, 20, 2),
      phrase(1, 0, 3),
    ],
    'equal scores and first appearance, in list order': [
      phrase(4, 12, 0),
      phrase(1, 3, 1),
      phrase(4, 12, 2),
      phrase(4, 12, 3),
      phrase(4, 2, 4),
    ],
    'infinite scores': [
      phrase(Infinity, 9, 0),
      phrase(3, 1, 1),
      phrase(Infinity, 4, 2),
      phrase(-Infinity, 0, 3),
    ],
    'a score that is not a number': [phrase(2, 3, 0), phrase(NaN, 1, 1), phrase(5, 8, 2), phrase(1, 0, 3)],
  };

  for (const [name, list] of Object.entries(lists)) {
    it(`gives what a stable sort gives: ${name}`, () => {
      expect([...bestFirst(list)].map((p) => p.words[0])).toEqual(sorted(list));
    });
  }

  it('gives the same order as a sort over a long list with many ties', () => {
    const list: ScoredPhrase[] = [];
    for (let i = 0; i < 500; i++) list.push(phrase((i * 37) % 11, (i * 53) % 17, i));
    expect([...bestFirst(list)].map((p) => p.words[0])).toEqual(sorted(list));
  });

  it('hands the best out first when only a few are read', () => {
    const list = [phrase(1, 0, 0), phrase(9, 5, 1), phrase(9, 2, 2), phrase(3, 1, 3)];
    const firstTwo: number[] = [];
    for (const p of bestFirst(list)) {
      firstTwo.push(p.words[0]!);
      if (firstTwo.length === 2) break;
    }
    expect(firstTwo).toEqual([2, 1]);
  });
});
