// Headline words, and the text without its furniture: what many unrelated articles carry (a byline, an
// editor's note, a newsletter prompt) is removed before two stories are compared, so it never counts as
// something they share.

import { STOPWORDS } from '../text/stopwords.js';

const TITLE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Lines that belong to the site, not the story. */
const FURNITURE_LINE =
  /^\s*(?:by(?:line)?:|by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$|-\s*[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\.?\s*$|editor['’]?s note|follow\s|sign up|subscribe|related:|read more|share this|advertisement|copyright|©)/iu;
/** Prompts anywhere in a short line: "Get our politics newsletter in your inbox every morning." */
const PROMPT_LINE =
  /\b(?:newsletters?|in your inbox|sign up|subscribe|follow us|download (?:our|the) app|click here)\b/iu;
const PROMPT_MAX_LENGTH = 200;
/** An editor's note inside a paragraph runs to the paragraph's end. */
const EDITORS_NOTE = /editor['’]?s note:[^\n]*/giu;

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
    .filter(
      (line) => !FURNITURE_LINE.test(line) && !(line.length <= PROMPT_MAX_LENGTH && PROMPT_LINE.test(line)),
    )
    .join('\n');
}
