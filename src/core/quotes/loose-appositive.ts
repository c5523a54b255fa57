// A name whose appositive lost its closing comma: "Anthony Anton, president and CEO of the association
// stated", "Nate Silver, the polling guru who founded the site tweeted". The writer meant "Name, …, said";
// the name opens its clause and the appositive is a relative clause or a role "of" something. After a
// quote, an aside between dashes is read the same way ("“…,” Ann Lee — an aide to the mayor — said").

import { CALENDAR_WORDS, CUE_WORDS, LEADING_FUNCTION_WORDS, NAME, STOP_WORDS } from './quote-cues.js';
import type { Mention } from './speakers.js';

/** Words that open a clause rather than an appositive after a comma. */
const NOT_APPOSITIVE = String.raw`(?:and|or|but|in|on|at|to|for|with|from|by|as|if|when|while|after|before|because|so|then|said|says)\s`;
/** The appositive: a relative clause or a role "of" something, no comma, mark or full stop inside. */
const INSIDE = String.raw`(?:[^,;:“”"\n.]|\.(?=\S))`;
const OPEN_APPOSITIVE = String.raw`,\s(?!${NOT_APPOSITIVE})(?:who\s|(?:the|an?|[a-z][a-z-]*)\s${INSIDE}*?\b(?:who|of)\s)${INSIDE}*`;

/** Before a cue: the name opening the clause, then the appositive up to the cue. */
const BEFORE_CUE = new RegExp(String.raw`^\s*(${NAME})${OPEN_APPOSITIVE}$`, 'u');
/** An aside between dashes: ` — then an adviser to the president —`. */
const DASH_APPOSITIVE = String.raw`[ \u00a0]+(?:—|–|--|-)[ \u00a0][^—–“”"\n]{3,120}?[ \u00a0](?:—|–|--|-)`;
/** After a closing mark: `,” Nate Silver, the guru who founded it tweeted`, `,” Ann Lee — his aide — said`. */
const AFTER_MARK = new RegExp(
  String.raw`[ \u00a0,—–-]*(${NAME})(?:${OPEN_APPOSITIVE}|${DASH_APPOSITIVE})\s(?:${CUE_WORDS})\b`,
  'uy',
);

/** True for a name of two words or more that is no opening phrase ("In Iowa", "Last Tuesday"). */
function isNameLike(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0]?.toLowerCase() ?? '';
  return (
    words.length >= 2 &&
    !LEADING_FUNCTION_WORDS.has(first) &&
    !STOP_WORDS.has(first) &&
    !/(?:ing|ed)$/u.test(first) &&
    !words.some((w) => CALENDAR_WORDS.test(w))
  );
}

/** The name opening [from, to) when an appositive without its closing comma runs to `to`. */
export function readUnclosedAppositiveBefore(text: string, from: number, to: number): Mention | null {
  const m = BEFORE_CUE.exec(text.slice(from, to));
  if (m === null || m[1] === undefined || !isNameLike(m[1])) return null;
  const start = from + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** The name right after a closing mark at `from` when its appositive runs without a comma to a cue. */
export function readUnclosedAppositiveAfter(text: string, from: number): Mention | null {
  AFTER_MARK.lastIndex = from;
  const m = AFTER_MARK.exec(text);
  if (m === null || m[1] === undefined || !isNameLike(m[1])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
