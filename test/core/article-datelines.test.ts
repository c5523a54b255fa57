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
