// The filter language of live posts and alerts, as /search reads a query: words, "quoted phrases",
// -excluded terms, OR between two terms, title:/source:/author:/tag: to look in one field only, and
// /regular expressions/ between slashes. Parsing returns a problem code with its position; the words for it
// are chosen at the edge. Pure: the caller passes in the check for catastrophic patterns (safe-regex2 lives
// at the edge), and runs the matching under a time limit there.

import { hasCjk, spaceCjk } from './text/cjk-spacing.js';

export type FilterField = 'title' | 'text' | 'source' | 'author' | 'tags';

export interface FilterTerm {
  /** Lower-case words; more than one is a phrase (the words in a row). Empty for a regular expression. */
  words: string[];
  /** A regular expression between slashes, matched against the field's text as written. */
  regex: RegExp | null;
  /** null: any field. */
  field: FilterField | null;
  /** The term as typed, for explanations. */
  raw: string;
}

/** Every group must match (AND); a group matches when one of its terms does (OR). No excluded term may match. */
export interface Filter {
  groups: FilterTerm[][];
  excluded: FilterTerm[];
}

export type FilterProblemCode =
  | 'empty'
  | 'too-long'
  | 'unclosed-quote'
  | 'empty-term'
  | 'dangling-or'
  | 'excluded-or'
  | 'unclosed-regex'
  | 'regex-flags'
  | 'regex-too-long'
  | 'regex-invalid'
  | 'regex-unsafe';

export interface FilterProblem {
  code: FilterProblemCode;
  /** 0-based offset in the filter text where the problem is. */
  position: number;
  /** How many characters from `position` are at fault (the whole regular expression, say), when known. */
  length?: number;
  /** The engine's own words for an invalid regular expression ("Unterminated group"). */
  detail?: string;
}

export type FilterResult = { ok: true; filter: Filter } | { ok: false; problem: FilterProblem };

export const FILTER_MAX_LENGTH = 300;
/** The longest pattern between slashes: long patterns are where slow ones hide, and no news filter needs more. */
export const FILTER_REGEX_MAX_LENGTH = 100;
/** Flags a pattern may carry: g and y keep state between matches, d and v buy nothing here. */
const REGEX_FLAGS = 'imsu';

export interface FilterChecks {
  /** False for a pattern that can backtrack catastrophically (the edge passes safe-regex2). */
  isSafeRegex: (pattern: RegExp) => boolean;
}

const FIELDS: Record<string, FilterField> = {
  title: 'title',
  source: 'source',
  author: 'author',
  tag: 'tags',
  tags: 'tags',
  text: 'text',
};
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Lower case without accents: "Café" and "cafe" match. */
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text's words; in scripts written without spaces, each character is a word (see cjk-spacing.ts). */
export function wordsOf(text: string): string[] {
  const plain = normalize(text);
  return (hasCjk(plain) ? spaceCjk(plain) : plain).match(WORD) ?? [];
}

interface Token {
  text: string;
  position: number;
  quoted: boolean;
  /** Set when the token's body is a pattern between slashes. */
  regex?: { source: string; flags: string; position: number };
}

/** Where a token's body starts: after a leading - and a known field prefix. */
function bodyStart(input: string, start: number): number {
  let at = input[start] === '-' ? start + 1 : start;
  const prefix = /^([a-z]+):/i.exec(input.slice(at, at + 10));
  if (prefix && FIELDS[(prefix[1] as string).toLowerCase()]) at += prefix[0].length;
  return at;
}

/** The index of the slash that closes the pattern opened at `open`, skipping escapes and [classes]; -1 if none. */
function closingSlash(input: string, open: number): number {
  let inClass = false;
  for (let i = open + 1; i < input.length; i++) {
    const c = input[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i;
  }
  return -1;
}

/** Reads /pattern/flags at `open`: the pattern may hold spaces; the flags run to the next space. */
function readRegex(
  input: string,
  open: number,
): { token: Token['regex'] & object; end: number } | FilterProblem {
  const close = closingSlash(input, open);
  if (close === -1) return { code: 'unclosed-regex', position: open, length: input.length - open };
  let end = close + 1;
  while (end < input.length && !/\s/.test(input[end] as string)) end++;
  return {
    token: { source: input.slice(open + 1, close), flags: input.slice(close + 1, end), position: open },
    end,
  };
}

/** Splits into tokens: runs of non-space, with a quoted part or a /pattern/ (which may hold spaces) kept whole. */
function tokenize(input: string): Token[] | FilterProblem {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i] as string)) {
      i++;
      continue;
    }
    const start = i;
    const body = bodyStart(input, start);
    if (input[body] === '/') {
      const read = readRegex(input, body);
      if ('code' in read) return read;
      tokens.push({ text: input.slice(start, read.end), position: start, quoted: false, regex: read.token });
      i = read.end;
      continue;
    }
    let quoted = false;
    while (i < input.length && !/\s/.test(input[i] as string)) {
      if (input[i] === '"') {
        const close = input.indexOf('"', i + 1);
        if (close === -1) return { code: 'unclosed-quote', position: i };
        quoted = true;
        i = close + 1;
      } else i++;
    }
    tokens.push({ text: input.slice(start, i), position: start, quoted });
  }
  return tokens;
}

/** Compiles a pattern between slashes, refusing bad flags, long, invalid and catastrophic patterns. */
function toRegex(found: NonNullable<Token['regex']>, checks: FilterChecks): RegExp | FilterProblem {
  const { source, flags, position } = found;
  const whole = source.length + flags.length + 2;
  const flagsAt = position + source.length + 2;
  for (const [i, flag] of [...flags].entries())
    if (!REGEX_FLAGS.includes(flag) || flags.indexOf(flag) !== i)
      return { code: 'regex-flags', position: flagsAt + i, length: 1 };
  if (source === '') return { code: 'empty-term', position, length: whole };
  if (source.length > FILTER_REGEX_MAX_LENGTH) return { code: 'regex-too-long', position, length: whole };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    const detail = /: ([^:]+)$/.exec((error as Error).message)?.[1] ?? (error as Error).message;
    return { code: 'regex-invalid', position, length: whole, detail };
  }
  if (!checks.isSafeRegex(regex)) return { code: 'regex-unsafe', position, length: whole };
  return regex;
}

function toTerm(
  token: Token,
  body: string,
  offset: number,
  checks: FilterChecks,
): FilterTerm | FilterProblem {
  let field: FilterField | null = null;
  let rest = body;
  const colon = /^([a-z]+):/i.exec(rest);
  const named = colon ? FIELDS[(colon[1] as string).toLowerCase()] : undefined;
  if (colon && named) {
    field = named;
    rest = rest.slice(colon[0].length);
  }
  if (token.regex) {
    const regex = toRegex(token.regex, checks);
    if ('code' in regex) return regex;
    return { words: [], regex, field, raw: token.text };
  }
  const words = wordsOf(rest.replace(/"/g, ' '));
  if (words.length === 0) return { code: 'empty-term', position: offset };
  return { words, regex: null, field, raw: token.text };
}

export function parseFilter(input: string, checks: FilterChecks): FilterResult {
  if (input.length > FILTER_MAX_LENGTH)
    return { ok: false, problem: { code: 'too-long', position: FILTER_MAX_LENGTH } };
  const tokens = tokenize(input);
  if (!Array.isArray(tokens)) return { ok: false, problem: tokens };
  const groups: FilterTerm[][] = [];
  const excluded: FilterTerm[] = [];
  let joinNext = false;
  for (const [index, token] of tokens.entries()) {
    if (token.text === 'OR' && !token.quoted) {
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      if (!previous || !next || groups.length === 0 || joinNext || (next.text === 'OR' && !next.quoted)) {
        return { ok: false, problem: { code: 'dangling-or', position: token.position } };
      }
      if (previous.text.startsWith('-') || next.text.startsWith('-'))
        return { ok: false, problem: { code: 'excluded-or', position: token.position } };
      joinNext = true;
      continue;
    }
    const negative = token.text.startsWith('-') && token.text.length > 0;
    const term = toTerm(token, negative ? token.text.slice(1) : token.text, token.position, checks);
    if ('code' in term) return { ok: false, problem: term };
    if (negative) excluded.push(term);
    else if (joinNext) (groups[groups.length - 1] as FilterTerm[]).push(term);
    else groups.push([term]);
    joinNext = false;
  }
  if (groups.length === 0 && excluded.length === 0)
    return { ok: false, problem: { code: 'empty', position: 0 } };
  return { ok: true, filter: { groups, excluded } };
}

/** What a filter is matched against: the article's fields. */
export interface FilterSubject {
  title: string;
  text: string;
  source: string | null;
  author: string | null;
  tags: readonly string[];
}

/** Each field's texts as written (for patterns: one per tag) and its words (for words and phrases), once per article. */
export interface FilterWords {
  texts: Record<FilterField, readonly string[]>;
  words: Record<FilterField, string[]>;
}

export function filterWordsOf(subject: FilterSubject): FilterWords {
  // A missing source or author has no text at all, so a pattern that matches the empty string does not find it.
  const present = (value: string | null) => (value ? [value] : []);
  return {
    texts: {
      title: [subject.title],
      text: [subject.text],
      source: present(subject.source),
      author: present(subject.author),
      tags: subject.tags,
    },
    words: {
      title: wordsOf(subject.title),
      text: wordsOf(subject.text),
      source: wordsOf(subject.source ?? ''),
      author: wordsOf(subject.author ?? ''),
      tags: wordsOf(subject.tags.join(' | ')),
    },
  };
}

/** True when the filter holds a pattern: only those need matching under a time limit. */
export function hasRegex(filter: Filter): boolean {
  return [...filter.groups.flat(), ...filter.excluded].some((term) => term.regex !== null);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first as string);
    i !== -1 && i + needle.length <= haystack.length;
    i = haystack.indexOf(first as string, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ALL_FIELDS: readonly FilterField[] = ['title', 'text', 'source', 'author', 'tags'];

/** The field the term was found in, or null. */
function findTerm(term: FilterTerm, words: FilterWords): FilterField | null {
  for (const field of term.field ? [term.field] : ALL_FIELDS) {
    const regex = term.regex;
    if (regex ? words.texts[field].some((t) => regex.test(t)) : containsRun(words.words[field], term.words))
      return field;
  }
  return null;
}

export interface FilterMatch {
  matched: boolean;
  /** Why: each matching term and its field, or the excluded term that ruled the article out, or the group that found nothing. */
  reasons: Array<{ term: string; field: FilterField | null; outcome: 'found' | 'excluded' | 'missing' }>;
}

export function matchFilter(filter: Filter, words: FilterWords): FilterMatch {
  const reasons: FilterMatch['reasons'] = [];
  for (const term of filter.excluded) {
    const field = findTerm(term, words);
    if (field) return { matched: false, reasons: [{ term: term.raw, field, outcome: 'excluded' }] };
  }
  for (const group of filter.groups) {
    let found = false;
    for (const term of group) {
      const field = findTerm(term, words);
      if (field) {
        reasons.push({ term: term.raw, field, outcome: 'found' });
        found = true;
        break;
      }
    }
    if (!found)
      return {
        matched: false,
        reasons: [{ term: group.map((t) => t.raw).join(' OR '), field: null, outcome: 'missing' }],
      };
  }
  return { matched: true, reasons };
}
