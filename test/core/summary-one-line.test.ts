import { describe, expect, it } from 'vitest';
import { createSummarizer, createTermTable, echoOverlapF1, readTerms } from '../../src/core/summary/index.js';
import { splitSentences } from '../../src/core/text/index.js';

function bagsOf(sentences: string[]) {
  const table = createTermTable();
  const bags = sentences.map((s) => readTerms(s, 0, s.length, table));
  return { bags, size: table.size };
}

describe('overlap with the line a reader would write', () => {
  it('counts a word once for each sentence beyond the first that uses it, scaled to the line, counts clipped', () => {
    const { bags, size } = bagsOf(['the cat the cat', 'the cat ran', 'a dog ran']);
    // Used by two sentences each: the, cat, ran (3 repeats in all); a and dog by one. A line of 3 words
    // then holds the, cat and ran once each. First: the and cat, each held twice but counted once:
    // 2 * 2 / (4 + 3). Second: all three: 2 * 3 / (3 + 3). Third: ran only: 2 * 1 / (3 + 3).
    const scores = Array.from(echoOverlapF1(bags, size, 3));
    expect(scores).toHaveLength(3);
    expect(scores[0]).toBeCloseTo(4 / 7, 12);
    expect(scores[1]).toBeCloseTo(1, 12);
    expect(scores[2]).toBeCloseTo(1 / 3, 12);
  });

  it('scales the expected counts to the length of the line', () => {
    const { bags, size } = bagsOf(['the cat sat', 'the cat ran', 'a dog ran']);
    // 3 repeats (the, cat, ran) in a line of 6 words: each is expected twice.
    const scores = Array.from(echoOverlapF1(bags, size, 6));
    expect(scores[0]).toBeCloseTo((2 * 2) / (3 + 6), 12);
    expect(scores[1]).toBeCloseTo((2 * 3) / (3 + 6), 12);
    expect(scores[2]).toBeCloseTo((2 * 1) / (3 + 6), 12);
  });

  it('counts the headline, when there is one, as one more sentence using its words', () => {
    const table = createTermTable();
    const read = (s: string) => readTerms(s, 0, s.length, table);
    const bags = ['rain closed roads', 'snow closed schools'].map(read);
    const headline = read('rain closed roads today');
    // Alone, only "closed" repeats: a line of 2 words holds it twice, and each sentence has it once.
    expect(Array.from(echoOverlapF1(bags, table.size, 2))).toEqual([(2 * 1) / (3 + 2), (2 * 1) / (3 + 2)]);
    // With the headline: rain 1, closed 2, roads 1 repeats (4), so a 2-word line holds rain and roads
    // half a time each and closed once. The first sentence has all three, the second only "closed".
    const scores = Array.from(echoOverlapF1(bags, table.size, 2, headline));
    expect(scores[0]).toBeCloseTo((2 * 2) / (3 + 2), 12);
    expect(scores[1]).toBeCloseTo((2 * 1) / (3 + 2), 12);
  });

  it('gives nothing to any sentence when no word is used twice', () => {
    const { bags, size } = bagsOf(['storms closed roads', 'schools shut early', 'rivers rose fast']);
    expect(Array.from(echoOverlapF1(bags, size, 23))).toEqual([0, 0, 0]);
  });
});

// Short stories written for these tests. Each gives its one line to the sentence that states the story,
// wherever it stands; the other sentences each carry only part of it, or a detail.
const FERRY_GIST =
  'Ferry services between Arlow and the islands have been cancelled for a week because of a strike by crews.';
const FIRE_GIST = 'A fire has destroyed the main stand at Brookfield football ground.';

const STORIES: Array<{ name: string; sentences: string[]; gist: string }> = [
  {
    name: 'a strike story told after two sentences of background',
    gist: FERRY_GIST,
    sentences: [
      'The strike by crews is the first on the island ferries for twenty years.',
      'Some food deliveries to the islands have been delayed by the strike.',
      FERRY_GIST,
      'A spokesperson for the ferry company said that, in the view of the company, the offer that it had made to the crews in the talks last month was a fair one, and that it was still willing to meet the union for further talks at any time in the coming days.',
      'The union said talks with the ferry company would resume on Monday.',
      'Tourists booked on the ferries this week will get their money back.',
    ],
  },
  {
    name: 'the same story told from the top, with the pay offer next to it',
    gist: FERRY_GIST,
    sentences: [
      FERRY_GIST,
      'The ferry company said it had offered the crews a pay rise of four per cent.',
      'Crews on the ferries want a rise of eight per cent.',
      'Some food deliveries to the islands have been delayed by the strike.',
      'The union said talks with the ferry company would resume on Monday.',
      'It was a quiet morning at the harbour in Arlow on Tuesday.',
      'Tourists booked on the ferries this week will get their money back.',
    ],
  },
  {
    name: 'a fire story after a scene-setting lead, beside a long sentence of detail',
    gist: FIRE_GIST,
    sentences: [
      'It was just after six in the evening when the first calls came in.',
      FIRE_GIST,
      'Firefighters from across the county were called to the ground, and at the height of the blaze there were more than 60 of them at the scene, with the smoke from the fire seen from as far away as the coast and the roads around the ground closed to traffic for most of the night.',
      'No one was hurt in the fire at the ground.',
      'The main stand was built in 1927 and held 3,000 fans.',
      'Brookfield said its next home match would be played at another ground.',
      'Police said the cause of the fire was not yet known.',
      'The chairman said the stand was the heart of Brookfield.',
      'Fans have started a fund to rebuild the main stand.',
    ],
  },
];

describe('the one-line summary', () => {
  it('is the sentence its headline sums up, when the article has a headline', () => {
    const gist = 'The county has approved a new ring road around Fenby after ten years of debate.';
    const sentences = [
      gist,
      'The road will link the Fenby industrial estate with the motorway and is due to open in 2029.',
      'Councillors voted 40 to 9 for the plan, which will cost the county about 90 million pounds.',
      'Opponents said the road would bring more lorries into the villages around the estate.',
      'The county said building the road would create about 600 jobs over three years.',
    ];
    const text = sentences.join(' ');
    const spans = splitSentences(text);
    const [line] = createSummarizer()(text, spans, { count: 1, title: 'Fenby ring road approved' });
    expect(text.slice(...(spans[line as number] as [number, number]))).toBe(gist);
  });

  it.each(STORIES)('is the sentence that states the story: $name', ({ sentences, gist }) => {
    const text = sentences.join(' ');
    const spans = splitSentences(text);
    expect(spans).toHaveLength(sentences.length);
    const picked = createSummarizer()(text, spans, { count: 1 });
    expect(picked).toHaveLength(1);
    expect(text.slice(...(spans[picked[0] as number] as [number, number]))).toBe(gist);
  });
});
