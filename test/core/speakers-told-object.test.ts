// "“…,” he told Hannity": the pronoun that tells cannot stand for the one told, even when that person is
// the subject of the sentence before ("Hannity asked Trump how high the wall would be").
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a pronoun whose cue has a person as its object', () => {
  it('never names the one told or asked', () => {
    expect(
      attributions(
        'Host Dan Perry interviewed Mayor Leo Grant on Sunday. Perry asked Grant how tall the tower would be. "Maybe forty floors," he told Perry.',
      ),
    ).toEqual([['Maybe forty floors,', 'he', null]]);
    expect(
      attributions(
        'Senator Ruth Dale met a nurse, Ana Pike, at the clinic. Dale listened for an hour. "We are short of staff," she told Dale.',
      ),
    ).toEqual([['We are short of staff,', 'she', null]]);
  });
});
