// "Mr Hale's father, Amos, said …", "the senator's first five questioners": a possessive name before a
// relative, a group of people or a role names someone else; the role's holder when the text writes one
// ("said Dale’s top foreign policy aide Jo Marsh").
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a possessive name before a relative, a group or a role', () => {
  it('shows no one for a relative or a group the name only owns', () => {
    expect(
      attributions(
        'Omar Hale was held for a week. Mr Hale\'s father, Amos, said his son was "a good man who did nothing."',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([['a good man who did nothing.', null]]);
    expect(
      attributions(
        'Senator Ruth Dale took questions in Rome. Dale\'s first five questioners were hostile: "Is it time to change course?"',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([['Is it time to change course?', null]]);
  });

  it('names the holder of the role written after the possessive', () => {
    expect(
      attributions(
        'Senator Ruth Dale spoke on Monday.\n\n“This is a new low,” said Dale’s top foreign policy aide Jo Marsh. “It is a disgrace.”',
      ),
    ).toEqual([
      ['This is a new low,', 'Jo Marsh', 'Jo Marsh'],
      ['It is a disgrace.', 'Jo Marsh', 'Jo Marsh'],
    ]);
  });
});
