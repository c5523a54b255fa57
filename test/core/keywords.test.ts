import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { STOPWORDS } from '../../src/core/text/index.js';
import { frequencyKey, type DocumentFrequencies } from '../../src/core/keywords/index.js';

const { extractKeywords } = createAnalyzer();

const TEXT = [
  'The city council voted to expand the bike lane network after a year of trials on the river road.',
  'Cycling groups said the bike lane network had cut accidents by a third in 2023, and council officers agreed.',
  'Shop owners on the river road worried about deliveries, but the council promised loading bays at every junction.',
  'The expanded bike lane network will cost 4.5 million and open in stages from 2025.',
  'Micron’s plant and Micron staff are not involved.',
].join('\n\n');

describe('extractKeywords', () => {
  const keywords = extractKeywords(TEXT, 'Council expands bike lanes');

  it('shows a phrase as the article writes it, not with the inflection its words take elsewhere', () => {
    const text = [
      'Peanut allergies are rising among children in Millford, doctors said.',
      'Children who ate peanuts early had fewer peanut allergies, a study of 600 families found.',
      'Parents are now told to give peanuts to babies, and peanuts are sold in small packs at the clinic.',
      'The clinic said peanut allergies had fallen by a third since the advice changed.',
    ].join(' ');
    const keywords = extractKeywords(text, 'Fewer allergies in Millford');
    expect(keywords).toContain('peanut allergies');
    expect(keywords.filter((k) => /peanuts? allergies/i.test(k))).toEqual(['peanut allergies']);
  });

  it('finds the repeated phrase', () => {
    expect(keywords).toContain('bike lane network');
  });

  it('puts a headline phrase near the top', () => {
    expect(keywords.slice(0, 3)).toEqual(expect.arrayContaining(['council']));
  });

  it('keeps no phrase made only of stopwords or figures', () => {
    for (const phrase of keywords) {
      expect(phrase.split(' ').every((w) => STOPWORDS.has(w.toLowerCase()))).toBe(false);
      expect(/^[\d.,\s%]+$/.test(phrase)).toBe(false);
    }
  });

  it('folds possessives into the word and keeps a name capitalised', () => {
    expect(keywords).toContain('Micron');
    expect(keywords.some((k) => /’s|'s/.test(k))).toBe(false);
  });

  it('lower-cases ordinary words that only start sentences', () => {
    const words = extractKeywords('Cycling is up. Cycling rose again. More cycling is expected.');
    expect(words).toContain('cycling');
  });

  it('does not repeat a phrase inside a longer one already chosen', () => {
    const lanePhrases = keywords.filter((k) => k.includes('lane network'));
    expect(lanePhrases).toHaveLength(1);
  });

  it.each([1, 3, 5])('returns at most %i phrases', (limit) => {
    expect(extractKeywords(TEXT, undefined, limit).length).toBeLessThanOrEqual(limit);
  });

  it('returns nothing for empty text', () => {
    expect(extractKeywords('')).toEqual([]);
  });
});

describe('extractKeywords with archive tables, one after another', () => {
  // The reader keeps each word's weight for the table of its last call: a call with another table (or
  // none) must weigh by that table, as a fresh reader would.
  const common = (words: string[]) => ({
    documents: 4000,
    counts: new Map(words.map((w) => [frequencyKey(w), 3900])),
  });
  const bikeCommon = common(['bike', 'lane', 'network']);
  const councilCommon = common(['council', 'river', 'road']);
  const read = (reader: typeof extractKeywords, table?: DocumentFrequencies) =>
    reader(TEXT, 'Council expands bike lanes', 10, undefined, table);

  it('weighs each call by its own table, whatever came before', () => {
    const fresh = (table?: DocumentFrequencies) => read(createAnalyzer().extractKeywords, table);
    const expected = [fresh(bikeCommon), fresh(councilCommon), fresh(), fresh(bikeCommon)];
    // The tables change what is found, so reusing the wrong one would show.
    expect(expected[0]).not.toEqual(expected[1]);
    expect(expected[0]).not.toEqual(expected[2]);
    expect(expected[1]).not.toEqual(expected[2]);
    const reader = createAnalyzer().extractKeywords;
    const actual = [
      read(reader, bikeCommon),
      read(reader, councilCommon),
      read(reader),
      read(reader, bikeCommon),
    ];
    expect(actual).toEqual(expected);
  });
});
