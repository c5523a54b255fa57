// `herald filter FILTER`: which of the newest stored articles a live-post filter (/feed add, /alert add)
// matches, and why. A filter that cannot be read exits 1 with what is wrong and where.
import { intFlag, UsageError, type ParsedArgs } from './args.js';
import type { Out } from './show.js';
import { describeFilterProblem } from '../filter-problem-text.js';
import { testFilter } from '../operations/filters.js';
import type { Store } from '../store/index.js';

export function showFilterTest(store: Store, args: ParsedArgs, out: Out): void {
  const text = args.positionals.join(' ');
  if (text.trim() === '')
    throw new UsageError('filter needs a filter, e.g. herald filter \'chip "export controls"\'');
  const tested = testFilter(store, text, intFlag(args, 'limit', 100, 1, 10_000));
  if (!tested.ok)
    throw new UsageError(`the filter is not valid: ${describeFilterProblem(tested.problem, text)}`);
  const { checked, matches, timedOut } = tested.test;
  if (args.flags.has('json')) {
    const json = {
      checked,
      matches: matches.map(({ article, reasons }) => ({ id: article.id, title: article.title, reasons })),
      timedOut: timedOut.map((a) => a.id),
    };
    return out.line(JSON.stringify(json));
  }
  out.line(`${matches.length} of the newest ${checked} articles match.`);
  for (const { article, reasons } of matches) {
    const why = reasons.map((r) => `${r.term} in ${r.field ?? 'text'}`).join(', ') || 'no excluded term';
    out.line(`${article.id}  ${article.title}\n    ${why}`);
  }
  for (const a of timedOut)
    out.line(`${a.id}  ${a.title}\n    not checked: the filter ran out of time on it`);
}
