import { describe, it, expect } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';
import { findQuotes } from '../../src/core/quotes/index.js';

describe('speakers: auxiliaries are not speech verbs', () => {
  it.each([
    ['“It is over,” Trump was told by aides.', [['It is over,', null, null]]],
    ['“We are not done,” Jones was heard to mutter.', [['We are not done,', null, null]]],
    ['“Never again,” Ruth Pike is quoted.', [['Never again,', null, null]]],
    ['“It is over,” Trump has insisted.', [['It is over,', 'Trump', 'Trump']]],
    ['“We are not done,” Ana Silva said.', [['We are not done,', 'Ana Silva', 'Ana Silva']]],
  ])('GIVEN %s', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('speakers: names never join across sentence or line ends', () => {
  it.each([
    ['He lives in Arizona.\nJohnson said, “We will win.”', [['We will win.', 'Johnson', 'Johnson']]],
    ['The rally was in Arizona. Johnson said, “We will win.”', [['We will win.', 'Johnson', 'Johnson']]],
    [
      'Parents met Greg Hester\nMichael Mulgrew said, “Teachers deserve better.”',
      [['Teachers deserve better.', 'Michael Mulgrew', 'Michael Mulgrew']],
    ],
    ['Sen. Tim Kaine spoke. “We are close,” Kaine said.', [['We are close,', 'Kaine', 'Tim Kaine']]],
  ])('GIVEN %j', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('speakers: determiners, numbers and dates are never speakers', () => {
  it.each([
    ['The talks ended.\n\n“We are done,” The said.', [['We are done,', null, null]]],
    ['“It was a long night,” Eight said.', [['It was a long night,', null, null]]],
    ['“We will vote,” Tuesday said.', [['We will vote,', null, null]]],
    ['“We will vote,” 2010 said.', [['We will vote,', null, null]]],
    ['“We will vote,” the leader said.', [['We will vote,', 'the leader', null]]],
  ])('GIVEN %j', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('speakers: cue forms', () => {
  it.each([
    [
      '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
      'Senate Majority Leader Mitch McConnell',
      'Mitch McConnell',
      'Senate Majority Leader',
    ],
    [
      '“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing, said.',
      'Scott Pruitt',
      'Scott Pruitt',
      'the Republican attorney general of Oklahoma',
    ],
    [
      '“Trump must stop portraying Latinos as gangsters.” ― Carla Sanchez',
      'Carla Sanchez',
      'Carla Sanchez',
      null,
    ],
    ['“Maybe we can build a wall around him.” — Steve Quinlan.', 'Steve Quinlan', 'Steve Quinlan', null],
    ['“He represents our greatest shame.”― Julie A. Diaz', 'Julie A. Diaz', 'Julie A. Diaz', null],
    ['According to Rush Limbaugh, “the left is wrong about this.”', 'Rush Limbaugh', 'Rush Limbaugh', null],
  ])('GIVEN %j', (text, mention, name, role) => {
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatchObject({ mention, name, role });
  });

  it('gives each line of a dash-attributed list its own speaker', () => {
    const text =
      '“He represents our greatest shame.” ― Sonya Herridge\n“He makes blanket statements.”― Pamela Padilla\n' +
      '“I cannot believe it.” — Jacklyn Ashley.';
    expect(attributions(text).map((a) => a[2])).toEqual([
      'Sonya Herridge',
      'Pamela Padilla',
      'Jacklyn Ashley',
    ]);
  });
});

describe('speakers: headline lines are never part of a name', () => {
  it.each([
    [
      'Glenn Beck Blasts Drudge\n\nGlenn Beck spoke on radio.\n\n“Drudge is a fraud,” Beck said.',
      'Beck',
      'Glenn Beck',
    ],
    ['Gorka Slams Critics\n\n“They are wrong,” Gorka said.', 'Gorka', 'Gorka'],
    [
      'Sebastian Gorka Slams Critics\n\nSebastian Gorka spoke.\n\n“They are wrong,” Gorka said.',
      'Gorka',
      'Sebastian Gorka',
    ],
  ])('GIVEN %j', (text, mention, name) => {
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatchObject({ mention, name });
  });
});

describe('speakers: pronouns resolve only to people, and to no one rather than to a place', () => {
  it.each([
    ['Residents of Coral Springs gathered. “We are scared,” she said.', null],
    ['Lena joined the Peace Corps in 1990. “It changed me,” she said.', null],
    ['Voters in West Virginia turned out. “It was great,” he said.', null],
    ['Mayor Ann Lee visited West Virginia on Monday. “It was great,” she said.', 'Ann Lee'],
    ['Ann Lee flew in from Coral Springs. “It was great,” she said.', 'Ann Lee'],
    ['Senator Bob Hill met Donald Trump. “They are ready,” they said.', null],
  ])('GIVEN %j', (text, name) => {
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe(name);
  });
});

describe('speakers: a quote without a cue borrows the next quote’s speaker only when nothing comes between', () => {
  it('not across a sentence of the writer’s own', () => {
    const text =
      'Tory chairman Liam Fox said the plan was weak. “Who is hiding now?” The vote is due in May. ' +
      'Labour chief Alan Milburn said it would be a “watershed” election.';
    expect(attributions(text)).toEqual([
      ['Who is hiding now?', null, null],
      ['watershed', 'Alan Milburn', 'Alan Milburn'],
    ]);
  });

  it('still across the space between two quotes', () => {
    const text =
      'The mayor spoke last. “The bridge opens in May.” “It was worth the wait,” said Mayor Ana Bell.';
    expect(attributions(text)).toEqual([
      ['The bridge opens in May.', 'Mayor Ana Bell', 'Ana Bell'],
      ['It was worth the wait,', 'Mayor Ana Bell', 'Ana Bell'],
    ]);
  });
});

describe('speakers: in a text whose paragraphs were run together, a speaker does not go on for ever', () => {
  const opening = '“He was there,” defence lawyer Judy Clarke said as the trial opened. ';
  const between =
    'Clarke told jurors that her client followed his older brother. The younger man, Clarke said, was only ' +
    'following orders. The jury took two days to reach its verdict, and the judge thanked the jurors for their ' +
    'patience. After the verdict, legal analyst Paul Callan said Clarke now faces an uphill battle in the next ' +
    'phase of the trial, which starts in May. ';
  it('gives a quote without a cue no name when a long stretch about others comes between', () => {
    const text = `${opening}${between}“He is almost functioning as an officer of an army.”`;
    expect(attributions(text).map(([, , name]) => name)).toEqual(['Judy Clarke', null]);
  });

  it('still carries the speaker over a sentence or two', () => {
    const text = `${opening}The court then rose for lunch. “We will show he was not the leader.”`;
    expect(attributions(text).map(([, , name]) => name)).toEqual(['Judy Clarke', 'Judy Clarke']);
  });
});

describe('speakers: offices and ranks before a name are not part of it', () => {
  it.each([
    [
      '“The books balance,” Treasurer Wayne Lott said.',
      [['The books balance,', 'Treasurer Wayne Lott', 'Wayne Lott']],
    ],
    [
      '“We found nothing,” said Inspector Mo Patel.',
      [['We found nothing,', 'Inspector Mo Patel', 'Mo Patel']],
    ],
    [
      'Rear Admiral Tom Vance told reporters: “The ships are ready.”',
      [['The ships are ready.', 'Rear Admiral Tom Vance', 'Tom Vance']],
    ],
    [
      '“Schools open Monday,” Superintendent Ray Dunn said.',
      [['Schools open Monday,', 'Superintendent Ray Dunn', 'Ray Dunn']],
    ],
  ])('GIVEN %s', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('speakers: a role is a role, not the clause around a name', () => {
  it.each([
    [
      'Ann Pell, who will remain as Dorvex chief executive, said the offer gave “real value” to owners.',
      'Ann Pell',
      'Dorvex chief executive',
    ],
    [
      'In an interview with BBC correspondent Jo Marsh, Prince Edmund said: “My grandmother taught me duty.”',
      'Prince Edmund',
      null,
    ],
    [
      'Lee Varga, managing director of Ostra Data, said: “Demand doubled this year.”',
      'Lee Varga',
      'managing director of Ostra Data',
    ],
    [
      'Tom Ruhl, speaking to reporters after the senator spoke, said: “We expect a close race.”',
      'Tom Ruhl',
      null,
    ],
    [
      'Priya Osei, who is chairman of the finance committee, said: “The books balance.”',
      'Priya Osei',
      'chairman of the finance committee',
    ],
  ])('GIVEN %j', (text, name, role) => {
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatchObject({ name, role });
  });
});
