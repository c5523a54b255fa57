// A word for where someone is from before their name ("Kenyan Susan Chepkemei", #15: a nationality or
// people word read as a given name) is no part of the name, and "the Kenyan" points back at the one person
// the article wrote so. With no one, or two, written so, the mention names no one.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: nationality and people words before a name', () => {
  it('leaves the word out of the name, whichever way the speaker is mentioned', () => {
    const text = [
      'Kenyan Mary Wambui won the race in Berlin on Sunday.',
      '“It was a good way to end the year,” she said.',
      'Swede Lars Holm finished second. “I ran out of legs,” Holm said.',
      'The title went to Californian Dana Pike, who said: “I trained here for a year.”',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      ['It was a good way to end the year,', 'she', 'Mary Wambui'],
      ['I ran out of legs,', 'Holm', 'Lars Holm'],
      ['I trained here for a year.', 'Californian Dana Pike', 'Dana Pike'],
    ]);
  });

  it('points "the Argentine" at the one person written so, and names no one when there is none or two', () => {
    const one = [
      'Top seed Karl Brandt beat Argentine Diego Ferraro in four sets.',
      'The Argentine had called the court “too slow for anyone to play on”, before the match.',
      '“He played better than me,” the Argentine said.',
      '“We will see about the final,” the Texan said.',
    ].join('\n\n');
    expect(attributions(one).map(([quoted, , name]) => [quoted, name])).toEqual([
      ['too slow for anyone to play on', 'Diego Ferraro'],
      ['He played better than me,', 'Diego Ferraro'],
      ['We will see about the final,', null],
    ]);
    const two = [
      'Swede Lars Holm beat Swede Nils Berg in the final.',
      '“It was a long day,” the Swede said.',
    ].join('\n\n');
    expect(attributions(two).map(([quoted, , name]) => [quoted, name])).toEqual([
      ['It was a long day,', null],
    ]);
  });
});
