// Keywords that are pieces of a name the article gives in full become that name: "Trump" becomes
// "Donald Trump", "Corps" and "Marine" become one "Marine Corps", "Victoria" becomes "Lake Victoria".
// A person is named by a surname, so a person's name must end with the piece; an organisation or a
// place may hold it anywhere. Titles glued into one word ("President-elect") are not keywords.
import { isNameWords } from '../text/name-particles.js';
import type { Entities } from '../types.js';

function isCapitalised(word: string): boolean {
  return word !== word.toLowerCase();
}

/** "President-elect", "Vice-chairman": a capital, a hyphen, then lower case. */
const TITLE_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/**
 * Offices and honorifics written before names ("President Bush", "Prime Minister Ariel Sharon", "Sir
 * Alan"): alone, they say nothing of the story. ("Queen" and "Pope" name one person and stay.)
 */
const OFFICE_WORDS = new Set(
  'President Minister Senator Secretary Chancellor Governor Mayor Premier Congressman Congresswoman Sir Lord Lady Mr Mrs Ms Dr'.split(
    ' ',
  ),
);

/** A middle initial as the entity reader writes it: "p.", "j.". */
const INITIAL = /^\p{L}\.$/u;

function holds(name: string[], part: string[], atEnd: boolean): boolean {
  for (let i = atEnd ? name.length - part.length : 0; i + part.length <= name.length; i++) {
    if (part.every((w, j) => w === name[i + j])) return true;
  }
  return false;
}

/** The fullest name among the entities that holds `keyword`, or the keyword itself. */
function fullName(keyword: string, entities: Entities): string {
  const part = keyword.toLowerCase().split(' ');
  const lists: Array<[string[], boolean]> = [
    [entities.people, true],
    [entities.organizations, false],
    [entities.places, false],
  ];
  // A keyword that is a name itself stays: "Kenya" is not "Kenya Red Cross".
  if (lists.some(([list]) => list.some((name) => name.toLowerCase() === keyword.toLowerCase())))
    return keyword;
  for (const [list, atEnd] of lists) {
    for (const name of list) {
      const words = name.toLowerCase().split(' ');
      // "Richard Feynman" is "Richard P. Feynman": a middle initial may be left out.
      const bare = words.filter((w) => !INITIAL.test(w));
      if (words.length > part.length && (holds(words, part, atEnd) || holds(bare, part, atEnd))) return name;
    }
  }
  return keyword;
}

/** At most `limit` keywords, name pieces replaced by the full names, each name once, in the keywords' order. */
export function withFullNames(keywords: readonly string[], entities: Entities, limit: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const keyword of keywords) {
    if (TITLE_COMPOUND.test(keyword) || OFFICE_WORDS.has(keyword)) continue;
    const shown = isName(keyword) ? fullName(keyword, entities) : keyword;
    const key = shown.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(shown);
  }
  // "Donald" beside "Donald Trump": a piece of a name already shown goes.
  const names = out.filter((k) => k.includes(' ') && isName(k)).map((k) => k.split(' '));
  return out
    .filter((k) => {
      const part = k.split(' ');
      return !isName(k) || !names.some((n) => n.length > part.length && holds(n, part, false));
    })
    .slice(0, limit);
}

/** Every word capitalised ("Donald Trump"), or a name with particles ("Bill de Blasio", "al-Baghdadi"). */
function isName(keyword: string): boolean {
  const words = keyword.split(' ');
  return words.every(isCapitalised) || isNameWords(words);
}
