// Whether a cue's subject can be anyone at all: "The", "Eight" and "On Tuesday" cannot.

import { CALENDAR_WORDS, DETERMINERS, LEADING_FUNCTION_WORDS, STOP_WORDS } from './quote-cues.js';
import type { Mention } from './speakers.js';

const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands million millions billion dozen dozens first second third last'
  ).split(' '),
);

/**
 * False for a mention that cannot be anyone: made only of determiners, numbers, dates and function
 * words ("The", "Eight", "Tuesday", "On Tuesday").
 */
export function isPossibleSpeaker(text: string, mention: Mention): boolean {
  const words = text
    .slice(mention.start, mention.end)
    .split(/[\s,]+/u)
    .filter((w) => w.length > 0);
  return words.some((raw) => {
    const w = raw.toLowerCase().replace(/[.’']s?$/u, '');
    return !(
      DETERMINERS.has(w) ||
      NUMBER_WORDS.has(w) ||
      CALENDAR_WORDS.test(w) ||
      STOP_WORDS.has(w) ||
      LEADING_FUNCTION_WORDS.has(w) ||
      /^[\d.,:/-]+(?:st|nd|rd|th|s)?$/u.test(w)
    );
  });
}
