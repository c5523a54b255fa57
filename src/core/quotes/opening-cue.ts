// "Said Comey, “…”", "Continued Stone: “…”": a sentence that opens on its cue verb and names the speaker
// after it, right before the quote. Only the plain cue verbs, and only a name (or a title and a name):
// "Said Of Wall Street, “…”" (a section's heading run into the text) is no one.
import { NAME, TITLE_ABBR } from './quote-cues.js';
import type { Mention } from './speakers.js';

const OPENING_CUES =
  'Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Continued|Replied|Explained|Recalled|Noted|Warned';
/** Words that open a heading or a phrase, never a name. */
const NOT_A_NAME = /^(?:Of|The|In|On|At|To|For|And|With|By|From|A|An)\b/u;

const OPENING_CUE = new RegExp(
  String.raw`^[ \u00a0]*(?:${OPENING_CUES})[ \u00a0]+((?:${TITLE_ABBR}[ \u00a0]+|(?:Mr|Mrs|Ms|Dr)[ \u00a0]+)?${NAME})[ \u00a0]*[,:][ \u00a0]*$`,
  'u',
);

/** The name in "Said Comey," when the sentence before the opening mark is just that. */
export function readOpeningCue(text: string, sentenceStart: number, open: number): Mention | null {
  const window = text.slice(sentenceStart, open);
  const m = OPENING_CUE.exec(window);
  const name = m?.[1];
  if (m === null || name === undefined || NOT_A_NAME.test(name)) return null;
  const start = sentenceStart + m[0].indexOf(name, m[0].search(/[ \u00a0]/u));
  return { start, end: start + name.length };
}
