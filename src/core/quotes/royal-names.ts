// Royal and papal titles stay part of the one name they precede: "Prince Charles" is not the "Charles
// Kennedy" an article names later, and "Pope Francis" is shown so, not as "Francis".

import { holdingEvery, keyOf } from './name-match.js';
import type { Person } from './people.js';

const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress']);

/** A royal title and the one name word after it ("Prince", "Charles"), or undefined for any other name. */
export function royalName(titles: readonly string[], words: string[]): string[] | undefined {
  const title = titles[titles.length - 1];
  if (words.length !== 1 || title === undefined || !ROYAL_TITLES.has(keyOf(title))) return undefined;
  return [title, words[0] ?? ''];
}

/**
 * The person a royal name stands for: the one the article titled so in full ("Prince Alwaleed" after
 * "Saudi Prince Alwaleed bin Talal"), or else a person of its own, made with `add`.
 */
export function pickRoyal(people: Person[], words: string[], add: (words: string[]) => Person): Person {
  const [title = '', name = ''] = words.map(keyOf);
  const titled = holdingEvery(people, [name]).filter(
    (p) => p.roles.has(title) || keyOf(p.words[0] ?? '') === title,
  );
  return titled.length === 1 ? (titled[0] as Person) : add(words);
}
