import { describe, it, expect } from 'vitest';
import { yakeKeyphrases } from '../../bench/lib/eval/yake.js';
import { STOPWORDS } from '../../src/core/text/index.js';

// A short brief written for the project: a title, then a body whose words repeat in varied forms.
const TEXT =
  'Solar Farms Expand in Nevada\n\n' +
  'The Nevada Energy Board approved two new solar farms on Monday. ' +
  'The solar farms will power 40,000 homes, the board said. ' +
  'Critics of the solar farm plan said the desert tortoise would lose habitat. ' +
  'The board will vote again in May.';

describe('yakeKeyphrases (the YAKE baseline of the keyword eval)', () => {
  const phrases = yakeKeyphrases(TEXT, STOPWORDS);

  it('ranks the capitalised, early, repeated phrases first', () => {
    expect(phrases.slice(0, 2)).toEqual(['solar farms expand', 'nevada energy board']);
  });

  it('never starts or ends a phrase with a stop word, nor keeps a number or a phrase past three words', () => {
    expect(phrases.length).toBe(20);
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      expect(words.length).toBeLessThanOrEqual(3);
      expect(STOPWORDS.has(words[0]!)).toBe(false);
      expect(STOPWORDS.has(words[words.length - 1]!)).toBe(false);
      expect(phrase).not.toMatch(/\d/);
    }
  });

  it('drops a candidate nearly the same as one ranked above it', () => {
    expect(phrases).toContain('solar farms');
    expect(phrases).not.toContain('solar farm');
  });

  it('keeps the number asked for, and none from text without content words', () => {
    expect(yakeKeyphrases(TEXT, STOPWORDS, 3)).toEqual(phrases.slice(0, 3));
    expect(yakeKeyphrases('', STOPWORDS)).toEqual([]);
    expect(yakeKeyphrases('The one of them, and all of those.', STOPWORDS)).toEqual([]);
  });
});
