// Photo captions glued in front of the sentence they restate. The Daily Mail's pages, flattened to text,
// often open with the lead picture's caption and no stop after it: "David Cameron will say that high
// taxes are 'immoral' as 14 million working households receive a tax cut David Cameron will say today
// that high taxes … are ‘immoral’ as millions receive a tax cut." Nothing in the caption's words marks
// it (no "pictured", no label), but the sentence after it says the same thing again, and that is what
// gives it away: the caption is taken out, and the reader loses nothing. Ordinary prose does not repeat
// half of its own words within one sentence, and where it seems to, the rules below keep it: the glued
// sentence must open like a sentence (a determiner or pronoun, or the caption's own subject), the
// caption must end on a content word, and the sentence after it must be one ordinary sentence.
import { STOPWORDS, stemPorter } from '../text/index.js';

/** A sentence end (a stop, with any closing quotes or brackets, then space) or a line end. */
const STOP = /([.!?…]["'’”)\]]*)(?:[ \t]+|(?=\r?\n)|$)|\r?\n/g;
/**
 * A capitalised word after a lower-case word, a digit or a bracket with no stop between them (the space
 * is one past the match's start; no look-behind, which costs twice as much over every article).
 */
const GLUED_POINT = /[a-z0-9%)] [A-Z]/g;
/** Words that open a sentence whatever came before. */
const OPENERS = new Set(
  'A An The He She They It His Her Their Its This These Those There However But'.split(' '),
);

const MIN_CAPTION_WORDS = 6;
const MIN_SENTENCE_WORDS = 8;
/** Fewer characters than this cannot hold a caption and a sentence. */
const MIN_SENTENCE_CHARS = 60;
/** A caption restates one sentence; a longer run after it is a chain of captions or prose. */
const MAX_SENTENCE_WORDS = 45;
/** The caption's content words the sentence must share: at least so many, and at least so large a part. */
const MIN_SHARED = 5;
const MIN_SHARED_PART = 0.4;

/** Words in `text` between `from` and `to`: scraped text has single spaces between them. */
function countWords(text: string, from: number, to: number): number {
  let n = 1;
  for (let i = text.indexOf(' ', from); i >= 0 && i < to; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** The stems of a run's content words. */
function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const raw of text.split(' ')) {
    const word = raw
      .toLowerCase()
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
      .replace(/['’]s$/, '');
    if (word.length >= 2 && !STOPWORDS.has(word)) stems.add(stemPorter(word));
  }
  return stems;
}

function bareWord(word: string): string {
  return word.replace(/[^A-Za-z0-9'’-]/g, '');
}

/** The words a caption's subject is among: its first three, after any "Label:". */
function subjectWords(sentence: string): string[] {
  const words = sentence.split(' ', 4).filter(Boolean);
  return ((words[0] ?? '').endsWith(':') ? words.slice(1, 4) : words.slice(0, 3)).map(bareWord);
}

/**
 * Whether the sentence glued after `caption` opens like one: with a determiner or pronoun, or with the
 * caption's subject, whose name then ends where the caption's words do ("Police in …", "David Cameron
 * will …", not "Marteel | in his match" after "… by referee").
 */
function opensSentence(caption: string[], rest: string[]): boolean {
  const first = bareWord(rest[0] ?? '');
  if (OPENERS.has(first)) return true;
  const inCaption = new Set(caption.map(bareWord));
  let i = 0;
  while (i < rest.length && /^[A-Z]/.test(rest[i] as string) && inCaption.has(bareWord(rest[i] as string))) {
    i++;
  }
  return i === rest.length || !/^[A-Z]/.test(rest[i] as string);
}

/**
 * Where in `sentence` a restating caption ends (the space after it), or -1, looked for at `points`
 * (offsets into the sentence where a word is glued to the one before). The first place that passes
 * is taken: a later one would take the sentence's own opening with the caption ("… curriculum However,
 * Tory | Education Secretary …"). The cheap tests come first: most places are a name inside prose.
 */
function restatedCaptionEnd(sentence: string, points: readonly number[]): number {
  let subject: string[] | null = null;
  for (const at of points) {
    const next = sentence.indexOf(' ', at + 1);
    const first = bareWord(sentence.slice(at + 1, next < 0 ? sentence.length : next));
    subject ??= subjectWords(sentence);
    if (!OPENERS.has(first) && !subject.includes(first)) continue;
    const restWords = countWords(sentence, at + 1, sentence.length);
    if (restWords < MIN_SENTENCE_WORDS || restWords > MAX_SENTENCE_WORDS) continue;
    if (countWords(sentence, 0, at) < MIN_CAPTION_WORDS) continue;
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + 1);
    const caption = before.split(' ').filter(Boolean);
    const last = (caption[caption.length - 1] as string).replace(/[^A-Za-z0-9%]+$/, '').toLowerCase();
    if (STOPWORDS.has(last) || !opensSentence(caption, after.split(' ').filter(Boolean))) continue;
    const said = contentStems(before);
    const again = contentStems(after);
    let shared = 0;
    for (const stem of said) if (again.has(stem)) shared++;
    if (shared >= MIN_SHARED && shared >= MIN_SHARED_PART * said.size) return at;
  }
  return -1;
}

/** The text without captions glued in front of a sentence that restates them (see the top of this file). */
export function removeRestatedCaptions(text: string): string {
  const points: number[] = [];
  for (const m of text.matchAll(GLUED_POINT)) points.push(m.index + 1);
  if (points.length === 0) return text;
  let out = '';
  let at = 0;
  let start = 0;
  let p = 0;
  for (const m of text.matchAll(STOP)) {
    const end = m[1] === undefined ? m.index : m.index + m[1].length;
    const sentence = text.slice(start, end);
    // Only a terminated sentence long enough to hold a caption and a sentence is read.
    if (
      m[1] !== undefined &&
      sentence.length >= MIN_SENTENCE_CHARS &&
      countWords(sentence, 0, sentence.length) >= MIN_CAPTION_WORDS + MIN_SENTENCE_WORDS
    ) {
      while (p < points.length && (points[p] as number) < start) p++;
      const inside: number[] = [];
      for (let q = p; q < points.length && (points[q] as number) < end; q++) {
        inside.push((points[q] as number) - start);
      }
      const cut = inside.length === 0 ? -1 : restatedCaptionEnd(sentence, inside);
      if (cut >= 0) {
        out += text.slice(at, start);
        at = start + cut + 1;
      }
    }
    start = m.index + m[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}
