// Which sentences may appear in a summary at all: not the headline, not page furniture (advertisement
// markers, share and subscribe prompts, "Read more"), not bylines, datelines or photo captions.

import { opensLeaningIn } from './leaning-openers.js';

const BOILERPLATE =
  /^(advertisement|advert|sponsored|read more|read next|more:|related:|see also|watch:|video:|listen:|share this|share on|share via|share with|subscribe|sign up|click here|follow us|follow @|like us on|scroll down|image copyright|image caption|media playback|copyright|all rights reserved|©|getty images|photograph:|photo:|picture:|pictured:|image:|credit:|source:|last updated|updated:|published:|posted:|email this|print this|comments?$)/i;
const BYLINE =
  /^(by|from|reporting by|written by|words by|edited by)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*\s*[,.|]?(\s*(for|in)\b.*)?$/u;
const DATELINE = /^[\p{Lu}][\p{L} .,'-]{0,40}(\((cnn|ap|reuters|afp)\))?$/iu;
const CAPTION_HINT =
  /\b(pictured|photographed|\(file photo\)|file picture|getty images|\bap photo\b|reuters\/|\(above\)|\(below\)|\(left\)|\(right\)|\(centre\)|\(center\))/i;

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SentenceFacts {
  text: string;
  wordCount: number;
  /** Ends with ., ! or ? (possibly inside closing quotes). */
  terminated: boolean;
  question: boolean;
  /** Opens with a quotation mark: the words of a source rather than the writer's. */
  quoted: boolean;
}

const LEANING_OPENERS = new Set(
  `he she they it its his her their them him this these those that there but and also however meanwhile yet so
  then instead still nevertheless moreover furthermore besides otherwise thus hence indeed such both another
  other others later afterwards earlier`.split(/\s+/),
);

/**
 * The same in Chinese and Japanese, which run words together, so only the sentence's first characters
 * say it: connectives (但是 but, 因此 so, 例如 for example; しかし, また), pronouns (他, 它们; 彼) and
 * demonstratives (这, 该; この, それ).
 */
const LEANING_CJK_OPENERS =
  /^(?:但是|但|而且|并且|因此|所以|不过|然而|另外|此外|同时|例如|比如|他们|她们|它们|他|她|它|这|那|该|しかし|また|さらに|そして|だが|ただし|一方|それ|これ|この|その|彼)/u;

/**
 * Whether a sentence leans on what came before: it opens with an anaphor, a connective or a quotation,
 * is an aside in brackets or an item of a list, carries "however" near its start, or is a quotation brought in by a colon ("He added: …", "Police said:
 * ‘We …", "They can, however, …"). Fine inside a summary that follows the article's order, not as a line
 * that must stand alone. With the article's `language`, that language's own openers count too (see
 * leaning-openers.ts). Asked only of the few sentences a one-line summary may pick: the patterns cost
 * more than the rest of reading a sentence.
 */
export function leansOnContext(sentence: string, language?: string): boolean {
  const text = sentence.trim();
  if (`"“‘'«`.includes(text.charAt(0))) return true;
  if (isQuoteTail(text)) return true;
  // A sentence wholly in brackets is an aside to the one before ("(Alternatively, … are real.)"); a
  // lead's "(CNN) -- …" is not.
  if (/^[([][^)\]]*[)\]]$/.test(text)) return true;
  // An item of a list ("- The sum of …", "• Prices rose") belongs to the line that brought the list in.
  if (/^[-•*–]\s/.test(text)) return true;
  if (LEANING_CJK_OPENERS.test(text)) return true;
  const word = /^[\p{L}’']+/u.exec(text)?.[0] ?? '';
  // A sentence that opens in lower case lost its start ("cleared the required 1.90m…"); "iPhone" and
  // "eBay" are names.
  if (/^\p{Ll}[\p{Ll}’']*$/u.test(word)) return true;
  const first = word.toLowerCase();
  if (LEANING_OPENERS.has(first)) return true;
  if (language !== undefined && opensLeaningIn(language, text)) return true;
  return (
    /^[^.:]{0,40}\b(however|though|too|as well)\b,/i.test(text) ||
    /^[^.]{0,60}\b(added|continued):/.test(text) ||
    /^[^.:]{0,60}\b(said|says|told \w+|explained|insisted|warned|wrote|writes):\s*["“‘']/.test(text)
  );
}

/**
 * The end of a quotation opened in an earlier sentence ('Life was cheap then," he said.', 'It was
 * wasted.”'): a closing mark with no opening one before it in the sentence.
 */
function isQuoteTail(text: string): boolean {
  const close = text.indexOf('”');
  if (close >= 0 && text.lastIndexOf('“', close) < 0) return true;
  if (closesFirst(text)) return true;
  let straight = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x22) straight++;
  return straight % 2 === 1 && text.lastIndexOf('"') > text.length / 2;
}

/** Marks of other conventions: „…“ (German), «…» and »…«, 「…」 and 『…』. */
const OTHER_MARK = /[„“«»「」『』]/u;

/**
 * Whether the sentence's first mark of another convention closes a quotation: 」 or 』, or a mark with no
 * letter after it, right after a word ('die Sanierung“, sagte sie', 'billiger«, sagte') or, for », after a
 * space ('montrent », a-t-elle').
 */
function closesFirst(text: string): boolean {
  const at = text.search(OTHER_MARK);
  if (at <= 0) return false;
  const mark = text.charAt(at);
  if (mark === '」' || mark === '』') return true;
  if (mark === '„' || mark === '「' || mark === '『' || /[\p{L}\p{N}]/u.test(text.charAt(at + 1)))
    return false;
  return mark === '»' || !/\s/u.test(text.charAt(at - 1));
}

const CLOSERS = `"'”’)]`;

export function describeSentence(text: string, wordCount: number): SentenceFacts {
  const trimmed = text.trim();
  // The last character before any closing quotes or brackets.
  let last = trimmed.length - 1;
  while (last >= 0 && CLOSERS.includes(trimmed.charAt(last))) last--;
  const stop = trimmed.charAt(last);
  return {
    text: trimmed,
    wordCount,
    terminated: stop === '.' || stop === '!' || stop === '?' || stop === '…',
    question: stop === '?',
    quoted: `"“‘'«`.includes(trimmed.charAt(0)) && trimmed.length > 0,
  };
}

/**
 * Marks of code (and markup) that prose does not make: braces, operators, a bracket right after a word
 * or a dot (a call: "get_object("), an underscore inside a word, a semicolon with no space after it, a
 * path ("/org/gnome/"). Not square brackets (an editor's "[to the U.S.]") nor "$" (prices).
 */
const CODE_MARK = /[{}=<>\\|`]|\w_\w|[\w.]\(|;\S|\/\w+\//g;
/** A sentence with at least this many, one per this many visible characters, is code. */
const CODE_MIN_MARKS = 4;
const CODE_CHARS_PER_MARK = 25;

/** A line of code ("sm = bus.get_object('org.gnome.SessionManager')"), which no summary shows. */
function looksLikeCode(text: string): boolean {
  const marks = text.match(CODE_MARK)?.length ?? 0;
  if (marks < CODE_MIN_MARKS) return false;
  const visible = text.length - (text.match(/\s/g)?.length ?? 0);
  return marks * CODE_CHARS_PER_MARK >= visible;
}

/** Whether the sentence is page furniture rather than article prose. */
export function isFurniture(facts: SentenceFacts): boolean {
  const t = facts.text;
  if (looksLikeCode(t)) return true;
  // Prompts are short; a long sentence that merely starts like one (glued to the lead) is prose.
  if (facts.wordCount <= 15 && BOILERPLATE.test(t)) return true;
  if (facts.wordCount <= 12 && BYLINE.test(t)) return true;
  if (!facts.terminated && facts.wordCount <= 6 && DATELINE.test(t)) return true;
  if (!facts.terminated && CAPTION_HINT.test(t)) return true;
  return false;
}

/** Whether the first sentence repeats the title or looks like a headline (short, no stop, own line). */
export function isHeadline(
  facts: SentenceFacts,
  title: string | undefined,
  followedByNewline: boolean,
): boolean {
  if (title !== undefined && title.trim() !== '') {
    const a = normalizeForCompare(facts.text);
    const b = normalizeForCompare(title);
    if (a === b || (b.length > 0 && a.startsWith(b) && a.length - b.length < 3)) return true;
  }
  return !facts.terminated && facts.text.length <= 300 && followedByNewline;
}
