// What two reports of one event share when their text differs: distinctive names, keywords, headline
// words and numbers. Furniture that many unrelated articles carry (a byline, an editor's note, a newsletter
// prompt) is removed first, so it never counts as something two stories share.

import { STOPWORDS } from '../text/stopwords.js';
import type { StoryInput } from './story-input.js';

const TITLE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Lines that belong to the site, not the story. */
const FURNITURE_LINE =
  /^\s*(?:by(?:line)?:|by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$|-\s*[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\.?\s*$|editor['’]?s note|follow\s|sign up|subscribe|related:|read more|share this|advertisement|copyright|©)/iu;
/** An editor's note inside a paragraph runs to the paragraph's end. */
const EDITORS_NOTE = /editor['’]?s note:[^\n]*/giu;
const NUMBER = /\d[\d,]*(?:\.\d+)?/gu;

/** Content words of a headline, lower case, with possessives and a plural -s folded away. */
export function collectTitleWords(title: string): Set<string> {
  const words = new Set<string>();
  for (const match of title.matchAll(TITLE_WORD)) {
    let word = match[0].toLowerCase().replace(/['’]s$/u, '');
    if (STOPWORDS.has(word)) continue;
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    words.add(word);
  }
  return words;
}

/** The text without bylines, editor's notes and other furniture lines. */
export function removeFurniture(text: string): string {
  return text
    .replace(EDITORS_NOTE, '')
    .split('\n')
    .filter((line) => !FURNITURE_LINE.test(line))
    .join('\n');
}

/** Numbers that single out an event: not years, not counts below ten. */
function collectNumbers(text: string, into: Set<string>): void {
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[0].replace(/,/gu, '');
    const value = Number(digits);
    if (!Number.isFinite(value) || value < 10) continue;
    if (!digits.includes('.') && value >= 1900 && value <= 2100) continue;
    into.add(`n:${digits}`);
  }
}

/** Words of the story's opening: where every report of an event states what happened. */
const LEAD_WORDS = 80;

function collectLeadWords(text: string, into: Set<string>): void {
  let count = 0;
  for (const match of text.matchAll(TITLE_WORD)) {
    if (++count > LEAD_WORDS) break;
    const word = match[0].toLowerCase().replace(/['’]s$/u, '');
    if (word.length < 3 || STOPWORDS.has(word) || /^\d/u.test(word)) continue;
    into.add(`w:${word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word}`);
  }
}

/**
 * The terms an item can share with another report of its event: `t:` headline words, `e:` names, `k:`
 * keywords and `n:` numbers. Names and keywords count only when the text outside its furniture still
 * holds them, so an editor's note naming the same people joins nothing.
 */
export function collectStoryTerms(item: StoryInput): Set<string> {
  const terms = new Set<string>();
  for (const w of collectTitleWords(item.title)) terms.add(`t:${w}`);
  const clean = item.text === undefined ? null : removeFurniture(item.text);
  const lower = clean?.toLowerCase() ?? null;
  const held = (phrase: string) => lower === null || lower.includes(phrase);
  const entities = item.entities;
  if (entities) {
    for (const name of [...entities.people, ...entities.organizations, ...entities.places]) {
      const key = name.toLowerCase();
      if (held(key)) terms.add(`e:${key}`);
    }
  }
  for (const keyword of item.keywords ?? []) {
    const key = keyword.toLowerCase();
    if (held(key)) terms.add(`k:${key}`);
  }
  if (clean !== null) {
    collectNumbers(clean, terms);
    collectLeadWords(clean, terms);
  }
  return terms;
}
