// Speaker test cases: short articles written for the project, each with the names shown for its quotes.
import { it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

/** The name shown for every quote of `text`, in order. */
export function names(text: string): (string | null)[] {
  return findQuotes(text).map((q) => q.speaker?.name ?? null);
}

/** One test per article: the names shown for its quotes. */
export function eachArticle(cases: [string, (string | null)[]][]): void {
  it.each(cases)('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
}
