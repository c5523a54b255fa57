import { describe, it, expect } from 'vitest';
import { createSummarizer } from '../../src/core/summary/index.js';
import { leadN, textRank } from '../../bench/lib/eval/baselines.js';
import { splitSentences } from '../../src/core/text/index.js';
import { createTermTable, readTerms } from '../../src/core/summary/index.js';

const summarize = createSummarizer();

const ARTICLE = [
  'Council approves new harbour bridge',
  '',
  'By Jane Porter',
  '',
  'Advertisement',
  '',
  'The city council approved a new harbour bridge on Tuesday after years of debate over its cost and route.',
  'The bridge will link the harbour district with the northern suburbs and is due to open in 2028.',
  'Read more: Council budget row deepens',
  'Councillors voted 31 to 12 in favour of the plan, which will cost the city about 400 million dollars.',
  'Opponents said the harbour bridge would bring more traffic into the historic district.',
  '"Is this really the best use of public money?" asked one resident.',
  'The mayor said construction of the bridge would create about 2,000 jobs over four years.',
  'Share this article on Facebook',
].join('\n');

function texts(text: string, indices: number[]): string[] {
  const spans = splitSentences(text);
  return indices.map((i) => text.slice(...(spans[i] as [number, number])));
}

describe('summarize', () => {
  const spans = splitSentences(ARTICLE);

  it('returns the requested number of indices in document order', () => {
    const picked = summarize(ARTICLE, spans, { count: 3 });
    expect(picked).toHaveLength(3);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
  });

  it('never picks the headline, byline, advertisement or prompts', () => {
    const picked = texts(ARTICLE, summarize(ARTICLE, spans, { count: 6 }));
    for (const furniture of ['Council approves new harbour bridge', 'By Jane Porter', 'Advertisement']) {
      expect(picked).not.toContain(furniture);
    }
    expect(picked.some((s) => s.startsWith('Read more') || s.startsWith('Share this'))).toBe(false);
  });

  it('skips a first sentence that repeats the given title', () => {
    const body = 'Council approves new harbour bridge. ' + ARTICLE.split('\n').slice(6).join(' ');
    const first = summarize(body, splitSentences(body), {
      count: 1,
      title: 'Council approves new harbour bridge',
    });
    expect(texts(body, first)[0]).toMatch(/^The city council approved/);
  });

  it('keeps the opening point of the story in a several-sentence summary', () => {
    expect(texts(ARTICLE, summarize(ARTICLE, spans, { count: 3 }))[0]).toMatch(/^The city council approved/);
  });

  it('gives one line to the sentence the rest of the article shares most, not to a scene-setting lead', () => {
    const text = [
      'It was a cold, grey morning in the valley.',
      'Farmers blocked the main road into the town with tractors to protest against the new water charges.',
      'The water charges will double for farms from next year, the regional council said.',
      'Farmers say the charges could force some farms in the valley to close.',
      'The council said the money would pay for new pipes and a treatment plant.',
    ].join(' ');
    const [picked] = texts(text, summarize(text, splitSentences(text), { count: 1 }));
    expect(picked).not.toMatch(/^It was a cold/);
    expect(picked).toMatch(/charges/);
  });

  it('ranks prose above furniture when both are needed', () => {
    const text =
      'Advertisement\n\nThe museum reopened on Monday after a two-year renovation of its galleries.';
    expect(summarize(text, splitSentences(text), { count: 1 })).toEqual([1]);
  });

  // The CLI promises exactly min(N, body sentences) indices, whatever the filters think of them.
  it.each([
    { count: 1, expected: 1 },
    { count: 2, expected: 2 },
    { count: 4, expected: 4 },
    { count: 5, expected: 5 },
    { count: 9, expected: 5 },
  ])('fills up to exactly min($count, sentences) = $expected indices', ({ count, expected }) => {
    const text = [
      'Harbour bridge approved',
      '',
      'By Jane Porter',
      '',
      'Advertisement',
      '',
      'The city council approved a new harbour bridge on Tuesday after years of debate.',
      'Bridge opens 2028',
    ].join('\n');
    const spans = splitSentences(text);
    expect(spans).toHaveLength(5);
    const picked = summarize(text, spans, { count });
    expect(picked).toHaveLength(expected);
    expect(new Set(picked).size).toBe(expected);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    expect(picked).toContain(3);
  });

  it('takes the headline only when nothing else is left', () => {
    const text =
      'Harbour bridge approved\n\nRead more: the budget row.\n\nThe council approved a bridge on Tuesday. It opens in 2028.';
    const spans = splitSentences(text);
    expect(spans).toHaveLength(4);
    expect(summarize(text, spans, { count: 3 })).toEqual([1, 2, 3]);
    expect(summarize(text, spans, { count: 4 })).toEqual([0, 1, 2, 3]);
  });

  it('fills up with a near-duplicate before furniture', () => {
    const lead = 'The central bank raised interest rates by half a point on Thursday to fight inflation.';
    const text = `${lead}\n\n${lead}\n\nAdvertisement`;
    expect(summarize(text, splitSentences(text), { count: 2 })).toEqual([0, 1]);
  });

  it('leaves out near-duplicate sentences', () => {
    const lead = 'The central bank raised interest rates by half a point on Thursday to fight inflation.';
    const text = `${lead} ${lead} Economists had expected a smaller rise of a quarter point this month. Mortgage costs will rise for millions of households across the country.`;
    const picked = texts(text, summarize(text, splitSentences(text), { count: 2 }));
    expect(picked.filter((s) => s === lead)).toHaveLength(1);
  });

  it('is deterministic and empty for a zero count', () => {
    expect(summarize(ARTICLE, spans, { count: 3 })).toEqual(summarize(ARTICLE, spans, { count: 3 }));
    expect(summarize(ARTICLE, spans, { count: 0 })).toEqual([]);
  });
});

describe('baselines', () => {
  it('leadN takes the first sentences', () => {
    expect(leadN(splitSentences('One here. Two here. Three here.'), 2)).toEqual([0, 1]);
  });

  it('textRank prefers the sentence most like the others', () => {
    const text =
      'Floods hit the river town overnight. Rescuers reached the flooded river town by boat. ' +
      'The local bakery sells rye bread. Flooded homes in the river town were evacuated.';
    const [picked] = textRank(text, splitSentences(text), 1);
    expect(picked).not.toBe(2);
  });
});

describe('summary word bags', () => {
  function bagOf(text: string, table = createTermTable()) {
    return readTerms(text, 0, text.length, table);
  }

  it.each([
    { text: 'The markets rallied.', words: 3, content: 2 },
    { text: "Don't panic, it's fine", words: 4, content: 2 },
    { text: 'Zürich’s café reopened', words: 3, content: 3 },
    { text: 'Prices rose 3.5% in Q1', words: 6, content: 3 },
    { text: "rock 'n' roll", words: 3, content: 2 },
    { text: '— … —', words: 0, content: 0 },
  ])('counts words and content terms in "$text"', ({ text, words, content }) => {
    const bag = bagOf(text);
    expect(bag.wordCount).toBe(words);
    expect(bag.ids.length).toBe(content);
  });

  it.each([
    ['markets', 'market'],
    ["council's", 'council'],
    ['O’Neill', "o'neill"],
    ['Cities', 'city'],
    ['BRIDGES', 'bridge'],
    ['Zürich', 'zürich'],
  ])('gives %s and %s one term id', (a, b) => {
    const table = createTermTable();
    expect(Array.from(bagOf(a, table).ids)).toEqual(Array.from(bagOf(b, table).ids));
  });

  it.each([
    ['market', 'marker'],
    ['us', 'use'],
    ['2024', '2025'],
  ])('keeps %s and %s apart', (a, b) => {
    const table = createTermTable();
    expect(Array.from(bagOf(a, table).wordIds)).not.toEqual(Array.from(bagOf(b, table).wordIds));
  });

  it('counts repeated words once per id', () => {
    const bag = bagOf('Bridge, bridge and the BRIDGE');
    expect(bag.ids.length).toBe(1);
    expect(bag.counts[0]).toBe(3);
    expect(bag.wordCount).toBe(5);
  });
});
