// A sentence that opens on a clause of its own ("While predicting X's downfall, Ms. Kovner sighed: “…”",
// "When Carson died, President Bush led the tributes, saying “…”"): the subject after the clause speaks,
// not a name inside it, and an appositive inside the clause does not end it.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

/** The quoted words and the name shown for each quote of `text`. */
function shown(text: string): [string, string | null][] {
  return attributions(text).map(([quoted, , name]) => [quoted, name]);
}

describe('speakers: a subject after an opening clause', () => {
  it('names the subject after the clause, not a name inside it', () => {
    const text = [
      'Lena Marsh and her husband Victor Marsh backed Mr. Dole for years.',
      'While predicting Mr. Dole’s latest scandal would not sink the party, Ms. Marsh sighed: “It is more pain.”',
      'When Ray Porter died in May, Governor Ann Lowell led the tributes, saying he had been “a giant of the state”.',
      'In line with most of his fellow Texans, Sen. Carl Brandt was critical, telling reporters: “This is a mistake.”',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['It is more pain.', 'Lena Marsh'],
      ['a giant of the state', 'Ann Lowell'],
      ['This is a mistake.', 'Carl Brandt'],
    ]);
  });

  it('reads past an appositive inside the opening clause to the subject after it', () => {
    const text = [
      'Reporters asked about the debates on Monday.',
      'When Tom Reyes, the campaign’s manager was asked if Lopez would debate, he laughed and said, “We’ll see.”',
    ].join('\n\n');
    expect(shown(text)).toEqual([['We’ll see.', 'Tom Reyes']]);
  });
});
