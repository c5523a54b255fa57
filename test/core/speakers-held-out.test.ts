// Speaker rules found wanting on held-out articles (PolNeAR train sample, bench/gold): each case is a
// short article written for the project that shows one general rule.
import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

/** The name shown for every quote of `text`, in order. */
function names(text: string): (string | null)[] {
  return findQuotes(text).map((q) => q.speaker?.name ?? null);
}

describe('speakers: words that are not a person are never shown as one', () => {
  it.each([
    // A lone capitalised word the article never uses for a person.
    [
      'Mayor Dana Pruitt spoke at the fair.\n\nTranscript as follows:\n\n“We will open the library in May.”',
      [null],
    ],
    ['“Prices keep rising,” The Ledger wrote.', [null]],
    // A party or nationality word closes a description, not a name.
    [
      'Speaker Paul Rand met donors. The Ohio Republican did not endorse anyone.\n\n“We will wait,” he said.',
      ['Paul Rand'],
    ],
    // An acronym belongs to an organisation.
    [
      'Groups such as Voters First USA spent millions against Senator Karen Lind. She kept her seat.\n\n' +
        '“It was a hard race,” she said.',
      ['Karen Lind'],
    ],
    // An occupation before a name is a title.
    ['Actor Sam Reilly backed the mayor.\n\n“She has my vote,” Reilly said.', ['Sam Reilly']],
  ])('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
