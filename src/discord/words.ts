// Discord's wording for the coded failures of the layers below: one table per edge (the CLI has its own,
// src/cli/words.ts). Each entry says what was wrong and what to do, for the member who typed the command.
import { PAUSED_BY, type DigestProblem } from '../digests/service.js';
import type { ArticleProblem } from '../operations/articles.js';
import type { LatestProblem } from '../operations/latest.js';
import type { QuotesProblem } from '../operations/quotes.js';
import type { SearchProblem } from '../operations/search.js';
import { wordFor, type Result, type Wording } from '../result.js';
import { UserError } from './command.js';
import { scheduleProblemText } from './schedule-words.js';

/** Every coded failure a slash command can meet. */
export type CommandProblem = DigestProblem | ArticleProblem | LatestProblem | QuotesProblem | SearchProblem;

/** "paused by alice" for an admin's pause, "paused: the channel no longer exists" for Herald's. */
export function describePause(reason: string): string {
  return reason.startsWith(PAUSED_BY) ? reason : `paused: ${reason}`;
}

/** "by “Ada” in “Harbour”": whose quotes were asked for, and from where. */
export function quotesScope(speaker: string | null, articleTitle: string | null): string {
  return [speaker ? `by “${speaker}”` : null, articleTitle ? `in “${articleTitle}”` : null]
    .filter(Boolean)
    .join(' ');
}

/** A search query as it is quoted back to the member. */
const quoted = (query: string) => `“${query.slice(0, 100)}”`;

export function noSearchMatchText(query: string): string {
  return `No stored article matches ${quoted(query)}.`;
}

const WORDS: Wording<CommandProblem> = {
  'no-articles': () => 'No articles are stored yet.',
  'no-topic-match': (p) => `No stored article matches the topic “${p.topic}”.`,
  'no-such-page': (p) =>
    `There ${p.pages === 1 ? 'is only 1 page' : `are only ${Math.max(1, p.pages)} pages`} of results for ${quoted(p.query)}.`,
  'no-such-article': (p) =>
    `No stored article matches “${p.typed.slice(0, 80)}”. Pick one from the list as you type.`,
  'quotes-need-target': () => 'Give an article, a speaker, or both.',
  'no-quotes': (p) => `No quotes found ${quotesScope(p.speaker, p.articleTitle)}.`,
  'no-such-digest': (p) => `This server has no digest #${p.id}. See /digest list.`,
  'bad-schedule': (p) => `Schedule “${p.schedule}”: ${scheduleProblemText(p.problem)}.`,
  'unknown-time-zone': (p) =>
    `Unknown time zone “${p.typed}”: ` +
    (p.suggestions.length > 0
      ? `did you mean ${p.suggestions.join(' or ')}?`
      : 'use an IANA name such as Europe/Berlin (pick one from the list as you type).'),
  'duplicate-digest': ({ twin, words, timeZone }) =>
    `Digest #${twin.id}${twin.name ? ` “${twin.name}”` : ''} already posts ${words} (${timeZone}) ` +
    `${twin.topic ? `on “${twin.topic}” ` : ''}to that channel; see /digest list.` +
    (twin.pausedReason ? ' It is paused: /digest resume starts it again.' : ''),
  'too-frequent': (p) =>
    `Schedule “${p.schedule}” fires every ${p.gapSeconds} s; this bot allows at most one digest every ${p.minSeconds} s.`,
  'already-paused': (p) => `Digest #${p.id} is already ${describePause(p.reason)}.`,
  'not-paused': (p) => `Digest #${p.id} is not paused.`,
  'digest-paused': (p) => `Digest #${p.id} is ${describePause(p.reason)}; /digest resume starts it again.`,
};

export function problemText(problem: CommandProblem): string {
  return wordFor(WORDS, problem);
}

/** The value of a Result, or the UserError that tells the member, in these words, what was wrong. */
export function valueOrUserError<T>(result: Result<T, CommandProblem>): T {
  if (!result.ok) throw new UserError(problemText(result.error));
  return result.value;
}
