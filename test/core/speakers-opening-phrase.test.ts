// A sentence may open on a phrase with commas of its own before its subject ("In a long, candid interview
// with reporter Ada Moss last year, Lane said …", "Like Ortiz, the former tenant, Kemp doesn't …"): the
// names inside that phrase are not the one who speaks.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a sentence opening on a phrase with commas', () => {
  it('names the subject after a prepositional phrase, not the name inside it', () => {
    expect(
      attributions(
        'Victor Lane was jailed in May. In a long, candid interview with reporter Ada Moss last year, Lane said he would appeal and added, "I did nothing wrong."',
      ),
    ).toEqual([['I did nothing wrong.', 'Lane', 'Victor Lane']]);
  });

  it('follows a pronoun back to the subject after a "Like X, …," phrase', () => {
    expect(
      attributions(
        'Tenant Leo Ortiz sued the landlord in 2019. Former tenant Paul Kemp did too. Like Ortiz, the former tenant, Kemp does not want to go back to court. "I am 76 and tired," he said.',
      ),
    ).toEqual([['I am 76 and tired,', 'he', 'Paul Kemp']]);
  });
});
