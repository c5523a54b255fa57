// "Tony Grant has failed the country, Mike Hart has said." — the writer's sentence is Hart's, as it is with
// a plain "Mike Hart said.": a role or pronoun that goes on speaking in the next sentence is Hart, not the
// subject of what he said.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a closing attribution with "has said"', () => {
  it('lets a role and a pronoun after it point at the one who said it', () => {
    const text = [
      'Tony Grant has had the chance to fix the railways and has failed, Mike Hart has said.',
      '“The country is heading the wrong way,” the opposition leader said in his New Year message.',
      'The new rail fares were “a tax on workers”, he added.',
    ].join('\n\n');
    expect(attributions(text).map(([quoted, , name]) => [quoted, name])).toEqual([
      ['The country is heading the wrong way,', 'Mike Hart'],
      ['a tax on workers', 'Mike Hart'],
    ]);
  });
});
