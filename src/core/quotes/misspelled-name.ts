// A surname the article misspells once ("McLenney" for Tyresha McClenney, "Keidis" for Anthony Kiedis):
// a lone word one letter away from the surname of exactly one person the article names in full is that
// person, so the full name is shown rather than the misspelling.

import type { People, Person } from './people.js';

/** Shorter surnames differ by one letter too often ("Bush"/"Rush") to be taken for a misspelling. */
const MIN_LENGTH = 5;

/** True when `a` becomes `b` by one inserted, dropped, changed or swapped letter (and a ≠ b). */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The person written in full whose surname `person`'s lone word misspells, or `person` itself when there
 * is none or more than one. The first letter must agree.
 */
export function correctMisspelledSurname(people: People, person: Person): Person {
  const word = person.words.length === 1 ? (person.words[0] ?? '') : '';
  if (word.length < MIN_LENGTH) return person;
  const lower = word.toLowerCase();
  const matches = people.people.filter((p) => {
    const surname = (p.words[p.words.length - 1] ?? '').toLowerCase();
    return p.words.length >= 2 && surname[0] === lower[0] && isOneEditApart(lower, surname);
  });
  return matches.length === 1 ? (matches[0] ?? person) : person;
}
