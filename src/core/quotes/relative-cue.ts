// “…” introduced by a relative clause ("the sign — which read “Hispanics 4 Trump”", "the report, which
// notes, “…”"): the words are the thing's that "which" stands for, a sign, a report or a caption, not
// the person the sentence is about.

import type { Mention } from './speakers.js';

/**
 * Things whose words are not those of the one holding, wearing or citing them: a sign held up, a report
 * linked to. A caption, a tweet or a statement is often the subject's own, so those are left to the cue.
 */
const THINGS =
  'signs?|banners?|placards?|posters?|shirts?|t-shirts?|hats?|caps?|billboards?|stickers?|buttons?|' +
  'reports?|study|studies|articles?|stor(?:y|ies)|survey|polls?|analysis|editorial|ruling|filing|complaint|lawsuit';

const RELATIVE_CUE_BEFORE = new RegExp(
  String.raw`\b(?:${THINGS})(?:[ \u00a0]*[,—–-])?[ \u00a0]*(which|that)[ \u00a0]+(?:(?:also|simply|only)[ \u00a0]+)?(?:read|reads|notes|noted|says|said|states|stated|declares|declared|warns|warned|proclaims|proclaimed)[,:]?[ \u00a0]*[—–-]?[ \u00a0]*$`,
  'u',
);

/** The relative pronoun of a clause that introduces the quote opening at `open`, or null. */
export function readRelativeCue(text: string, open: number): Mention | null {
  const lead = text.slice(Math.max(0, open - 80), open);
  const m = RELATIVE_CUE_BEFORE.exec(lead);
  if (m === null || m[1] === undefined) return null;
  const start = open - lead.length + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
