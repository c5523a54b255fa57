import { describe, it, expect } from 'vitest';
import { hashString } from '../../src/core/story/index.js';
import {
  JOIN_AMPERSAND,
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  JOIN_PERIOD,
  createWords,
} from '../../src/core/text/index.js';

const { hashOfWord, scanWords, joinTokens, stripPossessiveId, wordOf } = createWords();

const TEXTS = [
  'China’s U.S. talks: AT&T and Rolls-Royce said “no” in 2024.',
  "Don't stop -- the well-known co-op's 3.5% rise, a.m. and p.m.",
  'ÉCOLE Größe İstanbul ΟΔΟΣ naïve café Ångström',
  'Math 𝐀𝐁𝐂 letters and emoji 😀 between words',
  'Headline line\n\nFirst paragraph.\nSecond - with a dash & an ampersand',
  '',
  "trailing apostrophe Airways' fleet and O'Neill’s",
];

const CASES: Array<[string, number, RegExp]> = [
  ['apostrophe and hyphen', JOIN_APOSTROPHE | JOIN_HYPHEN, /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu],
  [
    'all four marks',
    JOIN_APOSTROPHE | JOIN_AMPERSAND | JOIN_PERIOD | JOIN_HYPHEN,
    /[\p{L}\p{N}]+(?:[’'&.-][\p{L}\p{N}]+)*/gu,
  ],
  ['no marks', 0, /[\p{L}\p{N}]+/gu],
];

describe('joinTokens', () => {
  for (const [name, marks, pattern] of CASES) {
    it(`finds what the regex finds (${name})`, () => {
      for (const text of TEXTS) {
        const tokens = joinTokens(scanWords(text), marks);
        const found = [];
        for (let t = 0; t < tokens.count; t++) {
          found.push([tokens.starts[t], tokens.ends[t], wordOf(tokens.ids[t]!)]);
        }
        const expected = [...text.matchAll(pattern)].map((m) => [
          m.index,
          m.index + m[0].length,
          m[0].toLowerCase(),
        ]);
        expect(found).toEqual(expected);
      }
    });
  }

  it('does not join two sentences run together at a full stop, but keeps initials, hosts and versions', () => {
    const text =
      'Saved in Staffordshire.The Art Fund paid. See art.org.uk, the U.S.Army, Node.js and v2.Beta for Inc.Staff';
    const tokens = joinTokens(scanWords(text), JOIN_APOSTROPHE | JOIN_PERIOD | JOIN_HYPHEN);
    const found = [...tokens.starts].map((start, t) => text.slice(start, tokens.ends[t]));
    expect(found).toEqual([
      'Saved',
      'in',
      'Staffordshire',
      'The',
      'Art',
      'Fund',
      'paid',
      'See',
      'art.org.uk',
      'the',
      'U.S.Army',
      'Node.js',
      'and',
      'v2.Beta',
      'for',
      'Inc',
      'Staff',
    ]);
  });

  it('gives equal words one id and their hash is hashString of the word', () => {
    const tokens = joinTokens(scanWords('Market market MARKET markets'), 0);
    expect(tokens.ids[0]).toBe(tokens.ids[1]);
    expect(tokens.ids[1]).toBe(tokens.ids[2]);
    expect(tokens.ids[3]).not.toBe(tokens.ids[0]);
    expect(hashOfWord(tokens.ids[0]!)).toBe(hashString('market'));
  });

  it('reads a text glued after a headline the same as from scratch', () => {
    const body = 'The Bank of England said rates would rise.\nMr. Bailey’s view';
    scanWords(body);
    const text = `Rates to rise\n\n${body}`;
    const glued = joinTokens(scanWords(text), JOIN_APOSTROPHE | JOIN_PERIOD);
    // Push both out of the cache, so the next scan starts from nothing.
    for (const other of ['a', 'b', 'c', 'd']) scanWords(other);
    const fresh = joinTokens(scanWords(text), JOIN_APOSTROPHE | JOIN_PERIOD);
    expect(fresh).not.toBe(glued);
    expect([...glued.starts]).toEqual([...fresh.starts]);
    expect([...glued.ids].map(wordOf)).toEqual([...fresh.ids].map(wordOf));
  });
});

describe('the word table', () => {
  it('keeps every id as it grows several times over, from a scan and from a lookup alike', () => {
    const words = createWords();
    // 150,000 distinct words (the table starts with room for 32,768): plain ASCII, capitals, words whose
    // lower case is not one unit per unit (İ, final Σ), and long ones.
    const vocabulary = Array.from({ length: 150_000 }, (_, i) => {
      const base = i.toString(36);
      return ['w' + base, 'Cap' + base, 'İz' + base, 'ΟΔΟΣ' + base, 'long'.repeat(5) + base][i % 5]!;
    });
    const text = vocabulary.join(' ');
    const scanned = words.joinTokens(words.scanWords(text), 0);
    expect(scanned.count).toBe(vocabulary.length);
    const ids = new Set(scanned.ids);
    expect(ids.size).toBe(vocabulary.length);
    vocabulary.forEach((word, i) => {
      const lower = word.toLowerCase();
      const id = scanned.ids[i]!;
      if (words.wordOf(id) !== lower) expect([i, words.wordOf(id)]).toEqual([i, lower]);
      if (words.internWord(lower) !== id) expect([i, words.internWord(lower)]).toEqual([i, id]);
      if (words.internRange(text, scanned.starts[i]!, scanned.ends[i]!) !== id)
        expect([i, 'range']).toEqual([i, id]);
      if (words.hashOfWord(id) !== hashString(lower)) expect([i, 'hash']).toEqual([i, hashString(lower)]);
    });
    // A second scan of the same words (a new string, not the cached scan) finds the same ids.
    const again = words.joinTokens(words.scanWords(` ${text}`), 0);
    expect([...again.ids]).toEqual([...scanned.ids]);
  });
});

describe('stripPossessiveId', () => {
  it.each([
    ["china's", 'china'],
    ['micron’s', 'micron'],
    ['boss', 'boss'],
    ["it's", 'it'],
  ])('%s → %s', (word, expected) => {
    const tokens = joinTokens(scanWords(word), JOIN_APOSTROPHE);
    expect(wordOf(stripPossessiveId(tokens.ids[0]!))).toBe(expected);
  });
});
