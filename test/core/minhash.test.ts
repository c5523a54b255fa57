import { describe, it, expect } from 'vitest';
import { createSketcher, estimateJaccard, estimateShingleCount } from '../../src/core/story/index.js';
import { createWords } from '../../src/core/text/index.js';

const sketchText = createSketcher(createWords());

/** A text of n distinct content words, so it has n - 2 distinct shingles. */
function makeText(n: number, offset = 0): string {
  const words: string[] = [];
  for (let i = offset; i < offset + n; i++) words.push(`w${i.toString(36)}x`);
  return words.join(' ');
}

describe('estimateShingleCount', () => {
  it.each([40, 400, 4000])('estimates %i shingles from the signature alone within a third', (n) => {
    const sketch = sketchText(makeText(n + 2));
    expect(sketch.shingleCount).toBe(n);
    const estimate = estimateShingleCount(sketch.signature);
    expect(estimate).toBeGreaterThan(n * 0.67);
    expect(estimate).toBeLessThan(n * 1.33);
  });

  it('is zero for an empty signature', () => {
    expect(estimateShingleCount(sketchText('').signature)).toBe(0);
  });
});

describe('estimateJaccard', () => {
  it.each([
    [1, 0],
    [0.5, 400],
    [0, 1200],
  ])('comes near %f for texts sharing what an offset of %i words leaves', (expected, offset) => {
    const a = sketchText(makeText(1200)).signature;
    const b = sketchText(makeText(1200, offset)).signature;
    expect(Math.abs(estimateJaccard(a, b) - expected)).toBeLessThan(0.15);
  });
});

describe('editor’s notes in a sketch', () => {
  const story =
    'The harbour board approved the new ferry timetable after a long debate about winter crossings.\n' +
    'Captain Mae Ibarra said the extra evening sailing would start once the pier repairs were finished.';
  const without = sketchText(story);

  it.each([
    ' Editor’s note: the board chair owns shares in the ferry company and several island hotels nearby.',
    " EDITOR'S NOTE: this report was updated to correct the spelling of the captain's family name.",
    ' editors note: readers wrote in about cancelled winter crossings during the storm season.',
  ])('leaves out a note at the end of a paragraph: %s', (note) => {
    expect(sketchText(story + note).signature).toEqual(without.signature);
  });

  it('keeps the words of a text that only mentions an editor', () => {
    const mention = `${story}\nThe newspaper editor noted the board's vote in a column about island transport.`;
    expect(sketchText(mention).shingleCount).toBeGreaterThan(without.shingleCount);
  });
});
