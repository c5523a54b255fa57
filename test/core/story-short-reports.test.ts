// Feeds that carry only a headline and a sentence or two: two outlets' short reports of one event name
// too few people for the long-text rule, so they are compared on all their words, and joined only when
// they share two rare words, one of them a name.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { groupStories, type StoryInput } from '../../src/core/story/index.js';

const analyzer = createAnalyzer();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 7, 8, 6);

function report(title: string, text: string, published: number): StoryInput {
  const a = analyzer.analyze({ text, title });
  return { signature: a.signature, title, entities: a.entities, text, published };
}

// Two outlets, one event: an exiled leader comes back to Velarra and the police look for him.
const first = report(
  'Police hunt ex-separatist leader Oriol Vendrasc after shock return from exile',
  'Officials say Mr Vendrasc is on the run in Velarra and have ordered roadblocks around the city.',
  START,
);
const second = report(
  'Oriol Vendrasc returns to Velarra, defying an arrest warrant',
  'Despite a new amnesty law, the former leader could still face arrest after years in exile.',
  START + 6 * HOUR,
);
// The same day, other events in the same country.
const strike = report(
  'Velarra dock workers strike over pay',
  'Unions say the walkout at the Velarra docks will last until Friday.',
  START + 2 * HOUR,
);
const storm = report(
  'Storm floods coastal roads',
  'Heavy rain closed roads along the coast, and officials urged drivers to stay home.',
  START + 3 * HOUR,
);

describe('short reports of one event by two outlets', () => {
  it('share one story, and other events of the day stay apart', () => {
    const keys = groupStories([first, strike, second, storm]);
    expect(keys[0]).toBe(keys[2]);
    for (const [i, j] of [
      [0, 1],
      [0, 3],
      [1, 3],
      [1, 2],
      [2, 3],
    ] as const)
      expect(keys[i]).not.toBe(keys[j]);
  });

  it('stay apart when they share a single rare word', () => {
    const a = report(
      'Riot police clear a square in Marrowfield',
      'Officers in Marrowfield used shields to push back a crowd.',
      START,
    );
    const b = report(
      'Stone throwers injure two officers at a riot',
      'Two police officers were hurt in Kestrelby after a march turned violent.',
      START + HOUR,
    );
    const keys = groupStories([a, b]);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('stay apart when they share who but not what: one group in two events of a day', () => {
    const leader = report(
      'Torvald Front names Arkan Bey its new leader in Kesh',
      'The Torvald Front chose Arkan Bey at a closed meeting in Kesh, its spokesman said.',
      START,
    );
    const strikes = report(
      'Eleven killed in air strikes near a school in Kesh',
      'The army said Torvald Front fighters were near the school; medics in Kesh counted eleven dead.',
      START + 2 * HOUR,
    );
    const keys = groupStories([leader, strikes]);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('stay apart when each gives figures of its own and they share none', () => {
    const a = report(
      'Velarra council approves the harbour bridge plan, item 1037',
      'The Velarra council approved the harbour bridge plan at its meeting, item 1037 on the agenda.',
      START,
    );
    const b = report(
      'Velarra council delays the harbour bridge plan, item 1074',
      'The Velarra council delayed the harbour bridge plan at its meeting, item 1074 on the agenda.',
      START + HOUR,
    );
    const sameItem = report(
      'Velarra council backs the harbour bridge plan, item 1037',
      'Councillors in Velarra backed the harbour bridge plan, item 1037, after a long debate.',
      START + 2 * HOUR,
    );
    const keys = groupStories([a, b, sameItem]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[0]).toBe(keys[2]);
  });

  it('stay apart when they are more than the event window apart', () => {
    const later = { ...second, published: START + 10 * DAY };
    const keys = groupStories([first, later]);
    expect(keys[0]).not.toBe(keys[1]);
  });
});

describe('short reports whose people are named only in a Title Case headline', () => {
  // One outlet names the singer in a sentence-case headline, the other in a Title Case one.
  const plain = report(
    'Student plotted knife attack at Ortiz concert',
    'Officials say the suspect hoped to hurt a large crowd with knives outside the stadium.',
    START,
  );
  const titled = report(
    'Two Teenagers Plotted Attacks on Kamala Ortiz’s Lisbon Shows, Police Say',
    'One suspect admitted planning to use knives against fans, officials said. The singer’s three shows were called off.',
    START + 5 * HOUR,
  );
  const leader = report(
    'Behind the scenes as the Tarsen Front chose its new leader',
    'Veterans of the Tarsen Front gathered in a hotel to vote for a new chief.',
    START + HOUR,
  );
  const strike = report(
    'Air Strike Hits a School Shelter in Tarsen City, Killing Dozens',
    'The Tarsen Front said the school housed families who had fled the fighting.',
    START + 2 * HOUR,
  );

  it('share one story when the headline gives the name', () => {
    const keys = groupStories([plain, leader, titled, strike]);
    expect(keys[0]).toBe(keys[2]);
    expect(keys[1]).not.toBe(keys[3]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[0]).not.toBe(keys[3]);
  });
});
