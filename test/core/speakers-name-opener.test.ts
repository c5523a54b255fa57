// A sentence may open on a word that is not part of the name after it: a verb's past form right after a
// quotation (“…a hobby.” Haunted Kenji on the way home), or a role word before a given name ("Keeper
// Tony Bullock"). The name shown is the person's, without that word.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a word opening the sentence before a name', () => {
  it('leaves out a past-tense verb that opens the sentence after a quotation', () => {
    expect(
      attributions(
        'Kenji sat by the window of the bus.\n\n“It seems we share a hobby.” Haunted Kenji on the way home.\n\n“We should talk again,” Kenji said later.',
      ),
    ).toEqual([
      ['It seems we share a hobby.', null, null],
      ['We should talk again,', 'Kenji', 'Kenji'],
    ]);
  });

  it('leaves out a common role word before a given name', () => {
    expect(
      attributions(
        'Keeper Tony Pell saved two penalties on Saturday.\n\n"I just guessed the right way," Pell said.',
      ),
    ).toEqual([['I just guessed the right way,', 'Pell', 'Tony Pell']]);
  });
});
