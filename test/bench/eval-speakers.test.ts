import { describe, it, expect } from 'vitest';
import { isSamePerson, newResolvedCounts, scoreResolved } from '../../bench/eval-speakers.js';
import type { Quote } from '../../src/core/types.js';

function quoteBy(name: string | null): Quote {
  const speaker = name === null ? null : { mention: name, start: 0, end: 0, name, role: null };
  return { text: 'x', start: 0, end: 1, partial: false, speaker };
}

describe('isSamePerson', () => {
  const cases: [string, string, boolean][] = [
    ['Barack Obama', 'Barack Obama', true],
    ['Mr. Obama', 'Barack Obama', true],
    ['Paul Ryan', 'Paul D. Ryan', true],
    ["James O'Neill", 'James O’Neill', true],
    ['Bill Clinton', 'Hillary Clinton', false],
    ['Republican Donald Trump', 'Donald Trump', false],
    ['Lindsey Graham Says', 'Lindsey Graham', false],
    ['the spokesman', 'Jason Miller', false],
    ['Jason', 'Jason Miller', false],
  ];
  it.each(cases)('%s names %s: %s', (shown, gold, expected) => {
    expect(isSamePerson(shown, gold)).toBe(expected);
  });
});

describe('scoreResolved', () => {
  it('counts an empty gold as right only when no name is shown, and every shown name in precision', () => {
    const counts = newResolvedCounts();
    const gold = (name: string) => ({ article: 'a', attribution: 'E1', start: 0, name });
    scoreResolved(gold('Donald Trump'), quoteBy('Trump'), counts);
    scoreResolved(gold(''), quoteBy(null), counts);
    scoreResolved(gold(''), quoteBy('the White House'), counts);
    scoreResolved(gold('Hillary Clinton'), quoteBy(null), counts);
    scoreResolved(gold('Hillary Clinton'), null, counts);
    expect(counts).toMatchObject({ gold: 5, right: 2, shown: 2, shownRight: 1 });
    expect(counts.errors).toHaveLength(3);
  });
});
