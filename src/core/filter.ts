// The filter language of live posts and alerts, as /search reads a query: words, "quoted phrases",
// -excluded terms, OR between two terms, and title:/source:/author:/tag: to look in one field only.
// Parsing returns a problem code with its position; the words for it are chosen at the edge. Pure.

export type FilterField = 'title' | 'text' | 'source' | 'author' | 'tags';

export interface FilterTerm {
  /** Lower-case words; more than one is a phrase (the words in a row). */
  words: string[];
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
  'empty' | 'too-long' | 'unclosed-quote' | 'empty-term' | 'dangling-or' | 'excluded-or' | 'regex';

export interface FilterProblem {
  code: FilterProblemCode;
  /** 0-based offset in the filter text where the problem is. */
  position: number;
}

export type FilterResult = { ok: true; filter: Filter } | { ok: false; problem: FilterProblem };

export const FILTER_MAX_LENGTH = 300;

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

export function wordsOf(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

interface Token {
  text: string;
  position: number;
  quoted: boolean;
}

/** Splits into tokens: runs of non-space, with a quoted part (which may hold spaces) kept whole. */
function tokenize(input: string): Token[] | FilterProblem {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i] as string)) {
      i++;
      continue;
    }
    const start = i;
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

function toTerm(token: Token, body: string, offset: number): FilterTerm | FilterProblem {
  let field: FilterField | null = null;
  let rest = body;
  const colon = /^([a-z]+):/i.exec(rest);
  const named = colon ? FIELDS[(colon[1] as string).toLowerCase()] : undefined;
  if (colon && named) {
    field = named;
    rest = rest.slice(colon[0].length);
  }
  if (/^\/.*\/$/.test(rest) && rest.length > 1) return { code: 'regex', position: offset };
  const words = wordsOf(rest.replace(/"/g, ' '));
  if (words.length === 0) return { code: 'empty-term', position: offset };
  return { words, field, raw: token.text };
}

export function parseFilter(input: string): FilterResult {
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
    const term = toTerm(token, negative ? token.text.slice(1) : token.text, token.position);
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

/** The words of each field, computed once per article for every subscription's filter. */
export type FilterWords = Record<FilterField, string[]>;

export function filterWordsOf(subject: FilterSubject): FilterWords {
  return {
    title: wordsOf(subject.title),
    text: wordsOf(subject.text),
    source: wordsOf(subject.source ?? ''),
    author: wordsOf(subject.author ?? ''),
    tags: wordsOf(subject.tags.join(' | ')),
  };
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
  for (const field of term.field ? [term.field] : ALL_FIELDS)
    if (containsRun(words[field], term.words)) return field;
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
