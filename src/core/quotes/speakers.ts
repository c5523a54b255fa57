// Finding who a quote is attributed to: the cue verb next to the quote and the mention it attaches to. Each
// reader looks at a short window on one side of the quote: the cost per quote is small, whatever the length.

import {
  AFTER_CUE_SUBJECT,
  AFTER_SUBJECT_CUE,
  AFTER_SUBJECT_VERB,
  AFTER_VERB_NAME,
  BE,
  CALENDAR_WORDS,
  CLAUSE_CANDIDATE,
  CUE_ANYWHERE,
  DETERMINERS,
  INVERTIBLE_SET,
  isNoCueHere,
  LEADING_FUNCTION_WORDS,
  LEADING_SUBJECT,
  NAME,
  PREPOSITIONS,
  PRONOUNS,
  SKIPPABLE,
  STOP_WORDS,
} from './quote-cues.js';
import { NAME_PREFIX_WORDS } from './person-words.js';
import { NICKNAME } from './nicknames.js';
import { skipOpeningClause } from './opening-clause.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { readUnclosedAppositiveAfter, readUnclosedAppositiveBefore } from './loose-appositive.js';
import { readOwnerPhrase, readPassiveAgent, withPartner } from './subject-extent.js';

/** A speaker mention as written, with its offsets. */
export interface Mention {
  start: number;
  end: number;
}

const WORD_BEFORE = /([A-Za-z\u00C0-\u024F0-9’'.()-]+)\s*$/u;

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length > 0 && word[0] !== word[0]?.toLowerCase() && c !== 0x28;
}

/** Trim a mention's span of surrounding spaces and trailing commas. */
function tidy(text: string, start: number, end: number): Mention {
  let s = start;
  let e = end;
  while (s < e && /[\s,—–-]/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s,]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** A speaker mention in the words right after a closing mark (`,” he said` / `,” said Smith`). */
export function readCueAfter(text: string, from: number): Mention | null {
  for (const pattern of [AFTER_CUE_SUBJECT, AFTER_SUBJECT_CUE, AFTER_SUBJECT_VERB, AFTER_VERB_NAME]) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m === null || m[1] === undefined) continue;
    const start =
      pattern === AFTER_CUE_SUBJECT || pattern === AFTER_VERB_NAME
        ? m.index + m[0].length - m[1].length
        : m.index + m[0].indexOf(m[1]);
    // "said Rubio’s deputy campaign manager, Rich Beeson": the name after the role.
    const comma = m[1].lastIndexOf(', ');
    if ((pattern === AFTER_CUE_SUBJECT || pattern === AFTER_VERB_NAME) && comma > 0)
      return tidy(text, start + comma + 2, start + m[1].length);
    if (pattern === AFTER_SUBJECT_CUE && m[2] !== undefined) {
      const named = readNamedAppositive(text, start + m[1].length, m[1], m[2]);
      if (named !== null) return named;
    }
    return tidy(text, start, start + m[1].length);
  }
  return readUnclosedAppositiveAfter(text, from);
}

const APPOSITIVE_NAME =
  /^,\s([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*(?:\s[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*)+),/u;

/**
 * The name set off by commas after a role ("Hunter’s chief of staff, Joe Kasper, told"): the speaker is
 * the appositive when the subject before it ends in a lower-case role word.
 */
function readNamedAppositive(text: string, at: number, subject: string, appositive: string): Mention | null {
  if (!/(?:^|\s)[a-z][a-z-]*$/u.test(subject)) return null;
  const m = APPOSITIVE_NAME.exec(appositive);
  if (m === null || m[1] === undefined) return null;
  const start = text.indexOf(m[1], at);
  return start < 0 ? null : { start, end: start + m[1].length };
}

/**
 * The subject phrase ending at `end` (scanning back no further than `floor`): a pronoun, a capitalised
 * name with its titles, or a determiner phrase such as "the spokesman". An appositive between commas
 * ("Smith, a spokesman for X, said") is stepped over to the name before it.
 */
export function readSubjectBefore(text: string, floor: number, end: number): Mention | null {
  let e = end;
  // Skip adverbs and auxiliaries between subject and verb.
  for (let guard = 0; guard < 3; guard++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(floor, e - 40), e));
    if (m === null || m[1] === undefined) break;
    const w = m[1].toLowerCase();
    if (!(SKIPPABLE.has(w) || (w.endsWith('ly') && w.length > 4 && !isCapitalised(m[1])))) break;
    e -= m[0].length;
  }
  let cursor = e;
  while (cursor > floor && /\s/u.test(text[cursor - 1] ?? '')) cursor--;
  // A parenthesis after a name: "Sen. Ted Cruz (R-Texas) said".
  if (text[cursor - 1] === ')') {
    const open = text.lastIndexOf('(', cursor);
    if (open > floor && cursor - open < 40) cursor = open;
    while (cursor > floor && /\s/u.test(text[cursor - 1] ?? '')) cursor--;
  }
  // "Gov. John Kasich (R-OH), said": the comma after a parenthesis that follows a name.
  if (text[cursor - 1] === ',' && text[cursor - 2] === ')') {
    const open = text.lastIndexOf('(', cursor);
    if (open > floor && cursor - open < 40) {
      const named = readWordsBack(text, floor, open);
      if (named !== null && isCapitalised(text.slice(named.start, named.end))) return named;
    }
  }
  // Appositive or relative clause: "Smith, a spokesman for X, said" / "her adviser, Jake Sullivan, said".
  if (text[cursor - 1] === ',') return readAppositiveSubject(text, floor, cursor - 1);
  // "from Mike Lee, who declared": the name the relative pronoun stands for.
  if (/(?:^|[^\p{L}])who$/u.test(text.slice(Math.max(floor, cursor - 4), cursor))) {
    let c = cursor - 3;
    while (c > floor && /[\s,]/u.test(text[c - 1] ?? '')) c--;
    const lo = Math.max(floor, c - 80);
    const named = NAME_AT_END.exec(text.slice(lo, c));
    if (named?.[1] !== undefined) return { start: lo + named.index, end: c };
  }
  const loose = readUnclosedAppositiveBefore(text, floor, cursor);
  if (loose !== null) return loose;
  const named = readWordsBack(text, floor, cursor);
  return named === null ? null : (readOwnerPhrase(text, floor, named) ?? withPartner(text, floor, named));
}

/** "with" and the subject of a participle cue after it: "with one of her ads asking". */
const WITH_BEFORE =
  /\bwith\s(?:(?!(?:on|in|at|to|for|from|about|by|after|before|during|and|but|or)\s)[\p{L}’'.-]+\s){1,5}$/u;

/** A capitalised name ending a stretch of text: "the backing of Sen. Tom Reyes". */
const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}’'.-])(${NAME})$`, 'u');

/** Words before a name that only describe the person ("Democratic nominee"): no verb, no preposition. */
function isRolePrefix(words: string): boolean {
  return words
    .trim()
    .split(/\s+/u)
    .every((w) => /^[A-Za-z’'-]+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()) && !/ing$|ed$/u.test(w));
}

/**
 * The subject of a verb that follows a comma: the name set off by the commas when it is one, otherwise
 * the name before the appositive, walking back over at most three commas.
 */
function readAppositiveSubject(text: string, floor: number, comma: number): Mention | null {
  let right = comma;
  for (let step = 0; step < 3; step++) {
    const left = text.lastIndexOf(',', right - 1);
    const segmentStart = left > floor ? left + 1 : floor;
    if (right - segmentStart > 160) return null;
    const inner = readWordsBack(text, segmentStart, right);
    if (
      inner !== null &&
      isCapitalised(text.slice(inner.start, inner.end)) &&
      (/^\s*$/u.test(text.slice(segmentStart, inner.start)) ||
        (step > 0 && left <= floor && isRolePrefix(text.slice(segmentStart, inner.start))))
    ) {
      if (step > 0 || left <= floor) return inner;
      // The nearest segment is the name itself only if what precedes it is a role, not a name: a role
      // may open on a possessive name ("Clinton’s campaign chairman, John Pode, said") but ends in a
      // lower-case noun.
      const before = left > floor ? readWordsBack(text, floor, left) : null;
      if (before === null) return inner;
      const role = text.slice(before.start, before.end);
      return !isCapitalised(role) || /\s[a-z][a-z-]*$/u.test(role) ? inner : before;
    }
    if (left <= floor) return null;
    right = left;
  }
  return null;
}

const TOKEN = new RegExp(String.raw`${NICKNAME}|[A-Za-z\u00C0-\u024F0-9’'.&-]+|\S`, 'gu');

/** The words of a subject phrase ending at `end`, or null when the words there are not a subject. */
function readWordsBack(text: string, floor: number, end: number): Mention | null {
  const lo = Math.max(floor, end - 120);
  const slice = text.slice(lo, end);
  const tokens: { word: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    tokens.push({ word: m[0], start: lo + m.index, end: lo + m.index + m[0].length });
  }
  const lastToken = tokens[tokens.length - 1];
  if (lastToken === undefined) return null;
  let start = -1;
  let sawCapital = false;
  let sawDeterminer = false;
  let lower = 0;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 8; i--) {
    const tok = tokens[i];
    if (tok === undefined || !/[A-Za-z\u00C0-\u024F0-9]/u.test(tok.word)) break;
    const word = tok.word;
    const key = word.toLowerCase().replace(/[.]$/u, '');
    if (i === tokens.length - 1 && PRONOUNS.has(key)) return { start: tok.start, end: tok.end };
    const cap = isCapitalised(word.replace(/^["“‘]/u, ''));
    const possessive = /[’']s$/u.test(word);
    // "George Zornick of The Nation": a determiner opening the name of what the person belongs to.
    if (
      key === 'the' &&
      cap &&
      sawCapital &&
      lower === 0 &&
      tokens[i - 1]?.word === 'of' &&
      isCapitalised(tokens[i - 2]?.word ?? '')
    ) {
      start = tok.start;
      continue;
    }
    if (DETERMINERS.has(key) || (possessive && sawCapital === false && lower > 0)) {
      start = tok.start;
      sawDeterminer = true;
      if (!possessive) break;
    } else if (cap && !LEADING_FUNCTION_WORDS.has(key)) {
      if (lower > 0 && sawCapital) break;
      start = tok.start;
      sawCapital = true;
    } else if (
      !cap &&
      !STOP_WORDS.has(key) &&
      !LEADING_FUNCTION_WORDS.has(key) &&
      !sawCapital &&
      !PRONOUNS.has(key)
    ) {
      start = tok.start;
      lower++;
    } else if (!cap && (key === 'of' || NAME_PARTICLES.has(key)) && sawCapital) {
      start = tok.start;
    } else break;
  }
  if (start < 0) return null;
  const m = tidy(text, start, lastToken.end);
  if (m.end <= m.start) return null;
  const first = text.slice(m.start, m.end).split(/\s/u)[0]?.toLowerCase() ?? '';
  if (first === 'of' || first === 'de') return null;
  if (!sawCapital && !sawDeterminer && lower > 2) return null;
  return m;
}

/** A form of "be" (and an adverb) right before a cue verb: a passive. */
const PASSIVE_BEFORE = new RegExp(String.raw`\b${BE}\s+(?:[a-z]+ly\s+)?$`, 'u');

/**
 * The speaker named by the last cue verb in [from, to): the subject before the verb, or the mention
 * after it for `according to X` and inverted order (`said Smith, “...`). No one when the window holds no
 * cue verb, or when its last is a passive ("Trump was asked, “…”": said to the subject, not by them),
 * which `passive` tells apart.
 */
export function readCue(
  text: string,
  from: number,
  to: number,
): { mention: Mention | null; passive: boolean } {
  const windowText = text.slice(from, Math.max(from, to));
  CUE_ANYWHERE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let earlier: RegExpExecArray | null = null;
  for (let m = CUE_ANYWHERE.exec(windowText); m !== null; m = CUE_ANYWHERE.exec(windowText)) {
    if (isNoCueHere(windowText, m)) continue;
    earlier = last;
    last = m;
  }
  const passive = last !== null && PASSIVE_BEFORE.test(windowText.slice(0, last.index));
  if (last !== null && passive) {
    // "Sanders was asked by host Bill Maher, “…”": the one the passive names after "by" speaks.
    const agent = readPassiveAgent(text, from + last.index + last[0].length, to);
    if (agent !== null) return { mention: agent, passive: false };
  }
  if (last === null || passive) return { mention: null, passive };
  return { mention: readCueSubject(text, from, to, last, earlier), passive: false };
}

/** Who the cue verb `last` (found in the window from `from`) names; `earlier` is the cue before it. */
function readCueSubject(
  text: string,
  from: number,
  to: number,
  last: RegExpExecArray,
  earlier: RegExpExecArray | null,
): Mention | null {
  const cueStart = from + last.index;
  const cueEnd = cueStart + last[0].length;
  const verb = last[0].toLowerCase();
  if (verb !== 'according to') {
    if (verb.endsWith('ing')) {
      // "…, with one of her ads asking, “…”": the participle's own subject after "with".
      const withAt = WITH_BEFORE.exec(text.slice(Math.max(from, cueStart - 80), cueStart));
      if (withAt !== null) return readSubjectBefore(text, cueStart - withAt[0].length + 5, cueStart);
      // "…, Spicer said, adding: “…”": whoever said; otherwise the subject of the clause the participle
      // hangs on ("Sanders stepped up his emphasis, saying: “…”").
      const said = earlier === null ? null : readSubjectBefore(text, from, from + earlier.index);
      return said ?? readClauseSubject(text, from, cueStart);
    }
    const subject = readSubjectBefore(text, from, cueStart);
    if (subject !== null) return subject;
  }
  if (INVERTIBLE_SET.has(verb)) {
    AFTER_CUE_SUBJECT.lastIndex = cueStart;
    const m = AFTER_CUE_SUBJECT.exec(text);
    if (m !== null && m[1] !== undefined) {
      const start = m.index + m[0].length - m[1].length;
      if (start >= cueEnd && start + m[1].length <= to) return tidy(text, start, start + m[1].length);
    }
  }
  // "Carson did not mention them, but told his supporters, “…”": the sentence's subject.
  return readClauseSubject(text, from, cueStart);
}

/** The subject at the start of a sentence ("Cruz called them on it:"), for quotes introduced by a colon. */
export function readLeadingSubject(text: string, from: number, to: number): Mention | null {
  LEADING_SUBJECT.lastIndex = from;
  const hit = LEADING_SUBJECT.exec(text);
  if (hit === null || hit[1] === undefined) return null;
  const start = hit.index + hit[0].indexOf(hit[1]);
  if (start + hit[1].length > to) return null;
  const firstWord = hit[1].split(/\s/u)[0]?.toLowerCase() ?? '';
  if (LEADING_FUNCTION_WORDS.has(firstWord) || STOP_WORDS.has(firstWord)) return null;
  return tidy(text, start, start + hit[1].length);
}

const ROLE_WORDS_THEN_NAME =
  /^(?:\s[a-z][a-z-]*){1,3}\s[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*(?:\s[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*)+/u;

/**
 * The subject of the clause in [from, to): a determiner phrase opening it ("The judge"), else the first
 * pronoun or name that is not the object of a preposition ("In a statement, Rep. Jeffries reacted").
 */
export function readClauseSubject(text: string, start: number, to: number): Mention | null {
  // "While predicting X's downfall, Ms. Kovner sighed": the subject after the opening clause.
  const from = skipOpeningClause(text, start, to);
  const leading = readLeadingSubject(text, from, to);
  if (
    leading !== null &&
    DETERMINERS.has(text.slice(leading.start, leading.end).split(/\s/u)[0]?.toLowerCase() ?? '')
  ) {
    return leading;
  }
  const windowText = text.slice(from, to);
  CLAUSE_CANDIDATE.lastIndex = 0;
  for (let m = CLAUSE_CANDIDATE.exec(windowText); m !== null; m = CLAUSE_CANDIDATE.exec(windowText)) {
    let start = m.index;
    let phrase = m[0];
    // Drop sentence-start function words glued to the name: "But Trump", "In".
    for (;;) {
      const space = phrase.indexOf(' ');
      const head = (space < 0 ? phrase : phrase.slice(0, space)).toLowerCase();
      if (!LEADING_FUNCTION_WORDS.has(head) && !STOP_WORDS.has(head) && !CALENDAR_WORDS.test(head)) break;
      if (space < 0) {
        phrase = '';
        break;
      }
      start += space + 1;
      phrase = phrase.slice(space + 1);
    }
    // A sentence opening on a participle ("Appearing at the rally, Suu Kyi said") has its subject later.
    if (phrase.length === 0 || /^[A-Z][a-z]+ing\b/.test(phrase)) continue;
    // "Republican presidential nominee Donald Trump": a party word, role words, then the name.
    if (phrase.split(/\s+/u).every((w) => NAME_PREFIX_WORDS.has(w.toLowerCase()))) {
      const more = ROLE_WORDS_THEN_NAME.exec(windowText.slice(start + phrase.length));
      if (more !== null) phrase += more[0];
    }
    const before = /([A-Za-z\u00C0-\u024F’']+)[\s,]*$/u.exec(
      windowText.slice(Math.max(0, start - 20), start),
    );
    const previous = before?.[1]?.toLowerCase() ?? '';
    if (PREPOSITIONS.has(previous) || DETERMINERS.has(previous)) continue;
    return tidy(text, from + start, from + start + phrase.length);
  }
  return leading;
}

/** The name right before a colon that introduces a quote ("Pollsters agree - Carl Bialik: “…”"). */
export function readNameBeforeColon(text: string, from: number, colon: number): Mention | null {
  const m = readWordsBack(text, from, colon);
  if (m === null) return null;
  const phrase = text.slice(m.start, m.end);
  if (!isCapitalised(phrase) || PRONOUNS.has(phrase.toLowerCase())) return null;
  // "Kasich resisted: “…”": a verb before the colon; the clause's subject speaks, not the words.
  if (!isCapitalised(/\S+$/u.exec(phrase)?.[0] ?? '')) return null;
  return withPartner(text, from, m);
}
