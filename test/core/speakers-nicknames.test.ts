// A nickname in quotation marks inside a name (#15: Thomas "Tip" O'Neill, Kenneth ‘Ken’ Clarke): the
// mention is the whole name, the speaker is the given name and the surname (or the nickname and the
// surname when the article also writes them so), and the nickname's marks hold no quotation.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a nickname in marks inside a name', () => {
  it('names the full name before and after the quote, and finds no quotation in the nickname', () => {
    const text = [
      'House Speaker Thomas "Tip" O\'Neill met the president on Monday.',
      '"We will not pass it this year," O\'Neill said.',
      'Former chancellor Kenneth ‘Ken’ Clarke said: “The party has lost its way.”',
      '“We need a new leader,” said Margaret “Peggy” Dunne, the party chair.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      ['We will not pass it this year,', "O'Neill", "Thomas O'Neill"],
      ['The party has lost its way.', 'Kenneth ‘Ken’ Clarke', 'Kenneth Clarke'],
      ['We need a new leader,', 'Margaret “Peggy” Dunne', 'Margaret Dunne'],
    ]);
  });

  it('keeps an initial, lets a pronoun point at the name, and takes the nickname form the article uses', () => {
    const text = [
      'Army veteran and Marine Paul "Duke" Ferris spoke at the hearing.',
      '"I served two tours," he said.',
      'Rep. Robert J. "Bob" Lanning listened from the back of the room.',
      '"His story matters," Lanning said.',
      'Senator Joan "Jo" Hart chairs the panel. Voters call her Jo Hart.',
      '"We will act," Hart said.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      ['I served two tours,', 'he', 'Paul Ferris'],
      ['His story matters,', 'Lanning', 'Robert J. Lanning'],
      ['We will act,', 'Hart', 'Jo Hart'],
    ]);
  });

  it('keeps a one-word quotation that is no nickname', () => {
    const text = 'The crowd chanted "Again" as Mayor Ruth Hale arrived. "Thank you," Hale said.';
    expect(attributions(text).map(([quoted, , name]) => [quoted, name])).toEqual([
      ['Again', null],
      ['Thank you,', 'Ruth Hale'],
    ]);
  });
});
