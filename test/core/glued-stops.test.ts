import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/core/article/index.js';
import { findQuotes } from '../../src/core/quotes/index.js';

function loaded(body: string): string {
  return parseTextArticle(`Headline of the story\n\n${body}\n`).articles.map((a) => a.text)[0] ?? '';
}

describe('paragraphs joined without a space', () => {
  it.each([
    [
      'He was blinded by the low sun.He braked too late.',
      'He was blinded by the low sun. He braked too late.',
    ],
    [
      'The case was heard in December.Brian Holt said he was sorry.',
      'The case was heard in December. Brian Holt said he was sorry.',
    ],
    ['Sales rose in 2016.The firm hired more staff.', 'Sales rose in 2016. The firm hired more staff.'],
    ['The offers were "poor".The report said so.', 'The offers were "poor". The report said so.'],
    ['Was it worth it?I think so.', 'Was it worth it? I think so.'],
    ['“We are ready.”But the plan failed.', '“We are ready.” But the plan failed.'],
  ])('sets the sentences apart at load time: %s', (body, text) => {
    expect(loaded(body)).toBe(text);
  });

  it.each([
    'Write to news@example.Com for a copy.',
    'The fansite Halo.Bungie.Org covered it.',
    'See www.example.Org for details.',
    'Mr.Smith and Dr.Jones met the U.S.Army team.',
  ])('leaves addresses and abbreviations as written: %s', (body) => {
    expect(loaded(body)).toBe(body);
  });

  it('keeps a speaker name from taking in the word before the stop', () => {
    const text = loaded(
      'The trial ended in December.Brian Holt told the court: “I am sorry for what I did.”',
    );
    expect(findQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Brian Holt']);
  });
});

describe('speakers: a hyphened describer is not part of a name', () => {
  it.each([
    ['Co-creator Ben Ashe told reporters: “We held open auditions.”', 'Ben Ashe'],
    ['Fifteen-year-old Dana Voss said: “It was fun.”', 'Dana Voss'],
    ['Mufti Salah-haji Dovlet said: “There will be no revenge.”', 'Mufti Salah-haji Dovlet'],
  ])('GIVEN %j', (text, name) => {
    expect(findQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual([name]);
  });
});
