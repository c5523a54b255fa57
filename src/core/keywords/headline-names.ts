// A feed item under a Title Case headline: the keyword reader leaves such a headline's words out as
// candidates (their capitals would make every word a name), so a person, organisation or place named
// only there ("2 Youths Planned Attacks on Taylor Swift's Vienna Concerts") was no keyword, though the
// headline names the story. The entity reader finds those names on evidence of their own
// (entities/title-names.ts); they lead the keywords of a short item.
import type { Entities } from '../types.js';
import { isTitleCase } from './keyword-text.js';

/** A body of at most this many words is a feed item's description, which may name nobody itself. */
const SHORT_BODY_WORDS = 60;

const WIDE_SPACE = /\s/u;

/** Whether `text` has more than `limit` words (runs of non-space): read only up to the limit, no copies. */
function hasMoreWords(text: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : WIDE_SPACE.test(text[i]!);
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

/** Whether the words of `name` stand side by side in `text`, as whole words, ignoring case. */
function names(text: string, name: string): boolean {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return pattern.test(text);
}

/**
 * The keywords with the names that a short item's Title Case headline gives and its body does not put
 * first, each once, and at most `limit` in all.
 */
export function withHeadlineNames(
  keywords: readonly string[],
  entities: Entities,
  title: string | undefined,
  body: string,
  limit: number,
): string[] {
  if (title === undefined || !isTitleCase(title)) return [...keywords];
  if (hasMoreWords(body, SHORT_BODY_WORDS)) return [...keywords];
  const shown = keywords.map((k) => k.toLowerCase());
  const added: string[] = [];
  for (const name of [...entities.people, ...entities.organizations, ...entities.places]) {
    const lower = name.toLowerCase();
    // "Taylor Swift" covers "Swift"; a keyword that holds the name ("Vienna State Opera") covers it too.
    if (shown.some((k) => names(k, lower) || names(lower, k))) continue;
    if (names(title, name) && !names(body, name)) added.push(name);
  }
  return [...added, ...keywords].slice(0, limit);
}
