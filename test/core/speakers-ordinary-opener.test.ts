// A name shown for a speaker that opens on an ordinary word the article also writes in lower case, and
// no given name after it, names a group or a title ("New Labour", "Age Concern"); before a given name the
// word is dropped ("Rival Hillary Clinton" is Hillary Clinton).
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a name that opens on an ordinary word', () => {
  it('shows no one for a group whose name opens on an ordinary word', () => {
    expect(
      attributions(
        'The new law worries many. Age Concern said the plan would hurt people of pension age. "Pensioners will pay twice," Age Concern said.',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([['Pensioners will pay twice,', null]]);
  });

  it('drops the ordinary word before a given name or a person the article names', () => {
    expect(
      attributions(
        'Her rival spoke first. Rival Nora Quist answered him on Friday. "That is not true," Rival Nora Quist said.',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([['That is not true,', 'Nora Quist']]);
    // "Stated Stone:" after the article named Roger Stone: the person the rest names.
    expect(
      attributions(
        'Voting machines can be rigged, adviser Roger Stone stated.\n\nStated Stone:\n\n“All computers can be rigged.”',
      ).map(([quoted, , name]) => [quoted, name]),
    ).toEqual([['All computers can be rigged.', 'Roger Stone']]);
  });
});
