// "A spokesman said … “…,” he said": the pronoun stands for the unnamed spokesman or official, not for
// the person the paragraph named before them, so no name is shown (#15: a role with no named holder).
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a pronoun after an unnamed spokesman or official', () => {
  it('shows no one for "he" or "she" after an unnamed spokesman, spokeswoman or official, the named one otherwise', () => {
    expect(
      attributions(
        'Mill owner Victor Hale bought the site in May. A spokesman for the council said the sale was legal. "Every rule was followed," he said.',
      ),
    ).toEqual([['Every rule was followed,', 'he', null]]);
    expect(
      attributions(
        'Minister Joan Keel opened the clinic. But a health board spokeswoman said the wards were still short of nurses. "We are hiring now," she said.',
      ),
    ).toEqual([['We are hiring now,', 'she', null]]);
    expect(
      attributions(
        'Coach Ivo Brand left the club last week. An official of the league, who declined to be named, spoke on Monday. "He will not be fined," he added.',
      ),
    ).toEqual([['He will not be fined,', 'he', null]]);
    // "said the woman, who did not want to be named": the pronoun after stands for her.
    expect(
      attributions(
        'Grocer Ana Ruiz opened early. "We are scared," said the woman, who did not want to be named. "Too much hate," she said.',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([
      ['We are scared,', null],
      ['Too much hate,', null],
    ]);
    // Named in the appositive after the role: the pronoun stands for that name.
    expect(
      attributions(
        'Mill owner Victor Hale bought the site in May. A spokesman for the council, Omar Vance, said the sale was legal. "Every rule was followed," he said.',
      ),
    ).toEqual([['Every rule was followed,', 'he', 'Omar Vance']]);
  });
});
