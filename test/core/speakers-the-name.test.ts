// “…,” the Farmland Alliance said: a name written after "the", with no title and no known given name,
// names a group, a paper or a report, not a person, even when the article also writes it as a subject.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: "the" and a name that is not a person', () => {
  it('shows no one for a group, a paper or a report after "the"', () => {
    expect(
      attributions(
        'Farmland Alliance wants a new law. "Small farms are closing every week," the Farmland Alliance said.',
      ),
    ).toEqual([['Small farms are closing every week,', 'the Farmland Alliance', null]]);
    expect(
      attributions(
        'Harbour Gazette reported the story first. "The mayor knew in March," the Harbour Gazette wrote.',
      ),
    ).toEqual([['The mayor knew in March,', 'the Harbour Gazette', null]]);
  });

  it('still names a titled person or a given name written after "the"', () => {
    expect(
      attributions(
        'Reverend Adam Pike led the service. "We pray for rain," the Reverend Adam Pike said. Farmland Alliance wants a new law. "Small farms are closing," the Farmland Alliance said.',
      ),
    ).toEqual([
      ['We pray for rain,', 'the Reverend Adam Pike', 'Adam Pike'],
      ['Small farms are closing,', 'the Farmland Alliance', null],
    ]);
  });
});
