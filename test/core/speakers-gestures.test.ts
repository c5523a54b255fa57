// A subject and a gesture before a quote (#15: "Smith smiled. “…”", "Smith shook his head: “…”"): the one who
// gestured speaks when the sentence is only that gesture; any other sentence before a cue-less quote names
// no one.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

/** The quoted words and the name shown for each quote of `text`. */
function shown(text: string): [string, string | null][] {
  return attributions(text).map(([quoted, , name]) => [quoted, name]);
}

describe('speakers: a gesture sentence before a quote', () => {
  it('names the one who gestured, after a full stop or a colon', () => {
    const text = [
      'Becky Hale voted Republican twice. She sighs. “I am 50/50 at this point.”',
      'Tom Ebert was asked about his emails. Ebert smiled broadly. “I never read them.”',
      'Ana Ruiz heard the question. Ruiz shook her head: “That is not what happened.”',
      'Mark Dunn listened. Dunn shook his head. “We will not sign it.”',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['I am 50/50 at this point.', 'Becky Hale'],
      ['I never read them.', 'Tom Ebert'],
      ['That is not what happened.', 'Ana Ruiz'],
      ['We will not sign it.', 'Mark Dunn'],
    ]);
  });

  it('names no one after a sentence that is not a gesture of its subject', () => {
    const text = [
      'Lara Voss spoke to reporters on Monday.',
      'The airline flies six of every ten planes at the airport. “We are doing research into it.”',
      'Voss reported record profits last year. “The market is strong.”',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['We are doing research into it.', null],
      ['The market is strong.', null],
    ]);
  });
});
