// An article that misspells a surname once ("Keidis" for Anthony Kiedis) still means the person it named
// in full: the full name is shown, not the misspelling; a short surname or two near matches show none.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';
import { isOneEditApart } from '../../src/core/quotes/misspelled-name.js';

describe('speakers: a surname misspelled once', () => {
  it('shows the full name of the one person whose surname it misspells', () => {
    expect(
      attributions('Singer Marcus Hollway played the stadium on Friday. "We love this town," Holway said.'),
    ).toEqual([['We love this town,', 'Holway', 'Marcus Hollway']]);
    expect(
      attributions(
        'Senate President Steve Sweeney backs the plan. Mayor Don Guardian does not. "The city needs help now," Sweeny said.',
      ),
    ).toEqual([['The city needs help now,', 'Sweeny', 'Steve Sweeney']]);
  });

  it('counts one inserted, dropped, changed or swapped letter, and nothing else', () => {
    expect(
      [
        ['sweeny', 'sweeney'],
        ['kiedis', 'keidis'],
        ['barrot', 'barot'],
        ['hassel', 'hassem'],
        ['labbot', 'labott'],
        ['smith', 'smith'],
      ].map(([a, b]) => isOneEditApart(a ?? '', b ?? '')),
    ).toEqual([true, true, true, true, false, false]);
  });
});
