// Storage a reader keeps from one call to the next (issue 16: no typed array of its own per call): what a
// reused table or scratch array gives must be exactly what a fresh one gives, after any earlier text,
// long or short.
import { describe, expect, it } from 'vitest';
import { createTermTable, readTerms, resetTermTable, tableFloats } from '../../src/core/summary/index.js';
import { createScratch, int32Scratch, splitSentences } from '../../src/core/text/index.js';
import { generateArticle } from './large-article-fixture.js';

/** Every bag of a text, as plain arrays, read into `table`. */
function bagsOf(text: string, table = createTermTable(text.length)) {
  return splitSentences(text).map(([s, e]) => {
    const bag = readTerms(text, s, e, table);
    return {
      ids: Array.from(bag.ids),
      counts: Array.from(bag.counts),
      wordIds: Array.from(bag.wordIds),
      wordCounts: Array.from(bag.wordCounts),
      wordCount: bag.wordCount,
    };
  });
}

const SHORT = [
  'The harbour council met on Monday. Ana Ortiz said the bridge vote would wait. The vote waits again.',
  'Rain fell on the valley for a third day. Farmers said the harvest was lost; the river rose.',
  'Markets rallied as the central bank held rates. The bank said inflation was easing.',
];

describe('createScratch', () => {
  it('gives n numbers set to the value asked, whatever the last call left there', () => {
    const take = int32Scratch();
    const first = take(5, -1);
    expect(Array.from(first)).toEqual([-1, -1, -1, -1, -1]);
    first.fill(7);
    expect(Array.from(take(3))).toEqual([0, 0, 0]);
    expect(Array.from(take(4, 2))).toEqual([2, 2, 2, 2]);
  });

  it('grows for a long text and lets the storage go for a much shorter one', () => {
    const made: number[] = [];
    const take = createScratch((n) => {
      made.push(n);
      return new Float64Array(n);
    });
    expect(take(10)).toHaveLength(10);
    expect(take(5000)).toHaveLength(5000);
    expect(take(4000)).toHaveLength(4000); // kept: within four times
    expect(take(12)).toHaveLength(12); // let go: 8192 is over four times 1024
    expect(made).toEqual([1024, 8192, 1024]);
  });
});

describe('a term table reused from text to text', () => {
  it('numbers and counts the words of each text as a fresh table does, after short and long texts', () => {
    const long = generateArticle(400).text; // far past the block and index sizes a short text needs
    const table = createTermTable();
    for (const text of [SHORT[0]!, long, SHORT[1]!, SHORT[2]!, SHORT[0]!]) {
      resetTermTable(table, text.length);
      const reused = bagsOf(text, table);
      const fresh = bagsOf(text);
      expect(reused.length).toBeGreaterThan(1);
      expect(reused).toEqual(fresh);
    }
  });

  it('hands out zeroed numbers that do not overlap the bags it holds', () => {
    const table = createTermTable();
    const text = SHORT[1]!;
    const before = bagsOf(text, table);
    const floats = tableFloats(table, 50);
    expect(Array.from(floats)).toEqual(new Array(50).fill(0));
    floats.fill(9);
    // Reading more words after the view was taken leaves it alone, and it left the bags alone.
    bagsOf(SHORT[2]!, table);
    expect(Array.from(floats)).toEqual(new Array(50).fill(9));
    resetTermTable(table, text.length);
    expect(bagsOf(text, table)).toEqual(before);
  });
});
