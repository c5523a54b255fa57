import { describe, expect, it } from 'vitest';
import { buildMatchQuery, countQueryTerms, escapeLike, MAX_QUERY_TERMS } from '../../src/store/fts-query.js';

describe('buildMatchQuery', () => {
  it.each([
    ['chip exports', '"chip" "exports"'],
    ['"de-risk, not decouple" china', '"de risk not decouple" "china"'],
    ['"a" OR (', '"a" "OR"'],
    ['NEAR(x y)', '"NEAR" "x" "y"'],
    ["O'Brien's", `"O'Brien's"`],
    ['3.5% rise', '"3.5" "rise"'],
    // Words in scripts without spaces are looked for as the phrase of their characters.
    ['宇航员 harbour', '"宇 航 员" "harbour"'],
    ['"华为 发布"', '"华 为 发 布"'],
    ['DeepMind新电脑', '"DeepMind 新 电 脑"'],
    ['トレンドマイクロ', '"ト レ ン ド マ イ ク ロ"'],
    ['대통령', '"대 통 령"'],
  ])('turns %j into the safe query %j', (input, expected) => {
    expect(buildMatchQuery(input)).toBe(expected);
  });

  it.each(['*', '"', '()', '🚀🚀', '   ', '^-+:'])(
    'gives null for %j, which holds no searchable term',
    (input) => {
      expect(buildMatchQuery(input)).toBeNull();
    },
  );

  it('marks the last typed word as a prefix for autocomplete, unless a space follows it', () => {
    expect(buildMatchQuery('micron tech', { prefixLast: true })).toBe('"micron" "tech"*');
    expect(buildMatchQuery('micron ', { prefixLast: true })).toBe('"micron"');
  });
});

describe('the cap on query terms', () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${i + from}`);

  it('counts loose words and the words of quoted phrases', () => {
    expect(countQueryTerms('chip "export controls" china')).toBe(4);
    expect(countQueryTerms('*** 🚀')).toBe(0);
    expect(countQueryTerms(words(1000).join(' '))).toBe(1000);
  });

  it(`searches with the first ${MAX_QUERY_TERMS} terms and leaves the rest out`, () => {
    const query = buildMatchQuery(words(1000).join(' '));
    expect(query).toBe(
      words(MAX_QUERY_TERMS)
        .map((w) => `"${w}"`)
        .join(' '),
    );
  });

  it('cuts a phrase that crosses the cap at the cap', () => {
    const query = buildMatchQuery(`"${words(MAX_QUERY_TERMS - 2).join(' ')}" "x1 x2 x3 x4" tail`);
    expect(query).toBe(`"${words(MAX_QUERY_TERMS - 2).join(' ')}" "x1 x2"`);
  });

  it('keeps a query of exactly the cap whole', () => {
    expect(buildMatchQuery(words(MAX_QUERY_TERMS).join(' '))).toBe(
      words(MAX_QUERY_TERMS)
        .map((w) => `"${w}"`)
        .join(' '),
    );
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
