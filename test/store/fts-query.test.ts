import { describe, expect, it } from 'vitest';
import { buildMatchQuery, escapeLike } from '../../src/store/fts-query.js';

describe('buildMatchQuery', () => {
  it.each([
    ['chip exports', '"chip" "exports"'],
    ['"de-risk, not decouple" china', '"de risk not decouple" "china"'],
    ['"a" OR (', '"a" "OR"'],
    ['NEAR(x y)', '"NEAR" "x" "y"'],
    ["O'Brien's", `"O'Brien's"`],
    ['3.5% rise', '"3.5" "rise"'],
  ])('turns %j into the safe query %j', (input, expected) => {
    expect(buildMatchQuery(input)).toBe(expected);
  });

  it.each(['*', '"', '()', '🚀🚀', '   ', '^-+:'])('gives null for %j, which holds no searchable term', (input) => {
    expect(buildMatchQuery(input)).toBeNull();
  });

  it('marks the last typed word as a prefix for autocomplete, unless a space follows it', () => {
    expect(buildMatchQuery('micron tech', { prefixLast: true })).toBe('"micron" "tech"*');
    expect(buildMatchQuery('micron ', { prefixLast: true })).toBe('"micron"');
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
