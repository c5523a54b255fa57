// "“…,” the Democrat said" with no one written as a Democrat nearby (#15: "the Texan" / "the Democrat"
// with no full name): a party word in a role mention points at no one the article writes with another
// party or as one of the press; it still points at the subject when nothing says otherwise.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

/** The quoted words and the name shown for each quote of `text`. */
function shown(text: string): [string, string | null][] {
  return attributions(text).map(([quoted, , name]) => [quoted, name]);
}

describe('speakers: a party word in a role mention', () => {
  it('names no one of another party, nor a reporter or host the paragraph was about', () => {
    expect(
      shown(
        'Sen. Jon Tester spoke first. Republican Matt Rosendale answered him. “We will win this state,” the Democrat said.',
      ),
    ).toEqual([['We will win this state,', null]]);
    expect(
      shown(
        'Asked by Fox News reporter Ed Harlan whether the files were gone, the Democratic nominee laughed: “What files?”',
      ),
    ).toEqual([['What files?', null]]);
    expect(
      shown(
        'Rep. Frank Guinta (R-N.H.) took questions on Monday. “This bill is a mistake,” the Democrat said.',
      ),
    ).toEqual([['This bill is a mistake,', null]]);
  });

  it('keeps the subject the paragraph is about when the article gives no other party', () => {
    expect(shown('Ben Carson spoke in Ohio on Friday. “We must cut red tape,” the Republican said.')).toEqual(
      [['We must cut red tape,', 'Ben Carson']],
    );
    expect(
      shown(
        'Republican Frank Guinta took questions on Monday. “This bill is a mistake,” the Republican said.',
      ),
    ).toEqual([['This bill is a mistake,', 'Frank Guinta']]);
  });
});
