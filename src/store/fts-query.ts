// Turns what a user typed into a safe FTS5 query. Every term becomes a quoted string, so no user
// text is read as FTS syntax (`"a" OR (`, `*`, `NEAR(` …); a quoted phrase stays a phrase.

import { cjkTerms, hasCjk } from '../core/text/index.js';

const TERM = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function termsOf(text: string): string[] {
  return text.match(TERM) ?? [];
}

/** A phrase's terms as searched: a word in a script without spaces becomes the phrase of its characters. */
function phraseTermsOf(text: string): string[] {
  return termsOf(text).flatMap((term) => (hasCjk(term) ? cjkTerms(term) : [term]));
}

/**
 * The most terms a query is searched with. Each term is one more posting list to intersect, and a
 * thousand common words took over a minute; no real query needs more.
 */
export const MAX_QUERY_TERMS = 32;

/** What the user typed, in order: loose terms and quoted phrases (a phrase's words all count as terms). */
function partsOf(userText: string): Array<{ terms: string[]; phrase: boolean }> {
  const parts: Array<{ terms: string[]; phrase: boolean }> = [];
  const phrase = /"([^"]*)"/g;
  let rest = '';
  let last = 0;
  for (let m = phrase.exec(userText); m !== null; m = phrase.exec(userText)) {
    rest += userText.slice(last, m.index) + ' ';
    last = m.index + m[0].length;
    const terms = phraseTermsOf(m[1] ?? '');
    if (terms.length > 0) parts.push({ terms, phrase: true });
  }
  rest += userText.slice(last);
  for (const term of termsOf(rest.replace(/"/g, ' '))) {
    // 宇航员 is looked for as the phrase 宇 航 员 (see core/text/cjk-spacing.ts).
    if (hasCjk(term)) parts.push({ terms: cjkTerms(term), phrase: true });
    else parts.push({ terms: [term], phrase: false });
  }
  return parts;
}

/** How many terms the text holds, counted as buildMatchQuery counts them. */
export function countQueryTerms(userText: string): number {
  return partsOf(userText).reduce((n, part) => n + part.terms.length, 0);
}

/** One part of a query as searched: its terms, whether they are a phrase, whether the last is a prefix. */
export interface SearchPart {
  terms: string[];
  phrase: boolean;
  prefix: boolean;
}

/**
 * The parts of what the user typed that are searched: terms past MAX_QUERY_TERMS are left out, and
 * with `prefixLast` the last loose word (not followed by a space) matches as a prefix. Both backends
 * build their queries from these, so they search for the same thing.
 */
export function searchParts(userText: string, options: { prefixLast?: boolean } = {}): SearchPart[] {
  const out: SearchPart[] = [];
  let room = MAX_QUERY_TERMS;
  const parts = partsOf(userText);
  for (const [i, part] of parts.entries()) {
    if (room === 0) break;
    const terms = part.terms.slice(0, room);
    room -= terms.length;
    const isLastWord = !part.phrase && i === parts.length - 1 && !/\s$/.test(userText);
    out.push({ terms, phrase: part.phrase, prefix: options.prefixLast === true && isLastWord });
  }
  return out;
}

/**
 * All terms must match (implicit AND); `"two words"` must match as a phrase. Returns null when the
 * text holds no searchable term at all (only punctuation or emoji, say). Terms past
 * MAX_QUERY_TERMS are left out (callers that can talk to the user check countQueryTerms first).
 */
export function buildMatchQuery(userText: string, options: { prefixLast?: boolean } = {}): string | null {
  const out = searchParts(userText, options).map((part) => {
    const text = quote(part.terms.join(' '));
    return part.prefix ? `${text}*` : text;
  });
  return out.length > 0 ? out.join(' ') : null;
}

/** Escapes `%`, `_` and the escape character itself for a LIKE pattern with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Candidates read for a headline typed in Chinese, Japanese or Korean, before the headline itself is checked. */
export const CJK_HEADLINE_CANDIDATES = 200;

/**
 * For headline completion in scripts written without spaces, which the headline index reads as whole
 * runs: the runs typed, to be found in the headline itself (the full-text match also finds them in the
 * text). Null when nothing typed is in such a script.
 */
export function cjkHeadlineRuns(typed: string): string[] | null {
  const runs = termsOf(typed.toLowerCase()).filter(hasCjk);
  return runs.length > 0 ? runs : null;
}

/** The rows whose headline holds every typed run, at most `limit`. */
export function withHeadlineRuns<T extends { title: string }>(rows: T[], runs: string[], limit: number): T[] {
  return rows.filter((row) => runs.every((run) => row.title.toLowerCase().includes(run))).slice(0, limit);
}
