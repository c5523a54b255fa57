// Photo captions that scrapers glue into the running text. The Daily Mail's pages, flattened to text, put
// each caption between two paragraphs with nothing but a space either side and no full stop of its own:
// "…in charge of the club He has impressed Mann…", "…the magazine Short and sweet: Julia revealed…".
// Where a new sentence visibly starts without a stop before it, the unterminated run of words since the
// last sentence end is taken out when it reads as a caption (a "Label:" opening, "pictured", "(left)"),
// and otherwise set apart as a paragraph of its own: a lost full stop in
// ordinary prose must not cost the reader a sentence.
import { STOPWORDS } from '../text/index.js';

/**
 * Where a sentence starts right after a word with no stop between them: a pronoun, determiner or
 * connective followed by a lower-case word ("club He has", "colleague The cost"), or an opening single
 * quotation mark whose first word opens sentences ("Friday ‘I’d be", "bills 'We strive"). Names are left
 * alone ("told The Times", "the film It Follows"), as is a quoted nickname ("the ‘It’ girl"). ASCII
 * classes only: the scan runs over every article at load.
 */
const GLUED_SENTENCE_START =
  /(?<=[a-z0-9%)]) (?:(?:He|She|They|We|It|His|Her|Their|Its|This|These|Those|There|But|However|The|Meanwhile) [a-z]|[‘'](?:I|We|It|He|She|They|This|There|My|Our)(?: [a-z]|[’'](?:d|m|s|ve|ll|re) ))/g;

/**
 * "A" or "An" before a lower-case content word, after a lower-case word: a sentence glued after a caption
 * ("…a phone possession charge A serving prisoner has…"), but in prose too ("vitamin A deficiency"), so
 * like a label it ends only a run that is itself a caption; and never before a function word ("plan A
 * for", "vitamin A is"). The match starts one before the space.
 */
const GLUED_ARTICLE = /[a-z0-9%)] An? ([a-z]+)/g;

/**
 * A caption's label ("Short and sweet:", "Strictly business:") glued after a lower-case word: up to four
 * words and a colon, then a capitalised word. Found from its colon, which is rare, then read backwards.
 */
const LABEL_BEFORE_COLON = /\p{Ll} (\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}'’-]+){0,3})$/u;
const MAX_LABEL_CHARS = 60;

/** The label at the start of a caption. */
const LABEL_OPENING = /^\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}'’-]+){0,3}: \p{Lu}/u;
/** Words that only captions use of the people in a picture. */
const CAPTION_WORDS =
  /\bpictured\b|\((?:far |top |bottom |centre |center )?(?:left|right|centre|center|above|below|inset|top|bottom)\)|, (?:left|right|centre|center),/i;

/**
 * A caption ends on a content word or a number ("…in charge of the club", "…aged 13"), never on a
 * capitalised word (a name or title goes on: "the year Don't Push It won") or a function word or a
 * speech verb that needs more after it ("release of Fall of an Empire: The Story…", 'chanting ‘We want…').
 */
const LAST_WORD = /[\p{L}\d%][\p{L}\d%'’-]*$/u;
const LEADING_ON = new Set(
  'saying chanting singing calling called dubbed explained wrote asked insisted declared tweeted think thought'.split(
    ' ',
  ),
);

function endsLikeCaption(text: string, point: number): boolean {
  // "…outside the library (pictured)": a bracket closes on the caption's last word.
  const end = text.charAt(point - 1) === ')' ? point - 1 : point;
  const word = LAST_WORD.exec(text.slice(Math.max(0, end - 30), end))?.[0];
  if (word === undefined || !/^[\p{Ll}\d]/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !STOPWORDS.has(lower) && !LEADING_ON.has(lower);
}

/** The end of a sentence, or of a paragraph, before a caption. */
const STOP_BEFORE = /[.!?…]["'’”)\]]*\s+|\n/g;

/** How far back a caption's start is looked for; a longer run is prose that lost its stop, not a caption. */
const MAX_CAPTION_CHARS = 400;
const MIN_CAPTION_WORDS = 3;
/** A label is a weaker sign than a sentence opener: the run before it must look like a whole caption. */
const MIN_WORDS_BEFORE_LABEL = 6;

/** Where the unterminated run that ends at `end` starts, or -1 when it is too long to be a caption. */
function runStart(text: string, from: number, end: number): number {
  const low = Math.max(from, end - MAX_CAPTION_CHARS);
  STOP_BEFORE.lastIndex = low;
  let start = low === from ? low : -1;
  for (let m = STOP_BEFORE.exec(text); m !== null && m.index < end; m = STOP_BEFORE.exec(text)) {
    start = m.index + m[0].length;
  }
  return start;
}

function countWords(text: string): number {
  return text.split(' ').filter((w) => w !== '').length;
}

function isCaption(run: string): boolean {
  return LABEL_OPENING.test(run) || CAPTION_WORDS.test(run);
}

/** A caption by its label or a bracketed cue ("(pictured)", "(left)"); "pictured" alone is prose too. */
const BRACKETED_CUE =
  /\((?:pictured|(?:far |top |bottom |centre |center )?(?:left|right|centre|center|above|below|inset))\b/i;

function isPlainlyCaption(run: string): boolean {
  return LABEL_OPENING.test(run) || BRACKETED_CUE.test(run);
}

/**
 * What a glued point says: a sentence surely starts there ('sentence'), or only perhaps: after a
 * label's colon ('label') or at "A"/"An" ('article'), which end a run only when it is a caption, and
 * for "A" plainly one.
 */
type GluedPoint = 'sentence' | 'label' | 'article';

/** A capital then a lower-case letter at `i` ("The", "Julia"). */
function isCapitalised(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

/** The text with captions glued between sentences taken out or set apart (see the top of this file). */
export function removeGluedCaptions(text: string): string {
  // [where, what]: a label may be prose ("three hopefuls: Jeb"), so it ends only a run that is itself a
  // caption.
  const points: [number, GluedPoint][] = [];
  for (const m of text.matchAll(GLUED_SENTENCE_START)) points.push([m.index, 'sentence']);
  for (let colon = text.indexOf(': '); colon >= 0; colon = text.indexOf(': ', colon + 2)) {
    if (!isCapitalised(text, colon + 2)) continue;
    const label = LABEL_BEFORE_COLON.exec(text.slice(Math.max(0, colon - MAX_LABEL_CHARS), colon));
    if (label) points.push([colon - (label[1] as string).length - 1, 'label']);
  }
  for (const m of text.matchAll(GLUED_ARTICLE)) {
    if (!STOPWORDS.has(m[1] as string)) points.push([m.index + 1, 'article']);
  }
  if (points.length === 0) return text;
  points.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [point, kind] of points) {
    if (point < at || !endsLikeCaption(text, point)) continue;
    const start = runStart(text, at, point);
    if (start < 0 || start >= point) continue;
    const run = text.slice(start, point);
    const sentenceStart = kind === 'sentence';
    if (countWords(run) < (sentenceStart ? MIN_CAPTION_WORDS : MIN_WORDS_BEFORE_LABEL)) continue;
    const caption = kind === 'article' ? isPlainlyCaption(run) : isCaption(run);
    if (!caption && !sentenceStart) continue;
    // A caption goes; any other run keeps its words and becomes a paragraph of its own.
    out += caption ? text.slice(at, start) : `${text.slice(at, point)}\n\n`;
    at = point + 1;
  }
  return out + text.slice(at);
}
