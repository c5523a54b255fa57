// "The minority leader said: “…”" (#15: a role opening its own sentence): the role points at the person the
// article gave that office, with the words that make it one office rather than another ("minority",
// "shadow", "home"): not at the majority leader or the chancellor named last.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

/** The quoted words and the name shown for each quote of `text`. */
function shown(text: string): [string, string | null][] {
  return attributions(text).map(([quoted, , name]) => [quoted, name]);
}

describe('speakers: a role with the words of its office', () => {
  it('points at the person given that office, before or after the quote', () => {
    const text = [
      'Senate Minority Leader Rosa Delgado and Senate Majority Leader Tom Pruitt met on Tuesday. Pruitt left early.',
      'The minority leader said: “We will fight this bill.”',
      '“We have the votes,” the majority leader said later.',
      'Chancellor Alan Reeve and shadow chancellor Mark Hollis clashed over the budget. Reeve left early.',
      'The shadow chancellor said: “The plan is a mess.”',
      'Home Secretary Jane Astor met Foreign Secretary Carl Dent. Dent left early. “We will act,” the home secretary said.',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['We will fight this bill.', 'Rosa Delgado'],
      ['We have the votes,', 'Tom Pruitt'],
      ['The plan is a mess.', 'Mark Hollis'],
      ['We will act,', 'Jane Astor'],
    ]);
  });

  it('does not take the vice president for "the former president"', () => {
    const text = [
      'Vice President Joe Marsh praised Ana Cole on Monday. Former President Ben Cole got in on the game too.',
      'Vice President Marsh spoke again on Tuesday.',
      '“Some of them run harder against us than against the other party,” the former president said.',
    ].join('\n\n');
    expect(shown(text)).toEqual([
      ['Some of them run harder against us than against the other party,', 'Ben Cole'],
    ]);
  });

  it('names no one when the one given the role holds another office of it', () => {
    const text =
      'Chancellor Alan Reeve spoke on Monday about the budget. “The plan is a mess,” the shadow chancellor said.';
    expect(shown(text)).toEqual([['The plan is a mess,', null]]);
  });
});
