// The words for a filter that cannot be read, chosen at the edge (the slash commands and the CLI): what is
// wrong, and where — the character it starts at and the part at fault (or the text near it).
import { FILTER_REGEX_MAX_LENGTH, type FilterProblem, type FilterProblemCode } from './core/filter.js';

const FILTER_WORDS: Record<FilterProblemCode, string> = {
  empty: 'the filter has nothing to look for',
  'too-long': 'the filter is too long (300 characters at most)',
  'unclosed-quote': 'a quote is opened but never closed',
  'empty-term': 'a - or a title:/source:/author:/tag: prefix has no word after it',
  'dangling-or': 'OR needs a term on each side',
  'excluded-or': 'an -excluded term cannot be one side of OR',
  'unclosed-regex': 'a regular expression is opened with / but never closed',
  'regex-flags': 'a regular expression may only have the flags i, m, s and u, each once',
  'regex-too-long': `a regular expression is too long (${FILTER_REGEX_MAX_LENGTH} characters between the slashes at most)`,
  'regex-invalid': 'a regular expression is not valid',
  'regex-unsafe':
    'a regular expression could take forever on some texts (a repeat inside a repeat, like (a+)+); write it without nesting',
};

export function describeFilterProblem(problem: FilterProblem, filter: string): string {
  const { position, length, detail } = problem;
  const part = length === undefined ? null : filter.slice(position, position + length);
  const shown =
    part === null
      ? `near “${filter.slice(Math.max(0, position - 10), position + 20)}”`
      : `“${part.length > 60 ? `${part.slice(0, 59)}…` : part}”`;
  return `${FILTER_WORDS[problem.code]}${detail ? ` (${detail})` : ''}, at character ${position + 1} (${shown})`;
}
