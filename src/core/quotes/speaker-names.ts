// The name shown for a speaker mention: the person it stands for, written in full, or null when the
// mention names no person the article lets a reader identify ("it", "the letter", "a spokesman", "the
// IMF"). A wrong name is worse than none, so every doubtful case ends in null.

import { splitName } from './names.js';
import { looksLikePersonName, personWords, type People } from './people.js';
import { resolveDefiniteRole, resolveName, resolvePronoun, resolveRole } from './people-resolve.js';

/** Role nouns that point back at a person the article titled so: "the senator", "the former president". */
const ROLE_HEADS = new Set(
  (
    'president senator mayor governor secretary chairman chairwoman nominee candidate minister judge ' +
    'congressman congresswoman representative commissioner director chief spokesman spokeswoman leader ' +
    'speaker ambassador sheriff businessman businesswoman host premier chancellor general prosecutor'
  ).split(' '),
);
const DETERMINER_START = /^(?:the|a|an|his|her|their|its|one|another|this|that|some)\s/iu;
/** Where the name part of a mention ends: an appositive, a parenthesis, "of the Sierra Club". */
const NAME_PART_END = /,|\(|\s(?:of|from|at|for|who|whose|and|with)\s/u;
const CAP_TOKEN = /^(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|de|van|von|bin|da|di|del|la|le)$/u;

/** The capitalised words that end a mention ("Trump lawyer Marc Kasowitz" → "Marc Kasowitz"). */
function readNamePart(written: string): string[] | null {
  // The name starts at the first capital: "master of ceremonies Asab Al-Tabchi" is not cut at its "of".
  const firstCapital = /(?:^|\s)[A-Z\u00C0-\u00DE]/u.exec(written)?.index ?? 0;
  const cut = NAME_PART_END.exec(written.slice(firstCapital));
  const part = (cut === null ? written : written.slice(0, firstCapital + cut.index)).trim();
  const tokens = part.split(/\s+/u).filter((t) => t.length > 0);
  let first = tokens.length;
  while (first > 0 && CAP_TOKEN.test(tokens[first - 1] ?? '')) first--;
  if (first === tokens.length) return null;
  const { words } = splitName(tokens.slice(first).join(' '));
  const name = personWords(words);
  return name.length > 0 ? name : null;
}

/** The full name of the person `written` (at `start`) stands for, or null. */
export function nameSpeaker(people: People, written: string, start: number): string | null {
  const lower = written.toLowerCase();
  if (lower === 'he' || lower === 'she') {
    return resolvePronoun(people, start, lower === 'he' ? 'm' : 'f')?.words.join(' ') ?? null;
  }
  const words = readNamePart(written);
  if (words !== null) {
    const person = resolveName(people, start, words);
    if (person !== null) return person.words.join(' ');
    // A lone word the article never uses for a person ("Transcript", "The Nation") is not shown.
    return words.length > 1 && looksLikePersonName(words) ? words.join(' ') : null;
  }
  if (DETERMINER_START.test(written)) {
    const head = /([a-z]+)\W*$/u.exec(lower)?.[1] ?? '';
    if (ROLE_HEADS.has(head)) {
      // "the senator" points back; "a spokesman" is someone new, named only if the article titled them so.
      const person = /^the\s/iu.test(written)
        ? resolveDefiniteRole(people, start, head)
        : resolveRole(people, start, head);
      return person?.words.join(' ') ?? null;
    }
  }
  return null;
}
