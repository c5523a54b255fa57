import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import {
  createStoryMemo,
  groupStories,
  removeFurniture,
  type StoryInput,
} from '../../src/core/story/index.js';
import { decideStoryPost } from '../../src/core/story-post.js';

const analyzer = createAnalyzer();
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const START = Date.UTC(2026, 2, 1, 12);

/** An article as the store hands it to grouping: signature, entities, text and date. */
function storyOf(title: string, text: string, published: number | null): StoryInput {
  const a = analyzer.analyze({ text, title });
  return { signature: a.signature, title, entities: a.entities, text, published };
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

/** Articles of a local paper on unrelated subjects, one a day, to make a batch of digest size. */
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

// One event (the mayor resigns over an audit) written up by two outlets in their own words.
const REPORT_A = [
  'Mayor Lena Varga resigned on Monday after auditors found that 4,750,000 in flood relief money had been moved to the Kestrel Marina project.',
  'Varga said she had acted on legal advice. The auditor, Tomas Brandt, said the transfers broke the city charter and that the money must be repaid to the relief fund.',
  'Deputy mayor Ines Okafor will lead the council until an election in June.',
].join('\n\n');
const REPORT_B = [
  'Lena Varga has stepped down as mayor. An audit led by Tomas Brandt showed that 4,750,000 meant for flood relief went to the Kestrel Marina development instead.',
  'Her deputy, Ines Okafor, takes charge of the council until voters choose a successor in June.',
  'Varga denied wrongdoing and said lawyers had approved the transfers, but Brandt said the relief fund must be repaid.',
].join('\n\n');
// The same people the day before, at another event: the marina's opening.
const OTHER_EVENT = [
  'Mayor Lena Varga opened the first berths of the Kestrel Marina on Saturday, a project the council has funded since 2021.',
  'Varga cut the ribbon with harbour master Piet Vos, and the first 40 yachts moored within hours.',
  'Ines Okafor, the deputy mayor, said the marina would bring tourists and new restaurants to the old town.',
].join('\n\n');
// Another resignation over an audit the same week: the same kind of event, other people.
const SAME_KIND = [
  'Councillor Marta Quist resigned on Wednesday after an audit of the Northgate school building fund found unpaid invoices worth 310,000.',
  'Quist said the invoices had been approved by the former finance director, Olaf Lind, who left the council last year.',
  'Her seat on the education committee will be filled by Jan Pereira until the next election.',
].join('\n\n');

const A_TITLE = 'Mayor quits over flood fund audit';
const B_TITLE = 'Varga steps down as audit finds marina transfers';

describe('groupStories: reports of one event by different outlets', () => {
  it('joins two differently written reports published a day apart, in a batch of digest size', () => {
    const items = [
      ...filler(),
      storyOf(A_TITLE, REPORT_A, START + 10 * DAY),
      storyOf(B_TITLE, REPORT_B, START + 11 * DAY),
    ];
    const keys = groupStories(items);
    expect(keys[28]).toBe(keys[29]);
    // No filler article joins them, nor each other.
    expect(new Set(keys.slice(0, 28)).size).toBe(28);
    expect(keys.slice(0, 28)).not.toContain(keys[28]);
  });

  it('joins the same two reports when they are the whole batch, as a channel’s recent posts are', () => {
    const keys = groupStories([
      storyOf(A_TITLE, REPORT_A, START),
      storyOf(B_TITLE, REPORT_B, START + 5 * HOUR),
    ]);
    expect(keys[0]).toBe(keys[1]);
  });

  it('keeps the same two reports apart when they are weeks apart, and when either is undated', () => {
    for (const [a, b] of [
      [START + 2 * DAY, START + 30 * DAY],
      [null, START + 11 * DAY],
    ] as const) {
      const keys = groupStories([...filler(), storyOf(A_TITLE, REPORT_A, a), storyOf(B_TITLE, REPORT_B, b)]);
      expect(keys[28]).not.toBe(keys[29]);
    }
  });

  it('keeps apart the same people at another event, and the same kind of event with other people', () => {
    const items = [
      ...filler(),
      storyOf(A_TITLE, REPORT_A, START + 10 * DAY),
      storyOf('Kestrel Marina opens its first berths', OTHER_EVENT, START + 9 * DAY),
      storyOf('Councillor quits over school fund audit', SAME_KIND, START + 10 * DAY + 3 * HOUR),
    ];
    const keys = groupStories(items);
    expect(new Set(keys.slice(28)).size).toBe(3);
  });

  it('never lets a chain join two stories through a third that tells both (average link)', () => {
    // A week's round-up tells the resignation and the marina's opening: each is close to it, but the
    // resignation report and the opening report share little, so they stay apart.
    const roundup = [
      'A week in Kestrel: the mayor resigns, the marina opens.',
      REPORT_B,
      'Two days earlier Varga had cut the ribbon on the first berths of the Kestrel Marina with harbour master Piet Vos; 40 yachts moored within hours, and Okafor said the marina would bring tourists and restaurants to the old town.',
    ].join('\n\n');
    const keys = groupStories([
      storyOf(A_TITLE, REPORT_A, START),
      storyOf('Kestrel week: a resignation and a marina', roundup, START + HOUR),
      storyOf('Kestrel Marina opens its first berths', OTHER_EVENT, START - DAY),
    ]);
    expect(keys[1]).toBe(keys[2]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[0]).not.toBe(keys[2]);
  });

  it('keeps apart short notices of one template that name nobody, however alike their words', () => {
    const notice = (n: number) => {
      const title = `Harbour notice number ${n} for ships`;
      return storyOf(title, `${title}: the harbour master issued notice ${n}.`, START + n * HOUR);
    };
    const keys = groupStories([notice(2), notice(6), notice(7)]);
    expect(new Set(keys).size).toBe(3);
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

describe('live posts group as digests do', () => {
  it('merges another outlet’s report of the event into the channel’s post of it, and not an unrelated one', () => {
    const posted = [
      { postId: 7, postedAt: START + HOUR, story: storyOf(A_TITLE, REPORT_A, START) },
      {
        postId: 8,
        postedAt: START + 2 * HOUR,
        story: storyOf('Councillor quits over school fund audit', SAME_KIND, START + HOUR),
      },
    ];
    const report = storyOf(B_TITLE, REPORT_B, START + 3 * HOUR);
    expect(decideStoryPost(report, posted, START + 4 * HOUR)).toEqual({ kind: 'merge', postId: 7 });
    const marina = storyOf('Kestrel Marina opens its first berths', OTHER_EVENT, START + 3 * HOUR);
    expect(decideStoryPost(marina, posted, START + 4 * HOUR)).toEqual({ kind: 'new' });
  });
});

describe('a channel’s round decides with one memo of vectors as it would without', () => {
  it('gives every article of a round the same decision, with the memo kept across all of them', () => {
    // A round as the planner runs it: each new article is compared with the posts before it, and the
    // posts' vectors come from the memo after the first comparison.
    const articles = [
      storyOf(A_TITLE, REPORT_A, START),
      storyOf('Councillor quits over school fund audit', SAME_KIND, START + HOUR),
      storyOf(B_TITLE, REPORT_B, START + 2 * HOUR),
      storyOf('Kestrel Marina opens its first berths', OTHER_EVENT, START + 3 * HOUR),
      ...filler().slice(0, 6),
    ];
    const decide = (memo?: ReturnType<typeof createStoryMemo>) => {
      const posted: Array<{ postId: number; postedAt: number; story: StoryInput }> = [];
      return articles.map((article, i) => {
        const decision = decideStoryPost(article, posted, START + 5 * HOUR, memo ? { memo } : {});
        if (decision.kind === 'new')
          posted.push({ postId: i + 1, postedAt: START + 4 * HOUR, story: article });
        return decision;
      });
    };
    const plain = decide();
    // The second report of the resignation joins the first post; every other article is its own post.
    expect(plain).toEqual(articles.map((_, i) => (i === 2 ? { kind: 'merge', postId: 1 } : { kind: 'new' })));
    expect(decide(createStoryMemo())).toEqual(plain);
  });

  it('groups one article alone under its own key, as in a batch where nothing joins it', () => {
    const items = filler().slice(0, 3);
    const together = groupStories(items);
    items.forEach((item, i) => expect(groupStories([item])).toEqual([together[i]]));
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

  it('two short different stories under the same byline, note and newsletter prompt get different keys', () => {
    const wrap = (body: string) =>
      [
        'BYLINE: Amber Phillips, Washington Correspondent.',
        body,
        'Editor’s note: Amber Phillips covers the Kestrel county council for the Harbour Gazette.',
        'Get the Harbour Gazette politics newsletter in your inbox every weekday morning.',
      ].join('\n\n');
    const keys = groupStories([
      storyOf('Ferry fares rise', wrap('Ferry fares on the northern route rise by a fifth in April.'), START),
      storyOf('Library hours cut', wrap('The central library will close at five on weekdays.'), START + HOUR),
    ]);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('removes bylines, editor’s notes and prompts', () => {
    const text =
      'BYLINE: Amber Phillips.\n\nThe court ruled on Thursday. Editor’s note: our coverage is independent.\n' +
      'Sign up for our newsletter.\nGet our politics newsletter in your inbox every morning.\n- Amber Phillips.';
    expect(removeFurniture(text)).toBe('\nThe court ruled on Thursday. ');
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
