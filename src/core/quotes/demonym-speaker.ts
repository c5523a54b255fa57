// "“…,” the Swede said": a word for where someone is from, pointing back at the one person the article
// wrote with that word before their name ("Swede Jonas Bjorkman", "the Argentine David Nalbandian").
// Two people written so, or none, and the mention names no one: a wrong name is worse than none.
import { splitName } from './names.js';
import { insideAny, MAX_DISTANCE, personWords, type People, type Person } from './people.js';
import { resolveName } from './people-resolve.js';

const NAME = String.raw`[A-Z\u00C0-\u00DE][\p{L}’'.-]*(?:[ \u00a0][A-Z\u00C0-\u00DE][\p{L}’'.-]*){0,3}`;

/** The person "the Kenyan" at `pos` stands for, or null when the article wrote no one, or several, so. */
export function nameOfDemonym(people: People, pos: number, demonym: string): Person | null {
  const from = Math.max(0, pos - MAX_DISTANCE);
  const before = people.text.slice(from, pos);
  const word = (demonym[0] ?? '').toUpperCase() + demonym.slice(1);
  const pattern = new RegExp(String.raw`(?<![\p{L}’'-])${word}[ \u00a0]+(${NAME})`, 'gu');
  const found = new Set<Person>();
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before)) {
    if (insideAny(people.quotes, from + m.index)) continue;
    const words = personWords(splitName(m[1] ?? '').words);
    const person = words.length < 2 ? null : resolveName(people, from + m.index, words);
    if (person === null) return null;
    found.add(person);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
