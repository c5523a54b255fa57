import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/core/article/index.js';

function loaded(body: string): string[] {
  return parseTextArticle(`Headline of the story\n\n${body}\n`).articles.map((a) => a.text);
}

describe('a wire dateline at the start of a paragraph', () => {
  it.each([
    ['(CNN)They may be close to finding water on Mars.', 'They may be close to finding water on Mars.'],
    [
      'New Delhi, India (CNN)As the earth shook in Nepal, tremors were felt in India.',
      'As the earth shook in Nepal, tremors were felt in India.',
    ],
    [
      'WASHINGTON (AP) — A senator asked for a vote on Friday.\n\nThe vote was set for May.',
      'A senator asked for a vote on Friday.\n\nThe vote was set for May.',
    ],
    ['Dec 29 (Reuters) - U.S. stocks rose on Tuesday.', 'U.S. stocks rose on Tuesday.'],
    [
      'The talks ended on Monday.\n\nHong Kong (AFP) – Asian stocks fell on Tuesday.',
      'The talks ended on Monday.\n\nAsian stocks fell on Tuesday.',
    ],
    ['(CNN) -- "We will rebuild," the mayor said on Sunday.', '"We will rebuild," the mayor said on Sunday.'],
    [
      'NEW YORK, Dec. 11 (UPI) — Young voters are moving to the left.',
      'Young voters are moving to the left.',
    ],
    [
      '(The Hollywood Reporter)Ray Dunne, whose radio satire won him fans, has died.',
      'Ray Dunne, whose radio satire won him fans, has died.',
    ],
    ['(EW.com)The sequel opens in May.', 'The sequel opens in May.'],
  ])('is taken out at load time: %s', (body, text) => {
    expect(loaded(body)).toEqual([text]);
  });

  it.each([
    'The Associated Press (AP) reported the vote on Friday.',
    'Officials spoke to reporters for Reuters on Friday. The agency (AFP) had the story first.',
    'The network said the interview would air on Sunday (CNN) and Monday.',
  ])('leaves the agency named in prose alone: %s', (body) => {
    expect(loaded(body)).toEqual([body]);
  });
});

describe('a date or a place before the lede', () => {
  it.each([
    [
      'Feb. 23, 2015 -- Ferry fares will rise in May.\n\nThe council agreed.',
      'Ferry fares will rise in May.\n\nThe council agreed.',
    ],
    ['April 17, 2015 — "We are ready," the captain said.', '"We are ready," the captain said.'],
    ['CAIRO — Gunmen opened fire on a bus on Wednesday.', 'Gunmen opened fire on a bus on Wednesday.'],
    ['SAN JUAN, Puerto Rico -- The storm reached the coast.', 'The storm reached the coast.'],
    ['NEW YORK – Tolls go up on Sunday.', 'Tolls go up on Sunday.'],
  ])('is taken out of the first paragraph: %s', (body, text) => {
    expect(loaded(body)).toEqual([text]);
  });

  it.each([
    // Further down, a date before a dash is a timeline's entry, which keeps its date.
    'The court heard the case twice.\n\nJan. 5, 2016 — The court rules against the port.',
    'NASA — the agency said on Monday — will fly again.',
    'AI — It changes how ports work.',
    'The vote on May 3, 2016 -- a Tuesday -- was close.',
  ])('leaves dates, names and dashes in prose alone: %s', (body) => {
    expect(loaded(body)).toEqual([body]);
  });
});

describe("a page's time stamp", () => {
  it.each([
    '2/26/2015 7:11 AM PST BY TMZ STAFF',
    'March 3, 2016, 9:05 a.m.',
    'Sept. 9, 2016',
    '12/01/2024 18:40',
  ])('is not text: %s', (stamp) => {
    expect(loaded(`${stamp}\n\nThe ferry sailed at noon.`)).toEqual(['The ferry sailed at noon.']);
  });

  it('leaves a sentence that opens with a date alone', () => {
    const body = 'Jan. 5, 2016 by noon, the ferry had sailed.\n\nThe port reopened.';
    expect(loaded(body)).toEqual([body]);
  });
});
