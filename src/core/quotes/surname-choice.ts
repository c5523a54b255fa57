// Which of several people sharing a surname a bare "Trump" stands for: the one just named as a subject
// in the same paragraph, or the one named first when the article keeps the others apart by writing them
// with the given name every time.

import { givenNames } from './name-match.js';
import type { Person, PersonMention } from './people.js';

/** Where each person was written in full (with a given name), in document order. */
export type FullMentions = Map<Person, number[]>;

/** Note a mention of `person` at `start` written as `words` when it carries a given name. */
export function noteFullMention(full: FullMentions, person: Person, words: string[], start: number): void {
  if (words.length < 2 || givenNames(words).length === 0) return;
  const list = full.get(person);
  if (list === undefined) full.set(person, [start]);
  else list.push(start);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** How far back (characters) a subject named just before a bare surname is the one it stands for. */
const NEAR = 400;

/**
 * The person a bare surname at `pos` stands for among `fitting` (people bearing it): the one just named
 * as a subject in the same paragraph; else the one the article named first, when each one it named later
 * has been written in full at least twice since ("Donald Trump … Eric Trump said … Eric Trump added …
 * Trump tweeted": the son is kept apart by his given name, so the bare surname is the father); else the
 * only one written in full before it. Null when none of these tells them apart.
 */
export function readBareSurname(
  surname: string,
  fitting: Person[],
  full: FullMentions,
  text: string,
  mentions: PersonMention[],
  pos: number,
): Person | null {
  // "Bill Clinton spoke with voters. … Clinton said, “…”": the one just named as a subject, in the same
  // paragraph, is meant; a possessive ("Eric Trump’s remarks came after …") ends the look back.
  const SURNAME_AT_END = new RegExp(String.raw`(?:^|\s)${escape(surname)}(?:[’']s)?$`, 'iu');
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as PersonMention;
    if (pos - m.end > NEAR || text.slice(m.end, pos).includes('\n')) break;
    // A given name alone ("Tom told her") does not say which of the family the surname is.
    if (m.person === null || !fitting.includes(m.person) || !SURNAME_AT_END.test(text.slice(m.start, m.end)))
      continue;
    if (m.oblique) break;
    // "Betsy Eber and her husband, Tom Eber, knocked. Eber has known her for years": not a name set
    // off by commas as an appositive.
    if (text[m.end] === ',' && /,[ \u00a0]$/u.test(text.slice(m.start - 2, m.start))) continue;
    return m.person;
  }
  // "Rhys Williams says … said Williams", with Matt Williams named only later: the one introduced so far.
  const named = fitting.filter((p) => (full.get(p)?.[0] ?? Infinity) < pos);
  if (named.length === 1) return named[0] ?? null;
  let first: Person | null = null;
  let firstAt = Infinity;
  for (const p of fitting) {
    const at = full.get(p)?.[0];
    if (at === undefined) return null;
    if (at < firstAt) {
      first = p;
      firstAt = at;
    }
  }
  for (const p of fitting) if (p !== first && (full.get(p)?.length ?? 0) < 2) return null;
  return first;
}
