// An analyzer's word table starts again, empty, once it holds its cap of distinct words (a long-running
// bot, a large import). Every cache keyed by word id must start again with it: an analyzer whose table
// starts again every article or two, at any point of an analysis, must give exactly what a fresh
// analyzer gives for each article.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { variedText, variedTitle } from '../helpers/varied-articles.js';

const NAMES = ['Quinton', 'Varga', 'Okonjo', 'Lindqvist', 'Marsh', 'Abebe', 'Torvald', 'Ishikawa'];

/** Article `i`: shared words, and words of its own (a town, a person, figures) that fill the table. */
function article(i: number): { title: string; text: string } {
  const name = `Mara ${NAMES[i % NAMES.length]}${i}`;
  const town = `Vel${i}ford`;
  const text =
    `${variedText(i)}\n\n` +
    `Officials in ${town} met ${name} on Tuesday. "The ${town} plan has to go ahead this year," ` +
    `${name} said. She added that ${i * 11 + 5} households in ${town} had written to the council. ` +
    `Critics of ${name} in ${town} said the figure of ${i * 13 + 7} was too low.`;
  return { title: `${variedTitle(i)} in ${town}`, text };
}

describe('an analyzer whose word table starts again', () => {
  // A cap under one article's words (the table starts again in the middle of each analysis), about two
  // articles' and about six.
  it.each([90, 250, 600])('gives every article what a fresh analyzer gives it (cap %i)', (cap) => {
    const small = createAnalyzer({ maxWords: cap });
    const articles = Array.from({ length: 24 }, (_, i) => article(i));
    // Twice through, so the second pass meets each article after the table has started again elsewhere.
    for (const a of [...articles, ...articles]) {
      const fresh = createAnalyzer();
      const expected = fresh.analyze(a);
      const got = small.analyze(a);
      expect(got).toEqual(expected);
      expect(small.summarize(a.text, got.sentences, { count: 1, title: a.title })).toEqual(
        fresh.summarize(a.text, expected.sentences, { count: 1, title: a.title }),
      );
      expect(small.sketchStory(a.text)).toEqual(fresh.sketchStory(a.text));
    }
    // The table did start again: it holds at most a cap's worth of words plus one article's.
    const held = (() => {
      let n = 0;
      while (small.words.wordOf(n) !== undefined) n++;
      return n;
    })();
    expect(held).toBeLessThan(cap + 200);
  });
});
