// An article that misspells a surname once ("Keidis" for Anthony Kiedis) still means the person it named
// in full: the full name is shown, not the misspelling.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

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
    // Two letters away is another name, shown as written.
    expect(
      attributions('Reporter Elise Labott asked first. "Why now?" Labbot asked.').map(([, , name]) => name),
    ).toEqual(['Labbot']);
  });
});
