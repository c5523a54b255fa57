// A profile goes on about one person in sentence after sentence of "she" or "he": a quote's pronoun is
// followed back along the chain to the name that opened it, however many pronouns come between; an
// unnamed relative ("Reed's wife") stops the chain, since the pronoun may stand for her.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a chain of pronouns back to a name', () => {
  it('follows six sentences of "she" back to the name', () => {
    expect(
      attributions(
        'Singer Nora Vale came to the rally on Friday. She sat in the front row. She waved to the crowd. ' +
          'She said she had not decided. She added that she was tired of waiting. She thanked the band. ' +
          'She then praised the mayor. "This town is ready for change," she said.',
      ),
    ).toEqual([['This town is ready for change,', 'she', 'Nora Vale']]);
  });

  it('stops at an unnamed wife or son the pronoun may stand for', () => {
    expect(
      attributions(
        'Ann Cole spoke first. Tom Reed’s wife, Lia, is due to speak later. She rarely gives speeches. "I am nervous," she said.',
      ),
    ).toEqual([['I am nervous,', 'she', null]]);
    expect(
      attributions(
        'Mayor Hal Burke opened the fair. Sara Lind’s son is a farmer in the valley. He sold pears. "It was a good year," he said.',
      ),
    ).toEqual([['It was a good year,', 'he', null]]);
  });
});
