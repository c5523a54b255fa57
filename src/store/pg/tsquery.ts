// What the user typed, as PostgreSQL text search queries built from the same parts as SQLite's FTS5
// queries (searchParts in ../fts-query.ts), so both backends search for the same terms. No user text
// is read as query syntax: every term is quoted.
import { searchParts } from '../fts-query.js';

/**
 * Text for websearch_to_tsquery: each part in double quotes (a loose term, or a phrase), all of them
 * required. websearch_to_tsquery never raises a syntax error; quoting also keeps a typed `or` or `-`
 * a word. Null when nothing searchable was typed.
 */
export function websearchText(userText: string): string | null {
  const parts = searchParts(userText);
  return parts.length > 0
    ? parts.map((p) => `"${p.terms.join(' ').replace(PUNCTUATION, ' ').trim()}"`).join(' ')
    : null;
}

/**
 * Every ASCII character that is neither a letter nor a digit, as a PostgreSQL regular expression (ranges
 * 0x21–0x2F, 0x3A–0x40, 0x5B–0x60, 0x7B–0x7E): the indexed text and the query both have these runs made
 * spaces, so PostgreSQL's parser meets only words and numbers, as FTS5 does.
 */
export const SEARCH_PUNCTUATION = '[!-/:-@[-`{-~]+';
const PUNCTUATION = new RegExp(SEARCH_PUNCTUATION, 'g');

const lexeme = (term: string): string => `'${term.replace(/'/g, "''")}'`;

/** Text for to_tsquery in word-prefix completion: every word required, the last typed one a prefix. */
export function prefixQueryText(userText: string): string | null {
  const parts = searchParts(userText, { prefixLast: true }).map((p) => {
    if (p.phrase) return `(${p.terms.map(lexeme).join(' <-> ')})`;
    const term = lexeme(p.terms[0] ?? '');
    return p.prefix ? `${term}:*` : term;
  });
  return parts.length > 0 ? parts.join(' & ') : null;
}
