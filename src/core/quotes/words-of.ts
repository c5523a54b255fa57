// "In Dr. Shadlen’s words, “…”", "In the words of his colleague Ana Ruiz: “…”", "“…,” in Forbes’ words.":
// a quote attributed by whose words it is rather than by a speech verb. The mention is the name only; the
// quote readers resolve it as they resolve any other.
import { NAME } from './quote-cues.js';
import type { Mention } from './speakers.js';

/** Up to three lower-case words between "the words of" and the name: "his colleague", "the late". */
const LEAD_WORDS = String.raw`(?:[a-z][a-z-]*\s){0,3}`;
const WHOSE = String.raw`(?:the\s+(?:very\s+)?words\s+of\s+${LEAD_WORDS}(${NAME})|(${NAME})(?:['’]s?)\s+(?:own\s+)?words)`;

/** The phrase closing the words before an opening mark. */
const BEFORE = new RegExp(String.raw`(?:^|[\s(—–])[Ii]n\s+${WHOSE}[,:]?[ \u00a0]*$`, 'u');
/** The phrase right after a closing mark. */
const AFTER = new RegExp(
  String.raw`[ \u00a0]*,?[ \u00a0]*in\s+${WHOSE}(?=[.,;:!?]|[ \u00a0]*$|[ \u00a0]*\n)`,
  'uy',
);

function mentionOf(m: RegExpExecArray, offset: number): Mention | null {
  const name = m[1] ?? m[2];
  if (name === undefined) return null;
  // The name's own place in the match: the last occurrence before the words that follow it.
  const at = m[1] !== undefined ? m[0].lastIndexOf(name) : m[0].indexOf(name);
  const start = offset + m.index + at;
  return { start, end: start + name.length };
}

/** The speaker named by "In X’s words," or "In the words of X:" right before an opening mark. */
export function readWordsOfBefore(text: string, from: number, open: number): Mention | null {
  const m = BEFORE.exec(text.slice(from, open));
  return m === null ? null : mentionOf(m, from);
}

/** The speaker named by ", in X’s words" right after a closing mark. */
export function readWordsOfAfter(text: string, close: number): Mention | null {
  AFTER.lastIndex = close;
  const m = AFTER.exec(text);
  if (m === null) return null;
  const mention = mentionOf(m, 0);
  return mention;
}
