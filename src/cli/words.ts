// The terminal's wording for the coded results of the operations: one table for the CLI (Discord has its
// own, src/discord/words.ts). Values a user typed are quoted as JSON strings, so spaces and quotes show.
import { wordFor, type Wording } from '../result.js';
import type { LatestProblem } from '../operations/latest.js';
import type { SearchProblem } from '../operations/search.js';

/** `1 file`, `2 files`: every count the CLI prints goes through here. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

type CliProblem = LatestProblem | SearchProblem;

const WORDS: Wording<CliProblem> = {
  'no-articles': () => 'No articles stored yet.',
  'no-topic-match': (p) => `No stored article matches the topic ${JSON.stringify(p.topic)}.`,
  'no-such-page': ({ page, query, total, capped, pages }) => {
    const of = capped
      ? `the newest ${total} matches are ranked`
      : `${counted(total, 'article matches', 'articles match')}`;
    return `there is no page ${page} for ${JSON.stringify(query)}: ${of}, on ${counted(pages, 'page')}`;
  },
};

export function problemText(problem: CliProblem): string {
  return wordFor(WORDS, problem);
}
