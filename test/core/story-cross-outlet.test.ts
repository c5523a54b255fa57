import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import {
  collectStoryTerms,
  groupStories,
  removeFurniture,
  type StoryInput,
} from '../../src/core/story/index.js';

const analyzer = createAnalyzer();
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 2, 1, 12);

/** An article as the store hands it to grouping: signature, entities, keywords, text and date. */
function storyOf(title: string, text: string, published: number | null): StoryInput {
  const a = analyzer.analyze({ text, title });
  return { signature: a.signature, title, entities: a.entities, keywords: a.keywords, text, published };
}

const TOPICS = [
  'harbour ferry timetable',
  'school lunch prices',
  'library opening hours',
  'river flood barrier',
  'tram line extension',
  'museum roof repairs',
  'parking permit fees',
  'hospital car park',
  'cycle lane network',
  'market hall lease',
  'recycling collection days',
  'street lighting upgrade',
  'swimming pool closure',
  'bus depot expansion',
  'park tree planting',
  'council tax rebate',
  'airport noise limits',
  'housing estate survey',
  'town hall clock',
  'bridge weight limit',
  'allotment waiting list',
  'sports centre pricing',
  'water main renewal',
  'harbour wall survey',
  'youth club funding',
  'taxi licence rules',
  'canal towpath repairs',
  'cemetery extension plan',
];

/** Articles of a local paper on unrelated subjects, one a day, to make a batch of realistic size. */
function filler(): StoryInput[] {
  return TOPICS.map((topic, i) =>
    storyOf(
      `Council reviews ${topic}`,
      `The city council met on Tuesday to review the ${topic}. Officials said a decision on the ${topic} ` +
        `would follow a public consultation, and residents were invited to send their views before the ` +
        `end of the month. The ${topic} has been discussed at three earlier meetings.`,
      START + i * DAY,
    ),
  );
}

const REPORT_A =
  'Mayor Lena Varga resigned on Monday after auditors found that 4,750,000 in flood relief money had been ' +
  'moved to the Kestrel Marina project. Varga said she had acted on legal advice. The auditor, Tomas Brandt, ' +
  'said the transfers broke the city charter. Deputy mayor Ines Okafor will lead the council until an election in June.';
const REPORT_B =
  'Lena Varga has stepped down as mayor. An audit led by Tomas Brandt showed that 4,750,000 meant for flood ' +
  'relief went to the Kestrel Marina development instead. Her deputy, Ines Okafor, takes charge of the council ' +
  'until voters choose a successor in June. Varga denied wrongdoing and said lawyers had approved the payments.';

describe('groupStories: reports of one event by different outlets', () => {
  it('joins two differently written reports that share the event’s names and numbers, published a day apart', () => {
    const items = [
      ...filler(),
      storyOf('Mayor quits over flood fund audit', REPORT_A, START + 10 * DAY),
      storyOf('Varga steps down as audit finds marina transfers', REPORT_B, START + 11 * DAY),
    ];
    const keys = groupStories(items);
    expect(keys[28]).toBe(keys[29]);
    // No filler article joins them, nor each other.
    expect(new Set(keys.slice(0, 28)).size).toBe(28);
    expect(keys.slice(0, 28)).not.toContain(keys[28]);
  });

  it('keeps the same two reports apart when they are weeks apart, and when either is undated', () => {
    for (const [a, b] of [
      [START + 2 * DAY, START + 30 * DAY],
      [null, START + 11 * DAY],
    ] as const) {
      const keys = groupStories([
        ...filler(),
        storyOf('Mayor quits over flood fund audit', REPORT_A, a),
        storyOf('Varga steps down as audit finds marina transfers', REPORT_B, b),
      ]);
      expect(keys[28]).not.toBe(keys[29]);
    }
  });

  it('never joins template headlines weeks apart ("X wins Y primary")', () => {
    const missouri = storyOf(
      'Hillary Clinton Wins Missouri Democratic Primary',
      'Hillary Clinton won the Missouri Democratic primary over Bernie Sanders, the Associated Press said.',
      START,
    );
    const delaware = storyOf(
      'Hillary Clinton Wins Delaware Democratic Primary',
      'Hillary Clinton defeated Bernie Sanders in the Delaware Democratic primary on Tuesday.',
      START + 42 * DAY,
    );
    const keys = groupStories([missouri, delaware]);
    expect(keys[0]).not.toBe(keys[1]);
  });
});

describe('same story: site furniture is not something two stories share', () => {
  const NOTE =
    'Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant xenophobe, ' +
    'racist, misogynist and birther who has repeatedly pledged to ban all Muslims — 1.6 billion members of an ' +
    'entire religion — from entering the U.S., and this note is repeated at the end of every article we publish ' +
    'about his campaign so that readers are reminded of his record whenever they read about him.';

  it('two different stories ending in the same long editor’s note get different keys', () => {
    const first =
      'Donald Trump told supporters in Florida that the election is on November 28, twenty days late. ' +
      NOTE;
    const second =
      'The campaign released a second advertisement on Thursday about the reopened email inquiry. ' + NOTE;
    const keys = groupStories([
      storyOf('Trump gives the wrong date', first, START),
      storyOf('A second campaign advertisement', second, START + DAY),
    ]);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('removes bylines, editor’s notes and prompts before terms are read', () => {
    const text =
      'BYLINE: Amber Phillips.\n\nThe court ruled on Thursday. Editor’s note: our coverage is independent.\n' +
      'Sign up for our newsletter.\n- Amber Phillips.';
    expect(removeFurniture(text)).toBe('\nThe court ruled on Thursday. ');
    const terms = collectStoryTerms({
      signature: [],
      title: '',
      text,
      entities: { people: ['Amber Phillips'], organizations: [], places: [] },
    });
    expect([...terms].filter((t) => t.startsWith('e:'))).toEqual([]);
  });
});

describe('same story: a headline template filled with other names is another story', () => {
  it('keeps "Clinton wins Missouri primary" and "… Delaware …" apart even on the same day', () => {
    const keys = groupStories([
      storyOf(
        'Hillary Clinton Wins Missouri Democratic Primary',
        'Hillary Clinton won the Missouri Democratic primary over Bernie Sanders, the Associated Press said.',
        START,
      ),
      storyOf(
        'Hillary Clinton Wins Delaware Democratic Primary',
        'Hillary Clinton defeated Bernie Sanders in the Delaware Democratic primary on Tuesday.',
        START + DAY / 4,
      ),
    ]);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
