// Filters at the edge: the core's parser with safe-regex2 as its check for catastrophic patterns, and
// matching under a time limit (node:vm's timeout stops any JavaScript, a runaway regular expression
// included), for live posts, /alert test and /feed add. The core stays pure; the clock and vm live here.
import vm from 'node:vm';
import safeRegex from 'safe-regex2';
import {
  filterWordsOf,
  hasRegex,
  matchFilter,
  parseFilter,
  type Filter,
  type FilterMatch,
  type FilterProblem,
  type FilterResult,
  type FilterSubject,
  type FilterWords,
} from '../core/filter.js';
import type { Store, StoredArticle } from '../store/index.js';

/** How long one filter may take over one batch of articles (and then over one article). */
export const FILTER_TIME_LIMIT_MS = 100;
/** After this many articles ran out of time in one batch, the pattern is not run on the rest of it. */
const MAX_TIMEOUTS = 3;

export function readFilter(text: string): FilterResult {
  return parseFilter(text, { isSafeRegex: (pattern) => safeRegex(pattern) });
}

export type TimedMatch = FilterMatch | { matched: false; timedOut: true };

const TIMED_OUT = Symbol('timed out');

export function createFilterMatcher(options: { timeLimitMs?: number } = {}) {
  const timeout = options.timeLimitMs ?? FILTER_TIME_LIMIT_MS;
  const context = vm.createContext({ job: null as (() => unknown) | null });
  const script = new vm.Script('job()');

  function limited<T>(job: () => T): T | typeof TIMED_OUT {
    context.job = job;
    try {
      return script.runInContext(context, { timeout }) as T;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return TIMED_OUT;
      throw error;
    } finally {
      context.job = null;
    }
  }

  return {
    /**
     * Matches the filter against each subject. A filter without a pattern runs as is; one with a pattern runs
     * under the time limit, all subjects in one go (each vm call costs a fraction of a millisecond: see the
     * README), and when that runs out, subject by subject, so only the slow ones are left out.
     */
    matchAll(filter: Filter, subjects: readonly FilterSubject[]): TimedMatch[] {
      // The words are our own linear work, done outside the limit; only the matching runs under it.
      const words = subjects.map(filterWordsOf);
      const run = (w: FilterWords) => matchFilter(filter, w);
      if (!hasRegex(filter)) return words.map(run);
      const all = limited(() => words.map(run));
      if (all !== TIMED_OUT) return all;
      let timeouts = 0;
      // The limit is wall-clock time, which a pause of the machine (a busy core, a collection) can use
      // up as well as the pattern: an article is left out only when it runs out of time twice.
      const once = (w: FilterWords) => limited(() => run(w));
      return words.map((w) => {
        let one = timeouts < MAX_TIMEOUTS ? once(w) : TIMED_OUT;
        if (one === TIMED_OUT && timeouts < MAX_TIMEOUTS) one = once(w);
        if (one !== TIMED_OUT) return one;
        timeouts++;
        return { matched: false, timedOut: true };
      });
    },
  };
}

export type FilterMatcher = ReturnType<typeof createFilterMatcher>;

export interface FilterTest {
  /** How many stored articles were tried, newest first. */
  checked: number;
  matches: Array<{ article: StoredArticle; reasons: FilterMatch['reasons'] }>;
  /** Articles the filter ran out of time on. */
  timedOut: StoredArticle[];
}

/** Which of the newest stored articles a filter matches, and why (/alert test, `herald filter`). */
export function testFilter(
  store: Store,
  text: string,
  limit: number,
): { ok: true; test: FilterTest } | { ok: false; problem: FilterProblem } {
  const parsed = readFilter(text);
  if (!parsed.ok) return parsed;
  const articles = store.articles
    .latest({ limit })
    .map((h) => store.articles.get(h.id))
    .filter((a): a is StoredArticle => a !== null);
  const results = createFilterMatcher().matchAll(parsed.filter, articles);
  const test: FilterTest = { checked: articles.length, matches: [], timedOut: [] };
  for (const [i, article] of articles.entries()) {
    const result = results[i];
    if (result && 'timedOut' in result) test.timedOut.push(article);
    else if (result?.matched) test.matches.push({ article, reasons: result.reasons });
  }
  return { ok: true, test };
}
