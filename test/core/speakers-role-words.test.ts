// The roles an article gives a person are the words that describe them, not the words of a clause around
// their name: "the premier should sack Paul Moss" does not make Moss premier, "echoing Ida Lund, the
// premier said" does not make Lund premier, and the deputy premier is not "the premier".
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

/** The quoted words and the name shown for each quote of `text`. */
function shown(text: string): [string, string | null][] {
  return attributions(text).map(([quoted, , name]) => [quoted, name]);
}

describe('speakers: role words read around a name', () => {
  it('takes no role from a verb clause before or after a name, and finds the one given the role', () => {
    const text = [
      'Prime Minister Tom Hale flew to Leeds on Monday.',
      'Critics said the prime minister should sack Paul Moss after the vote.',
      '“You do not do deals over jobs like this,” the prime minister told the BBC.',
      'Echoing Secretary of State Ida Lund, the prime minister said there had been a change of policy.',
      '“The tone is harder now,” the prime minister said.',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['You do not do deals over jobs like this,', 'Tom Hale'],
      ['The tone is harder now,', 'Tom Hale'],
    ]);
  });

  it('keeps a role from an appositive, and tells the deputy from the office itself', () => {
    const text = [
      'Deputy Prime Minister Carl Prest hosted a dinner on Friday for Ron Vale, the prime minister of the island.',
      '“Help me get through the year,” the prime minister said.',
      'Nina Bell, a prospective candidate said the party was ready: “We have no problem with turnout.”',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['Help me get through the year,', 'Ron Vale'],
      ['We have no problem with turnout.', 'Nina Bell'],
    ]);
  });
});
