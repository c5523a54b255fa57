// Direct quotations and who said them. Marks are paired first (quote-marks.ts); each quote is then read
// as a whole sentence or a fragment of the writer's sentence, its cue is looked for next to it
// (speakers.ts), and quotes without a cue of their own borrow the speaker of the quotes around them.

import {
  findParagraphStart,
  findSentenceStart,
  readCharBefore,
  readCharBeforeAcrossLines,
} from './quote-context.js';
import { scanQuoteMarks, type MarkSpan } from './quote-marks.js';
import { CUE_WORDS, PLAIN_CUE } from './quote-cues.js';
import { findRole } from './quote-roles.js';
import { createNameBook, type NameBook } from './names.js';
import { findPeople, type People } from './people.js';
import { nameSpeaker } from './speaker-names.js';
import { isPossibleSpeaker } from './possible-speaker.js';
import { readClauseSubject, readCueAfter, readCue, readNameBeforeColon, type Mention } from './speakers.js';
import { readOpeningCue } from './opening-cue.js';
import { readDashAttribution } from './dash-attribution.js';
import { isNickname } from './nicknames.js';
import { readGestureSubject } from './gesture-cue.js';
import { readWordsOfAfter, readWordsOfBefore } from './words-of.js';
import { readPastNameModifier } from './name-modifier.js';
import { readRelativeCue } from './relative-cue.js';
import type { Quote, Speaker } from '../types.js';
import type { WorkCount } from '../work.js';

interface Candidate {
  span: MarkSpan;
  paragraph: number;
  partial: boolean;
  mention: Mention | null;
  /** True when the mention came from a cue next to this quote rather than from a neighbour. */
  cued: boolean;
}

const CLOSING = new Set(['”', '"', '“', '»', '」', '』']);
/** Marks before a quote that make it a whole sentence: stops and colons, full-width ones included. */
const WHOLE_BEFORE = new Set(['', '.', '?', '!', ':', '：', '。', '！', '？', '؟']);
/** Chinese and Japanese: each character counts as a word, since no spaces separate them. */
const WIDE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** No Han, Hiragana or Katakana code unit comes before U+2E80 (CJK radicals). */
const FIRST_WIDE = 0x2e80;
const SENTENCE_END_INSIDE = /[.?!,:;—–-]["'’”]?\s*$/u;
const WORK_BEFORE =
  /\b(?:film|movie|book|novel|song|album|show|series|play|poem|essay|article|column|headline|titled|entitled|called|dubbed|named|nicknamed|known as|slogan|hashtag|program|programme|documentary|episode|magazine|newspaper|op-ed|speech)\s*$/iu;
/** The rest of a sentence a quote runs on in, ending ", Clinton said.": the name and what follows it. */
const SENTENCE_TAIL_CUE = new RegExp(
  String.raw`^[^.?!"“”\n]{1,120}?,[ \u00a0]+((?:he|she|[A-Z\u00C0-\u00DE][\w’'.-]*(?:[ \u00a0][A-Z\u00C0-\u00DE][\w’'.-]*){0,3}))([ \u00a0]+(?:${PLAIN_CUE})[.,])`,
  'u',
);
const ATTRIBUTION_SENTENCE = /^\s+(?:said|says|added|wrote|told reporters)[.,]/u;
const CUE_VERBS_BEFORE_MARK = new Set(
  'said says say told added asked wrote writes stated declared replied responded explained'.split(' '),
);
const LAST_WORD = /([A-Za-z\u00C0-\u024F]+)\s*$/u;

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 0x20;
    if (!space && (!inWord || (code >= FIRST_WIDE && WIDE_LETTER.test(text[i]!)))) n++;
    inWord = !space;
  }
  return n;
}

/** A quote is a whole sentence when its mark opens a sentence or follows a cue; otherwise a fragment. */
function isPartial(text: string, span: MarkSpan): boolean {
  const before = readCharBefore(text, span.open);
  const first = text[span.start] ?? '';
  const upper = first !== first.toLowerCase();
  if (WHOLE_BEFORE.has(before.char) || CLOSING.has(before.char)) return false;
  if ((before.char === ',' || before.char === '—' || before.char === '(') && upper) return false;
  if (upper) {
    const word = LAST_WORD.exec(text.slice(Math.max(0, span.open - 12), span.open))?.[1];
    if (word !== undefined && CUE_VERBS_BEFORE_MARK.has(word)) return false;
  }
  return true;
}

/** Titles of works, nicknames and scare quotes: fragments with no one saying them. */
function isNotSpeech(text: string, c: Candidate): boolean {
  if (!c.partial) return false;
  const inner = text.slice(c.span.start, c.span.end);
  const words = countWords(inner);
  if (!c.cued && words <= 2) return true;
  const lead = text.slice(Math.max(0, c.span.open - 20), c.span.open);
  const titleCase =
    /^(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]*|a|an|the|of|and|in|on|to|for|at|with)(?:\s+(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]*|a|an|the|of|and|in|on|to|for|at|with|[\d:,.-]+))*$/u.test(
      inner.trim(),
    );
  if (titleCase && !SENTENCE_END_INSIDE.test(inner) && (WORK_BEFORE.test(lead) || !c.cued)) return true;
  return WORK_BEFORE.test(lead) && !c.cued && words <= 6;
}

/**
 * After a question or exclamation in marks, a capitalised name may open the writer's next sentence: it
 * belongs to this quote unless that sentence goes on to open a quotation of its own (“Why now?” Clinton
 * asked. — but “Why now?” Mills then writes back, “You look cute.”).
 */
function isQuestionAttribution(text: string, after: Mention): boolean {
  if (!/^[A-Z\u00C0-\u00DE]/u.test(text.slice(after.start, after.start + 1))) return true;
  // “What difference does it make?” Her critics cited it …: a possessive opens the writer's sentence.
  if (/^(?:His|Her|Their|Its|Our|My)\s/u.test(text.slice(after.start, after.end + 1))) return false;
  const rest = /^[^.?!\n]*/u.exec(text.slice(after.end, after.end + 200))?.[0] ?? '';
  return !/[“"]/u.test(rest);
}

/** An attribution that goes on into another quotation: `“Cruz,” Beck joked, again, “Amen!”`. */
const INTO_NEXT_QUOTE = /^[^.?!“”"\n]{0,120}[,:][ \u00a0]*[“"]/u;

function leadsToNextQuote(text: string, after: Mention): boolean {
  return INTO_NEXT_QUOTE.test(text.slice(after.end, after.end + 160));
}

/** A subject and cue verb right before the mark ("When someone in the audience shouted, “…”"). */
const OWN_CUE_BEFORE = new RegExp(String.raw`\S[ \u00a0]+(?:${CUE_WORDS})[,:]?[ \u00a0]*$`, 'u');

/**
 * The speaker of a quote its own sentence introduces with a subject and a cue verb right before the
 * mark, or null: the attribution after such a quote leads into the next quotation and is that one's.
 */
function readOwnCue(text: string, span: MarkSpan, floor: number, paragraphStart: number): Mention | null {
  const sentenceStart = findSentenceStart(text, span.open, Math.max(floor, paragraphStart));
  if (!OWN_CUE_BEFORE.test(text.slice(sentenceStart, span.open))) return null;
  return readCue(text, sentenceStart, span.open).mention;
}

/** The mention a cue next to this quote points at, before or after it. */
function readCuedMention(
  text: string,
  span: MarkSpan,
  partial: boolean,
  floor: number,
  paragraphStart: number,
): Mention | null {
  const inner = text.slice(Math.max(span.start, span.end - 3), span.end);
  const endsSentence = /[.]["'’”]?\s*$/u.test(inner) && !partial;
  const endsQuestion = /[?!]["'’”]?\s*$/u.test(inner) && !partial;
  if (span.closed) {
    const dashed = readDashAttribution(text, span.close) ?? readWordsOfAfter(text, span.close);
    if (dashed !== null) return dashed;
    const after = readCueAfter(text, span.close);
    // After a full stop inside the marks, only a bare "Trump said." still belongs to the quote.
    if (
      after !== null &&
      after.start - span.close < 60 &&
      (!endsSentence || ATTRIBUTION_SENTENCE.test(text.slice(after.end, after.end + 12))) &&
      (!endsQuestion || isQuestionAttribution(text, after))
    ) {
      return leadsToNextQuote(text, after) ? (readOwnCue(text, span, floor, paragraphStart) ?? after) : after;
    }
  }
  const sentenceStart = findSentenceStart(text, span.open, Math.max(floor, paragraphStart));
  const before = readCue(text, sentenceStart, span.open);
  if (before.mention !== null) return before.mention;
  const whose =
    readWordsOfBefore(text, sentenceStart, span.open) ?? readOpeningCue(text, sentenceStart, span.open);
  if (whose !== null) return whose;
  // “… numerous times” and against the gun law, Clinton said.: the sentence the quote runs on in ends
  // with its attribution.
  if (span.closed && !partial && !/[.?!,;:]["'’”]?\s*$/u.test(inner)) {
    const tail = SENTENCE_TAIL_CUE.exec(text.slice(span.close, span.close + 160));
    if (tail?.[1] !== undefined) {
      const start = span.close + tail[0].length - tail[1].length - (tail[2] ?? '').length;
      return { start, end: start + tail[1].length };
    }
  }
  // "Blum was asked, “…?”": words put to the subject of a passive are a cue that names no one, so the
  // whole quote borrows no neighbour's speaker either (a fragment "was called “reckless”" stays uncued).
  if (!partial && before.passive) return { start: span.open, end: span.open };
  const lead = readCharBefore(text, span.open);
  // "When Trump finally wrapped up — “I will win!” — the balloons fell": the clause's subject says it.
  if ((lead.char === '—' || lead.char === '–') && !partial) {
    const subject = readClauseSubject(text, sentenceStart, lead.index);
    if (subject !== null) return subject;
  }
  // "She sighs. “I'm 50/50 at this point.”": the one who gestured in the sentence before speaks.
  if (lead.char === '.' && !partial) {
    const gesture = readGestureSubject(text, paragraphStart, lead.index);
    if (gesture !== null) return gesture;
  }
  if (lead.char === ':') {
    return (
      readNameBeforeColon(text, sentenceStart, lead.index) ??
      readClauseSubject(text, sentenceStart, lead.index)
    );
  }
  if (lead.char === '' && paragraphStart >= 2) {
    // A paragraph that only introduces the quote: "Cruz continued:\n\n“You look…”".
    const previous = readCharBeforeAcrossLines(text, paragraphStart);
    if (previous.char === ':') {
      const prevPara = findParagraphStart(text, previous.index);
      const prevSentence = findSentenceStart(text, previous.index, prevPara);
      return (
        readCue(text, prevSentence, previous.index).mention ??
        readNameBeforeColon(text, prevSentence, previous.index) ??
        readClauseSubject(text, prevSentence, previous.index)
      );
    }
  }
  return null;
}

/**
 * True when the writer has a sentence of their own between two quotes ("… hide?” The election is due in
 * May. Mr Milburn said … “watershed”): the next quote's cue then speaks for that sentence, not this quote.
 */
function hasWriterSentenceBetween(text: string, from: number, to: number): boolean {
  return /[.?!]["'’”)]*\s+[A-Z\u00C0-\u00DE][^]*\s\S/u.test(text.slice(from, to));
}

/**
 * Characters of the writer's own text between two quotes of one paragraph beyond which the earlier speaker
 * is not assumed to go on: a text whose paragraphs were run together (scraped pages, wire copy) is one
 * paragraph, and several sentences about other people can come between its quotes.
 */
const SAME_SPEAKER_GAP = 400;

/** Give cue-less whole quotes the speaker of a neighbouring quote in the same or previous paragraph. */
function inheritSpeakers(text: string, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    // A quote with a cue of its own that names no one ("His campaign wrote") borrows no one else's name.
    if (c === undefined || c.mention !== null || c.cued) continue;
    const prev = cands[i - 1];
    const next = cands[i + 1];
    const samePara = prev !== undefined && prev.paragraph === c.paragraph;
    if (samePara && prev.mention !== null && c.span.open - prev.span.close <= SAME_SPEAKER_GAP)
      c.mention = prev.mention;
    else if (c.partial) continue;
    else if (
      next !== undefined &&
      next.mention !== null &&
      next.cued &&
      next.paragraph === c.paragraph &&
      !hasWriterSentenceBetween(text, c.span.close, next.span.open)
    )
      c.mention = next.mention;
    else if (
      prev !== undefined &&
      prev.mention !== null &&
      !prev.partial &&
      c.paragraph - prev.paragraph === 1
    )
      c.mention = prev.mention;
  }
}

/** The article's people and the roles already worked out, keyed by full name. */
interface SpeakerCache {
  book: NameBook;
  people: People;
  work: WorkCount | undefined;
  roles: Map<string, string | null>;
}

function buildSpeaker(text: string, cache: SpeakerCache, mention: Mention): Speaker {
  const written = text.slice(mention.start, mention.end);
  const name = nameSpeaker(cache.people, written, mention.start);
  if (name === null)
    return { mention: written, start: mention.start, end: mention.end, name: null, role: null };
  let role = cache.roles.get(name);
  if (role === undefined) {
    role = findRole(text, cache.book, name, cache.work);
    cache.roles.set(name, role);
  }
  return { mention: written, start: mention.start, end: mention.end, name, role };
}

/** The name book and people of the text, read only when some quote has a speaker to name. */
function readSpeakerCache(text: string, spans: MarkSpan[], work: WorkCount | undefined): SpeakerCache {
  const book = createNameBook(text);
  return { book, people: findPeople(text, book, spans), work, roles: new Map() };
}

/**
 * Every direct quotation in `text` with its speaker, in document order. The text is read once from start
 * to end (newlines are found as the quotes reach them), so the cost grows with its length, not faster.
 * `work` counts the name lookups.
 */
export function findQuotes(text: string, work?: WorkCount, speakers = true): Quote[] {
  // Single marks (‘…’) are quotations in other languages; English headlines use them for fragments.
  // A nickname's marks inside a name (Thomas "Tip" O'Neill) hold no quotation.
  const spans = scanQuoteMarks(text, !speakers).filter((s) => !isNickname(text, s));
  if (spans.length === 0) return [];
  const cands: Candidate[] = [];
  let paragraph = 0;
  let lastNewline = -1;
  let nextNewline = text.indexOf('\n');
  let previousClose = 0;
  for (const span of spans) {
    while (nextNewline >= 0 && nextNewline < span.open) {
      if (text[nextNewline + 1] !== '\n') paragraph++;
      lastNewline = nextNewline;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    const partial = isPartial(text, span);
    // The cues are English: other languages get their quotes without a speaker rather than a wrong one.
    // A relative pronoun ("which read") names no one; the quote borrows no one else's name either.
    const found = speakers
      ? (readRelativeCue(text, span.open) ??
        readCuedMention(text, span, partial, previousClose, lastNewline + 1))
      : null;
    const cue = found === null ? null : readPastNameModifier(text, found);
    // A cue whose subject cannot be anyone ("The", "Eight") still marks the quote as speech.
    const mention = cue !== null && isPossibleSpeaker(text, cue) ? cue : null;
    cands.push({ span, paragraph, partial, mention, cued: cue !== null });
    previousClose = span.close;
  }
  inheritSpeakers(text, cands);
  // Reading the article's names costs about as much as the rest of the quote search: an article whose
  // quotes have no speaker (or whose language gets none) never needs them.
  let cache: SpeakerCache | null = null;
  const quotes: Quote[] = [];
  for (const c of cands) {
    if (isNotSpeech(text, c)) continue;
    const speaker =
      c.mention === null
        ? null
        : buildSpeaker(text, (cache ??= readSpeakerCache(text, spans, work)), c.mention);
    quotes.push({
      text: text.slice(c.span.start, c.span.end),
      start: c.span.start,
      end: c.span.end,
      partial: c.partial,
      speaker,
    });
  }
  return quotes;
}
