import { describe, it, expect } from 'vitest';
import { scoreRouge, tokenizeForRouge } from '../../bench/lib/eval/rouge.js';
import { stemPorter } from '../../bench/lib/eval/porter-stem.js';

describe('stemPorter', () => {
  const cases: [string, string][] = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['ties', 'tie'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['adjustment', 'adjust'],
    ['controlling', 'control'],
    ['dying', 'die'],
    ['skies', 'sky'],
    ['news', 'news'],
  ];
  it.each(cases)('%s -> %s', (word, stem) => {
    expect(stemPorter(word)).toBe(stem);
  });
});

describe('tokenizeForRouge', () => {
  it('lower-cases, splits on non-alphanumerics and stems only words longer than three letters', () => {
    expect(tokenizeForRouge('The cats WAS running, U.S.-based!')).toEqual([
      'the',
      'cat',
      'was',
      'run',
      'u',
      's',
      'base',
    ]);
  });
});

describe('scoreRouge', () => {
  it('scores unigrams, bigrams and LCS of one sentence (hand-computed)', () => {
    const s = scoreRouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(s.rouge1).toBeCloseTo(5 / 6, 6);
    expect(s.rouge2).toBeCloseTo(3 / 5, 6);
    expect(s.rougeLsum).toBeCloseTo(5 / 6, 6);
  });

  it('matches stemmed forms', () => {
    expect(scoreRouge('dogs running', 'dog runs').rouge1).toBe(1);
  });

  it('takes the union LCS over newline-separated sentences for Lsum', () => {
    // Reference sentence 1 shares "alpha gamma" with candidate 1; sentence 2 shares "delta epsilon"
    // with candidate 2: 4 hits of 5 tokens on each side.
    const s = scoreRouge('alpha beta gamma\ndelta epsilon', 'alpha gamma\ndelta zeta epsilon');
    expect(s.rougeLsum).toBeCloseTo(0.8, 6);
  });

  it('does not count a token twice in Lsum', () => {
    expect(scoreRouge('alpha alpha', 'alpha\nalpha').rougeLsum).toBeCloseTo(0.5, 6);
  });

  it('gives zero for an empty candidate or no overlap', () => {
    expect(scoreRouge('some words here', '')).toEqual({ rouge1: 0, rouge2: 0, rougeLsum: 0 });
    expect(scoreRouge('some words here', 'other text').rouge1).toBe(0);
  });
});
