import { describe, expect, it } from 'vitest';
import { escapeMarkdown, fitText, renderHighlights, truncate } from '../../src/discord/text.js';

describe('truncate', () => {
  it.each([
    ['fits', 'Short text.', 20, 'Short text.'],
    [
      'sentence boundary',
      'The first sentence is here. The second one is much longer than the room.',
      40,
      'The first sentence is here. …',
    ],
    [
      'word boundary when the first sentence is too long',
      'A single long sentence that keeps going on and on',
      20,
      'A single long…',
    ],
    ['hard cut for one long word', 'Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['drops a clause comma before the ellipsis', 'Alpha beta, gamma delta epsilon', 13, 'Alpha beta…'],
    ['a single character', 'Hello there', 1, '…'],
  ])('%s', (_name, text, max, expected) => {
    const cut = truncate(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });

  it('never exceeds the limit, for any limit', () => {
    const text =
      'Markets fell sharply. “We expected it,” she said! Then, quietly, trading resumed at 3 p.m. and closed. ';
    for (let max = 0; max <= text.length + 5; max++)
      expect(truncate(text.repeat(3), max).length).toBeLessThanOrEqual(max);
  });

  it('keeps the closing quote of a quoted sentence', () => {
    expect(truncate('“We will win.” He left the room and did not return for a long while.', 30)).toBe(
      '“We will win.” …',
    );
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(20), 8);
    expect(cut).toBe('😀😀😀…');
  });

  it('does not leave a dangling backslash that would escape the ellipsis', () => {
    const cut = truncate('abcdef\\*ghijkl', 8);
    expect(cut).toBe('abcdef…');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['emphasis', 'a *bold* _claim_', 'a \\*bold\\* \\_claim\\_'],
    ['strike and spoiler', '~~old~~ ||secret||', '\\~\\~old\\~\\~ \\|\\|secret\\|\\|'],
    ['inline code', 'use `rm`', 'use \\`rm\\`'],
    ['masked link', '[click](https://evil.example)', '\\[click](https://evil.example)'],
    ['role mention', 'ping <@&123>', 'ping \\<@&123>'],
    ['user and channel mentions', '<@42> in <#7>', '\\<@42> in \\<#7>'],
    ['heading at line start', '# Breaking', '\\# Breaking'],
    ['quote at line start', '> quoted', '\\> quoted'],
    ['numbered list', '1. first', '1\\. first'],
    ['backslash', 'a\\b', 'a\\\\b'],
    [
      'plain headline untouched',
      'Trade talks: EU & China agree (for now) — 3% > 2%',
      'Trade talks: EU & China agree (for now) — 3% > 2%',
    ],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('makes @everyone and @here look inert', () => {
    const out = escapeMarkdown('Hello @everyone and @here');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out.replace(/\u200b/g, '')).toBe('Hello @everyone and @here');
  });
});

describe('fitText', () => {
  it('collapses newlines so article text cannot start a heading or a quote block', () => {
    expect(fitText('line one\n# heading\n> quote', 100)).toBe('line one # heading > quote');
  });
});

describe('renderHighlights', () => {
  it('turns marked terms bold and escapes the rest', () => {
    expect(renderHighlights('the \u0002tariff\u0003 *deal*', 100)).toBe('the **tariff** \\*deal\\*');
  });

  it('never splits a bold pair when cut', () => {
    const out = renderHighlights(`${'word '.repeat(10)}\u0002match\u0003 tail`, 55);
    expect(out.length).toBeLessThanOrEqual(55);
    expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(out.endsWith('…')).toBe(true);
  });
});
