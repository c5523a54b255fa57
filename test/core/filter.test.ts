import safeRegex from 'safe-regex2';
import { describe, expect, it } from 'vitest';
import {
  filterWordsOf,
  matchFilter,
  parseFilter as parseWith,
  type FilterSubject,
} from '../../src/core/filter.js';

// The core takes the check for catastrophic patterns from its caller; the app passes safe-regex2.
const parseFilter = (text: string) => parseWith(text, { isSafeRegex: (re) => safeRegex(re) });

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
    ['/export (ban|controls)/i', ['CHIPS', 'RUMOUR']],
    ['/export (ban|controls) on/', ['CHIPS', 'RUMOUR']],
    ['/^chip/i', ['RUMOUR']],
    ['/^Chip/', ['RUMOUR']],
    ['/^chip/', []],
    ['/caf[eé]/', ['CAFE']],
    ['/\\bchips?\\b/ -/rumou?r/i', ['CHIPS', 'CAFE']],
    ['title:/^new /i', ['CHIPS']],
    ['title:/harbour$/', ['CAFE']],
    ['source:/^(reuters|harbour)/i', ['CHIPS', 'CAFE']],
    ['author:/ny?gaard/i', ['CAFE']],
    ['tag:/^trade/', ['CHIPS']],
    ['tag:/policy$/m', ['CHIPS']],
    ['-/export/ harbour', ['CAFE']],
    ['/nvidia/i OR title:/^caf/i', ['CHIPS', 'CAFE']],
    ['"export controls" /widen\\.$/', ['RUMOUR']],
    ['/a[/]b/ OR cafe', ['CAFE']],
    ['/Monday\\./s', ['CHIPS']],
    ['author:/.*/', ['CHIPS', 'CAFE']],
  ])('%s matches %j', (filter, expected) => {
    expect(matches(filter)).toEqual(expected);
  });

  // Scripts written without spaces: a word is found anywhere in the run it is part of.
  const EAST: Record<string, FilterSubject> = {
    zh: {
      title: 'DeepMind新电脑已可利用记忆自学',
      text: '人工智能公司周二发布了新电脑。',
      source: '科技网',
      author: null,
      tags: ['科技'],
    },
    ja: {
      title: 'フェリーが運航を再開',
      text: '港の運航会社は月曜日に発表した。',
      source: null,
      author: null,
      tags: [],
    },
    ko: {
      title: '대통령은 오늘 연설했다',
      text: '경제 정책을 말했다.',
      source: null,
      author: null,
      tags: [],
    },
  };
  it.each([
    ['人工智能', ['zh']],
    ['title:新电脑', ['zh']],
    ['title:人工智能', []],
    ['DeepMind新电脑', ['zh']],
    ['智能人工', []],
    ['運航', ['ja']],
    ['-運航 大統領', []],
    ['대통령', ['ko']],
    ['source:科技', ['zh']],
  ])('finds %s in Chinese, Japanese and Korean text: %j', (filter, expected) => {
    const parsed = parseFilter(filter);
    if (!parsed.ok) throw new Error(`${filter}: ${parsed.problem.code}`);
    const found = Object.entries(EAST).filter(
      ([, subject]) => matchFilter(parsed.filter, filterWordsOf(subject)).matched,
    );
    expect(found.map(([name]) => name)).toEqual(expected);
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
    const pattern = parseFilter('/widen/ -source:/gossip$/i');
    if (!pattern.ok) throw new Error('parse');
    expect(matchFilter(pattern.filter, filterWordsOf({ ...RUMOUR, source: 'Wire' }))).toEqual({
      matched: true,
      reasons: [{ term: '/widen/', field: 'title', outcome: 'found' }],
    });
    expect(matchFilter(pattern.filter, filterWordsOf(RUMOUR))).toEqual({
      matched: false,
      reasons: [{ term: '-source:/gossip$/i', field: 'source', outcome: 'excluded' }],
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
    ['x'.repeat(301), 'too-long', 300],
  ])('%j is refused with %s at %i', (filter, code, position) => {
    expect(parseFilter(filter)).toEqual({ ok: false, problem: { code, position } });
  });

  it.each([
    ['chip /export (ban', 'unclosed-regex', 5, 12],
    ['chip title:/export/x', 'regex-flags', 19, 1],
    ['/export/ii', 'regex-flags', 9, 1],
    ['/export/g', 'regex-flags', 8, 1],
    ['cafe //', 'empty-term', 5, 2],
    [`chip /${'a'.repeat(101)}/`, 'regex-too-long', 5, 103],
    ['harbour -/(a+)+$/', 'regex-unsafe', 9, 8],
    ['/(x+x+)+y/ cafe', 'regex-unsafe', 0, 10],
    ['source:/([a-z]*)*$/i', 'regex-unsafe', 7, 13],
  ])('%j is refused with %s at %i, over %i characters', (filter, code, position, length) => {
    expect(parseFilter(filter)).toEqual({ ok: false, problem: { code, position, length } });
  });

  it('passes on the engine’s words for an invalid pattern', () => {
    expect(parseFilter('chip /export (ban/ cafe')).toEqual({
      ok: false,
      problem: { code: 'regex-invalid', position: 5, length: 13, detail: 'Unterminated group' },
    });
    expect(parseFilter('/[z-a]/')).toEqual({
      ok: false,
      problem: {
        code: 'regex-invalid',
        position: 0,
        length: 7,
        detail: 'Range out of order in character class',
      },
    });
  });

  it('takes a pattern of the longest allowed length, and refuses one character more', () => {
    expect(parseFilter(`/${'b'.repeat(100)}/`).ok).toBe(true);
    expect(parseFilter(`/${'b'.repeat(101)}/`).ok).toBe(false);
  });

  it('asks the caller’s check about every pattern, in order, and refuses the first it rejects', () => {
    const asked: string[] = [];
    const result = parseWith('/ferry/ OR /harbour/i -/storm/ /gale/', {
      isSafeRegex: (re) => {
        asked.push(re.toString());
        return re.source !== 'storm';
      },
    });
    expect(asked).toEqual(['/ferry/', '/harbour/i', '/storm/']);
    expect(result).toEqual({ ok: false, problem: { code: 'regex-unsafe', position: 23, length: 7 } });
  });
});
