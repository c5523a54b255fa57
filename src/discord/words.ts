// Discord's wording for the coded failures of the layers below: one table per edge (the CLI has its own,
// src/cli/words.ts). Each entry says what was wrong and what to do, for the member who typed the command.
import { PAUSED_BY, type DigestProblem } from '../digests/service.js';

/** "paused by alice" for an admin's pause, "paused: the channel no longer exists" for Herald's. */
export function describePause(reason: string): string {
  return reason.startsWith(PAUSED_BY) ? reason : `paused: ${reason}`;
}

type Wording<P extends { code: string }> = { [C in P['code']]: (p: Extract<P, { code: C }>) => string };

const DIGEST_WORDS: Wording<DigestProblem> = {
  'no-such-digest': (p) => `This server has no digest #${p.id}. See /digest list.`,
  'bad-schedule': (p) => `Schedule “${p.schedule}”: ${p.problem}.`,
  'cron-refused': (p) => `Schedule “${p.schedule}” is not a cron expression node-cron accepts.`,
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

export function digestProblemText(problem: DigestProblem): string {
  return (DIGEST_WORDS[problem.code] as (p: DigestProblem) => string)(problem);
}
