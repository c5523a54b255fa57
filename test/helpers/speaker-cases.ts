// Speaker test cases: short articles written for the project, each with the names shown for its quotes.
import { it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

/** The name shown for every quote of `text`, in order. */
export function names(text: string): (string | null)[] {
  return findQuotes(text).map((q) => q.speaker?.name ?? null);
}

/** Every quote of `text` as [quoted words, speaker mention, speaker name], offsets checked. */
export function attributions(text: string): [string, string | null, string | null][] {
  return findQuotes(text).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
    return [q.text, q.speaker?.mention ?? null, q.speaker?.name ?? null];
  });
}

/** One test per article: the names shown for its quotes. */
export function eachArticle(cases: [string, (string | null)[]][]): void {
  it.each(cases)('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
}
