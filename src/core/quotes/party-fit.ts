// "“…,” the Democratic nominee said": a party word in a role mention points at no one the article writes
// with another party ("Republican Matt Rosendale", "Sen. Ted Cruz (R-Texas)") or as one who reports or
// hosts ("Fox News reporter Ed Henry"): a wrong name is worse than none.
import type { Person } from './people.js';

/** Each party: the words that name it, and the letter of "(R-Texas)" when it has one. */
const PARTIES: { words: string; letter: string | null }[] = [
  { words: String.raw`Liberal Democrats?|Lib Dems?`, letter: null },
  { words: String.raw`Republicans?|GOP`, letter: 'R' },
  { words: String.raw`Democra(?:ts?|tic)`, letter: 'D' },
  { words: String.raw`Conservatives?|Tory|Tories`, letter: null },
  { words: String.raw`Labour`, letter: null },
];

/** Those who ask the questions rather than run for office. */
const MEDIA_ROLES = String.raw`hosts?|anchors?|reporters?|correspondents?|moderators?|interviewers?|journalists?|columnists?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const CAPITALISED = String.raw`(?:[A-Z][\p{L}.’'-]*\s)`;

/**
 * The words or role right before a name, or before two names joined by "and": "Republican presidential
 * nominee Donald Trump", "Labour's Tony Blair", "hosts Joe Scarborough and Mika Brzezinski".
 */
function writtenBefore(text: string, words: string, surname: string): boolean {
  const before = String.raw`(?<![\p{L}])(?:${words})(?:[’']s)?\s(?:[a-z][a-z-]*\s){0,3}${CAPITALISED}{0,3}(?:and\s${CAPITALISED}{0,3})?${surname}\b`;
  return new RegExp(before, 'u').test(text);
}

/**
 * False when `written` names a party ("the Democratic nominee") and `text` writes `person` with another
 * party (before the name, or as "Cruz (R-Texas)") or with a role of the press before the name.
 */
export function fitsParty(text: string, written: string, person: Person): boolean {
  const party = PARTIES.find((p) => new RegExp(String.raw`\b(?:${p.words})\b`, 'u').test(written));
  if (party === undefined) return true;
  const surname = escape(person.words[person.words.length - 1] ?? '');
  if (surname.length === 0) return false;
  if (writtenBefore(text, MEDIA_ROLES, surname)) return false;
  return PARTIES.every(
    (other) =>
      other === party ||
      (!writtenBefore(text, other.words, surname) &&
        (other.letter === null ||
          !new RegExp(String.raw`\b${surname},?\s\(?${other.letter}-[A-Z]`, 'u').test(text))),
  );
}
