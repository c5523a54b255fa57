// A quote with no cue of its own after a short sentence of someone agreeing ("Dr Ann Holt agreed.") or
// after a sentence that ends on a name and a plain cue ("…, analyst Tom Reyes says.") is theirs, not the
// previous speaker's.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a reply or an attribution in the sentence before the quote', () => {
  it('names the one who agreed', () => {
    expect(
      attributions(
        '"The field is wide open," said pollster Dan Kirk.\n\nState University\'s Ann Holt agreed. "No one has a lead yet."',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([
      ['The field is wide open,', 'Dan Kirk'],
      ['No one has a lead yet.', 'Ann Holt'],
    ]);
  });

  it('names the one the sentence before attributes its words to', () => {
    expect(
      attributions(
        '"The field is wide open," said pollster Dan Kirk.\n\nOr maybe the governor will win, analyst Tom Reyes says. "He has the money."',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([
      ['The field is wide open,', 'Dan Kirk'],
      ['He has the money.', 'Tom Reyes'],
    ]);
  });
});
