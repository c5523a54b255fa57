import { describe, expect, it } from 'vitest';
import { filterWordsOf, matchFilter, parseFilter, type FilterSubject } from '../../src/core/filter.js';

const CHIPS: FilterSubject = {
  title: 'New export controls hit semiconductor makers',
  text: 'The government announced export controls on advanced chips on Monday. Analysts said shares of Nvidia fell.',
  source: 'Reuters',
  author: 'Ana Pérez',
  tags: ['technology', 'trade policy'],
};
const RUMOUR: FilterSubject = {
  title: 'Chip rumour: export controls may widen',
  text: 'A rumour spread that export controls on chip equipment would widen.',
  source: 'Tech Gossip',
  author: null,
  tags: [],
};
const CAFE: FilterSubject = {
  title: 'Café opens by the harbour',
  text: 'A new café opened by the harbour on Saturday, serving chip butties.',
  source: 'Harbour Times',
  author: 'Ola Nygaard',
  tags: ['food'],
};

function matches(filter: string): string[] {
  const parsed = parseFilter(filter);
  if (!parsed.ok) throw new Error(`${filter}: ${parsed.problem.code}`);
  return Object.entries({ CHIPS, RUMOUR, CAFE })
    .filter(([, subject]) => matchFilter(parsed.filter, filterWordsOf(subject)).matched)
    .map(([name]) => name);
}

describe('filter matching', () => {
  it.each([
    ['chip', ['RUMOUR', 'CAFE']],
    ['chips', ['CHIPS']],
    ['"export controls"', ['CHIPS', 'RUMOUR']],
    ['"controls export"', []],
    ['chip "export controls" -rumour', []],
    ['"export controls" -rumour', ['CHIPS']],
    ['harbour OR nvidia', ['CHIPS', 'CAFE']],
    ['cafe', ['CAFE']],
    ['title:harbour', ['CAFE']],
    ['title:nvidia', []],
    ['source:reuters', ['CHIPS']],
    ['source:"tech gossip" export', ['RUMOUR']],
    ['author:perez', ['CHIPS']],
    ['tag:"trade policy"', ['CHIPS']],
    ['tag:food OR source:reuters', ['CHIPS', 'CAFE']],
    ['-chip', ['CHIPS']],
    ['EXPORT Controls', ['CHIPS', 'RUMOUR']],
    ['weather:sunny', []],
  ])('%s matches %j', (filter, expected) => {
    expect(matches(filter)).toEqual(expected);
  });

  it('says which term matched in which field, and which excluded term ruled an article out', () => {
    const parsed = parseFilter('title:chip "export controls" -rumour');
    if (!parsed.ok) throw new Error('parse');
    expect(
      matchFilter(
        parsed.filter,
        filterWordsOf({ ...RUMOUR, text: 'Export controls widen.', title: 'Chip plan' }),
      ),
    ).toEqual({
      matched: true,
      reasons: [
        { term: 'title:chip', field: 'title', outcome: 'found' },
        { term: '"export controls"', field: 'text', outcome: 'found' },
      ],
    });
    expect(matchFilter(parsed.filter, filterWordsOf(RUMOUR))).toEqual({
      matched: false,
      reasons: [{ term: '-rumour', field: 'title', outcome: 'excluded' }],
    });
    expect(matchFilter(parsed.filter, filterWordsOf(CAFE))).toEqual({
      matched: false,
      reasons: [{ term: 'title:chip', field: null, outcome: 'missing' }],
    });
  });
});

describe('filter problems', () => {
  it.each([
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['chip "export controls', 'unclosed-quote', 5],
    ['OR chip', 'dangling-or', 0],
    ['chip OR', 'dangling-or', 5],
    ['chip OR OR cafe', 'dangling-or', 5],
    ['chip OR -cafe', 'excluded-or', 5],
    ['chip - cafe', 'empty-term', 5],
    ['chip title:', 'empty-term', 5],
    ['chip /exp.*rt/', 'regex', 5],
    ['x'.repeat(301), 'too-long', 300],
  ])('%j is refused with %s at %i', (filter, code, position) => {
    expect(parseFilter(filter)).toEqual({ ok: false, problem: { code, position } });
  });
});
