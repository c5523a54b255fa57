// "Haoyu grinned. “What if you do that?”", "She sighs. “I'm 50/50 at this point.”": a short sentence of
// its subject and a gesture that comes before speaking, then a quote with no cue of its own. The one who
// gestured speaks. Only gestures (agreeing or not among them), and only a sentence of a few words:
// "Rubio’s comments came on Sunday, The Hill reported. “…”" names no one; but a sentence that ends on a
// name and a plain cue ("…, digital consultant Phil Musser says. “…”") gives the quote to that name.
import { findSentenceStart } from './quote-context.js';
import { NAME } from './quote-cues.js';
import type { Mention } from './speakers.js';

const GESTURES = [
  'smiled smiles laughed laughs chuckled chuckles giggled grinned grins beamed beams sighed sighs paused',
  'pauses shrugged shrugs nodded nods frowned frowns winced winces grimaced grimaces snorted snorts scoffed',
  'scoffs gasped gasps coughed coughs hesitated hesitates groaned groans winked winks exhaled exhales',
  'inhaled inhales blinked blinks swallowed swallows',
  // Agreeing or not is a reply whose words follow: "Iowa State University's Dianne Bystrom agreed. “…”".
  'agreed agrees disagreed disagrees concurred concurs demurred demurs',
]
  .join(' ')
  .split(' ')
  .join('|');

/** The subject (a name, "He" or "She"), the gesture, and up to four more words: "shook his head". */
const GESTURE_SENTENCE = new RegExp(
  String.raw`^(?:(?:But|And|Then|Now|Still)[ \u00a0]+)?(${NAME}|He|She)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:${GESTURES}|shook[ \u00a0]+(?:his|her)[ \u00a0]+head|shakes[ \u00a0]+(?:his|her)[ \u00a0]+head)(?:[ \u00a0]+[a-z’']+){0,4}[ \u00a0]*\.$`,
  'u',
);

/** A sentence that ends on a name and a plain cue: "Or maybe Jeb Bush, digital consultant Phil Musser says." */
const CUE_CLOSING = new RegExp(
  String.raw`[ \u00a0,](${NAME})[ \u00a0]+(?:says|said|adds|added|agrees|agreed|explains|explained|writes|wrote|notes|noted)\.$`,
  'u',
);

/**
 * The subject of the gesture sentence whose full stop is at `stop`, in the paragraph from `floor`, or
 * null when that sentence is anything else.
 */
export function readGestureSubject(text: string, floor: number, stop: number): Mention | null {
  const start = findSentenceStart(text, stop, floor);
  const sentence = text.slice(start, stop + 1);
  const m = GESTURE_SENTENCE.exec(sentence) ?? (/[“”"]/u.test(sentence) ? null : CUE_CLOSING.exec(sentence));
  if (m === null || m[1] === undefined) return null;
  const at = start + m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length };
}
