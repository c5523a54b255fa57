import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';

const { extractEntities } = createAnalyzer();

const MEETING = [
  'Trade talks resume',
  '',
  'China’s Commerce Minister, Wang Wentao, met Sanjay Mehrotra, the chief executive of Micron Technology Inc., in Beijing on Wednesday.',
  'Minister Wang said Micron was welcome to expand in China. Micron has been barred from some projects since May.',
  'Advertisement',
  'The meeting comes before US President Joe Biden meets Xi Jinping in San Francisco. However, analysts at the Bank of England were cautious.',
  'Wang added that foreign firms would be treated fairly, and Mehrotra said Micron would keep investing.',
].join('\n');

describe('extractEntities', () => {
  const entities = extractEntities(MEETING);

  it.each([
    ['a possessive is folded into the name', 'places', 'China'],
    ['a gazetteer city is a place', 'places', 'Beijing'],
    ['a two-word city is one place', 'places', 'San Francisco'],
    ['"US" is read as the United States', 'places', 'United States'],
    ['the fullest organisation name is kept', 'organizations', 'Micron Technology Inc'],
    ['"Bank of" makes an organisation', 'organizations', 'Bank of England'],
    ['a name after a title is a person', 'people', 'Joe Biden'],
    ['an unknown two-word name is a person', 'people', 'Xi Jinping'],
    ['a full name is kept over its short forms', 'people', 'Wang Wentao'],
  ] as const)('%s', (_, kind, name) => {
    expect(entities[kind]).toContain(name);
  });

  it.each([
    ['China’s', 'possessive spelling'],
    ['Micron', 'short form of the company'],
    ['Wang', 'surname alone'],
    ['Minister Wang', 'title and surname'],
    ['Commerce Minister', 'a role without a name'],
    ['Advertisement', 'a line of site furniture'],
    ['However', 'a sentence-initial word'],
    ['Wednesday', 'a weekday'],
  ])('leaves out "%s" (%s)', (name) => {
    const all = [...entities.people, ...entities.organizations, ...entities.places];
    expect(all).not.toContain(name);
  });

  it('types a name that opens with an organisation word and a particle as an organisation', () => {
    const text =
      'The Banque du Caire raised rates, the Corriere della Sera reported. Nadia Salem spoke at the ' +
      'Università di Bologna on Monday, and Pieter de Vries visited the Banco de la Nación.';
    const found = extractEntities(text);
    expect([found.people, found.organizations]).toEqual([
      ['Nadia Salem', 'Pieter de Vries'],
      ['Banque du Caire', 'Corriere della Sera', 'Università di Bologna', 'Banco de la Nación'],
    ]);
  });

  it('orders by mentions, the most mentioned name first, then by first appearance', () => {
    expect(entities).toEqual({
      people: ['Wang Wentao', 'Sanjay Mehrotra', 'Joe Biden', 'Xi Jinping'],
      organizations: ['Micron Technology Inc', 'Bank of England'],
      places: ['China', 'Beijing', 'United States', 'San Francisco'],
    });
  });

  it('folds a surname into the person who carries it', () => {
    expect(entities.people.filter((p) => p.includes('Mehrotra'))).toEqual(['Sanjay Mehrotra']);
  });

  it('reads organisation words at the end of a run', () => {
    const { organizations } = extractEntities(
      'Voters backed the Labour Party, while the Ministry of Defence and Acme Corp stayed silent.',
    );
    expect(organizations).toEqual(['Labour Party', 'Ministry of Defence', 'Acme Corp']);
  });

  it('returns empty lists for text without names', () => {
    expect(extractEntities('nothing here but lower case words, and a number 42.')).toEqual({
      people: [],
      organizations: [],
      places: [],
    });
  });
});

describe('offices before a name', () => {
  // Written for these tests.
  const COUNCIL = [
    'Budget vote passes',
    '',
    'State Treasurer Kelly Marsh said the budget was balanced. City Councillor Jayne Rowe disagreed.',
    'Rear Admiral Tom Vance spoke for the navy, and Superintendent Ray Dunn for the police.',
    'Texas Governor Greg Abbott was not there, and Comptroller Dana Fell left the meeting at noon today.',
  ].join('\n');
  const entities = extractEntities(COUNCIL);

  it('keeps the name without its office, every office', () => {
    expect([...entities.people].sort()).toEqual(
      ['Dana Fell', 'Greg Abbott', 'Jayne Rowe', 'Kelly Marsh', 'Ray Dunn', 'Tom Vance'].sort(),
    );
  });

  it('reads a word that only qualifies the office as nothing, and a place before it as a place', () => {
    expect(entities.organizations).toEqual([]);
    expect(entities.places).toEqual(['Texas']);
  });
});

describe('extractEntities: words that describe a name are not part of it', () => {
  const text = [
    'Port deal agreed',
    '',
    'Paris-based Corvane bought a stake in Halvex, said Fly-half Tomas Reyd, who sits on its board.',
    'Grandmother-of-three Ada Quill, 71, opened the new terminal with the mayor.',
    'Watching Quill cut the ribbon were dozens of dock workers. Following Reyd, the board voted.',
    'Corvane and Halvex said the Working Group would meet again, and Ada Quill said she was proud.',
    'Spanish-language papers covered it. Corvane said the port would grow.',
    'Native Americans in the town protested, and the Britons Lia Moss and Ada Quill spoke for them.',
  ].join('\n');
  const entities = extractEntities(text);
  const all = [...entities.people, ...entities.organizations, ...entities.places];

  it('keeps each name without the describer or verb before it', () => {
    expect(entities.people).toEqual(expect.arrayContaining(['Ada Quill', 'Tomas Reyd', 'Lia Moss']));
    expect(entities.organizations).toEqual(expect.arrayContaining(['Working Group']));
  });

  it.each([
    'Paris-based',
    'Fly-half',
    'Grandmother-of-three',
    'Watching',
    'Following',
    'Spanish-language',
    'Americans',
    'Britons',
  ])('shows no entity holding %j', (word) => {
    expect(all.filter((name) => name.includes(word))).toEqual([]);
  });
});
