import { describe, expect, it } from 'vitest';
import type { FilterSubject } from '../../src/core/filter.js';
import { describeFilterProblem } from '../../src/filter-problem-text.js';
import { createFilterMatcher, readFilter } from '../../src/operations/filters.js';

const subject = (title: string, text: string, source = 'Wire'): FilterSubject => ({
  title,
  text,
  source,
  author: null,
  tags: [],
});

function refusal(text: string): string {
  const read = readFilter(text);
  if (read.ok) throw new Error(`${text} was accepted`);
  return describeFilterProblem(read.problem, text);
}

describe('filters as users type them', () => {
  it('refuses a catastrophic pattern, saying what is wrong and where', () => {
    expect(refusal('harbour -/(a+)+$/')).toBe(
      'a regular expression could take forever on some texts (a repeat inside a repeat, like (a+)+); write it without nesting, at character 10 (“/(a+)+$/”)',
    );
    expect(refusal('source:/([a-z]*)*x/i ferry')).toBe(
      'a regular expression could take forever on some texts (a repeat inside a repeat, like (a+)+); write it without nesting, at character 8 (“/([a-z]*)*x/i”)',
    );
  });

  it.each([
    [
      'chip /export (ban',
      'a regular expression is opened with / but never closed, at character 6 (“/export (ban”)',
    ],
    [
      'chip /export (ban/ cafe',
      'a regular expression is not valid (Unterminated group), at character 6 (“/export (ban/”)',
    ],
    [
      'ferry /storm/gi',
      'a regular expression may only have the flags i, m, s and u, each once, at character 14 (“g”)',
    ],
    [
      `/${'ab'.repeat(51)}/`,
      `a regular expression is too long (100 characters between the slashes at most), at character 1 (“/${'ab'.repeat(29)}…”)`,
    ],
    [
      'chip "export controls',
      'a quote is opened but never closed, at character 6 (near “chip "export controls”)',
    ],
  ])('%j: %s', (text, words) => {
    expect(refusal(text)).toBe(words);
  });

  it('accepts the patterns people write for news', () => {
    for (const text of [
      '/export (ban|controls)/i',
      'title:/^(breaking|live):/i -source:/tabloid/',
      '/\\d+ killed/',
    ])
      expect(readFilter(text).ok).toBe(true);
  });
});

describe('matching under a time limit', () => {
  const subjects = [
    subject('Export ban on chips', 'The ban starts in May.'),
    subject('Harbour news', `${'a'.repeat(40)}b`),
    subject('Export controls widen', 'Controls on equipment widen.'),
    subject('Ferry times', 'Ferries leave earlier.'),
  ];

  it('leaves out only the article a slow pattern ran out of time on, and matches the rest', () => {
    // ^(a|a)*$ passes safe-regex2 (no nested repeat) yet backtracks forever on "aaa…b": the time limit stops it.
    const read = readFilter('/export/i OR /^(a|a)*$/');
    if (!read.ok) throw new Error('parse');
    const results = createFilterMatcher({ timeLimitMs: 50 }).matchAll(read.filter, subjects);
    expect(results).toEqual([
      { matched: true, reasons: [{ term: '/export/i', field: 'title', outcome: 'found' }] },
      { matched: false, timedOut: true },
      { matched: true, reasons: [{ term: '/export/i', field: 'title', outcome: 'found' }] },
      { matched: false, reasons: [{ term: '/export/i OR /^(a|a)*$/', field: null, outcome: 'missing' }] },
    ]);
  });

  it('matches a filter without patterns as the core does, every subject in order', () => {
    const read = readFilter('export -ban');
    if (!read.ok) throw new Error('parse');
    expect(
      createFilterMatcher()
        .matchAll(read.filter, subjects)
        .map((m) => m.matched),
    ).toEqual([false, false, true, false]);
  });
});
