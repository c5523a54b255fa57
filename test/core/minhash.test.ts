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
