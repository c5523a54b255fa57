// Who a short mention stands for, given the people of the article (people.ts): "he" or "she", a
// surname, "the senator". When nothing fits, the answer is null: no speaker rather than a wrong one.

import { findSentenceStart } from './quote-context.js';
import { skipOpeningClause } from './opening-clause.js';
import { PLAIN_CUE } from './quote-cues.js';
import {
  insideAny,
  MAX_DISTANCE,
  MAX_SENTENCES_BACK,
  startOfLineEndingAfter,
  type People,
  type Person,
  type PersonMention,
} from './people.js';
import type { Gender } from './person-words.js';
import { canBeSame, holdingEvery } from './name-match.js';
import { holdsModifiers } from './role-modifiers.js';

/** Index of the first mention starting at or after `pos`. */
function firstMentionFrom(mentions: PersonMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid] as PersonMention).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function headlineBetween(people: People, from: number, to: number): boolean {
  const start = startOfLineEndingAfter(people.headlines, from);
  return start >= 0 && start < to;
}

const QUOTED_PRONOUN: Record<Gender, RegExp> = {
  m: /\b(?:he|him|his)\b/iu,
  f: /\b(?:she|her|hers)\b/iu,
};

/**
 * The person "he" or "she" at `pos` stands for: in the pronoun's own sentence and then each sentence
 * before it, the first person of that gender (or of unknown gender) who is a subject rather than the
 * object of a preposition; a he or she met on the way stands for whoever it stands for. Never across a
 * headline line, and no further back than a few of the writer's sentences (a quotation's don't count);
 * a profile's chain of up to eight pronouns is followed back to the name that opened it.
 */
export function resolvePronoun(people: People, pos: number, gender: Gender, depth = 0): Person | null {
  if (depth > 8) return null;
  const { text, mentions } = people;
  const floor = Math.max(0, pos - MAX_DISTANCE);
  let end = pos;
  // The object of a preposition of exactly that gender, when no subject fits: "questions from Ms. Tally".
  let fallback: Person | null = null;
  // Inside a quotation itself (a quotation quoted), every sentence counts.
  const writers = !insideAny(people.quotes, pos);
  for (let s = 0; s < MAX_SENTENCES_BACK && end > floor;) {
    const start = findSentenceStart(text, end, floor);
    if (headlineBetween(people, start, pos)) return fallback;
    // A sentence inside a quotation is the speaker's, not the writer's: a long quotation does not use up
    // the sentences the search may go back, unless it speaks of someone of that gender itself.
    if (!writers || !insideAny(people.quotes, start) || QUOTED_PRONOUN[gender].test(text.slice(start, end)))
      s++;
    // "A 29-year-old Berlin woman got probation after she posted": someone the article does not name.
    const unnamed = firstUnnamedPerson(people, start, end, gender);
    const closing = closingSpeaker(people, start, end, gender);
    const attributed =
      parentheticalSpeaker(people, start, end, gender) ??
      (closing !== null && !titledInQuote(people, pos, closing) ? closing : null);
    if (attributed !== null) return attributed;
    // "At the event where Clinton and O’Malley spoke, West took a dig": the subject after the opening
    // clause, not the names inside it.
    const main = subjectAfterOpeningClause(people, start, Math.min(end, unnamed), gender);
    if (main !== null) return main;
    for (let i = firstMentionFrom(mentions, start); i < mentions.length; i++) {
      const m = mentions[i] as PersonMention;
      if (m.end > end || m.start > unnamed) break;
      if (m.oblique) {
        if (fallback === null && m.person?.gender === gender) fallback = m.person;
        continue;
      }
      if (m.pronoun !== null) {
        if (m.pronoun !== gender) continue;
        return resolvePronoun(people, m.start, gender, depth + 1);
      }
      if (m.person !== null && (m.person.gender === null || m.person.gender === gender)) return m.person;
    }
    if (unnamed < end) return null;
    end = start;
    while (end > floor && /\s/u.test(text[end - 1] ?? '')) end--;
  }
  return fallback;
}

/** Words that open a clause before the sentence's subject: "At the rally, …", "Filling in for Sanders, …". */
const OPENING_CLAUSE =
  /^(?:At|In|On|After|Before|When|While|As|During|Since|Despite|Although|Though|Because|With|Without|Following|Amid|Speaking|Filling|Standing|Asked|Appearing)\b[^,.;:“”"]*,[ \u00a0]+/u;

/**
 * The first person of that gender (or unknown gender) named as subject right after a sentence's opening
 * clause in [start, end), or null when the sentence has no such clause or no name right after it.
 */
function subjectAfterOpeningClause(
  people: People,
  start: number,
  end: number,
  gender: Gender,
): Person | null {
  const { text, mentions } = people;
  const clause = OPENING_CLAUSE.exec(text.slice(start, end));
  // "Like Makaeff, the former customer, Roffman doesn't want to": a clause with commas of its own.
  let at = skipOpeningClause(text, start, end);
  while (at > start && /\s/u.test(text[at] ?? '')) at++;
  if (clause !== null) at = Math.max(at, start + clause[0].length);
  else if (at === start) return null;
  const i = firstMentionFrom(mentions, at);
  const m = mentions[i];
  // "As for Trump, he said": the pronoun after a topic stands for the topic.
  if (
    m !== undefined &&
    m.start === at &&
    m.pronoun === gender &&
    clause !== null &&
    /^As for\s/u.test(clause[0])
  )
    return topicOf(mentions, start, at, gender);
  if (m === undefined || m.start !== at || m.end > end || m.person === null) return null;
  return m.person.gender === null || m.person.gender === gender ? m.person : null;
}

/** The first person of that gender (or unknown gender) named in [start, end): the topic of "As for X,". */
function topicOf(mentions: PersonMention[], start: number, end: number, gender: Gender): Person | null {
  for (let i = firstMentionFrom(mentions, start); i < mentions.length; i++) {
    const m = mentions[i] as PersonMention;
    if (m.end > end) break;
    if (m.person !== null && (m.person.gender === null || m.person.gender === gender)) return m.person;
  }
  return null;
}

/** `, Sexton said,` set inside a sentence: who the sentence's words are from. */
const PARENTHETICAL_CUE = new RegExp(String.raw`^[ \u00a0]+(?:${PLAIN_CUE}|explained),`, 'u');

/** ` said.` after a quotation's closing mark and a name: the sentence's words are that name's. */
const TRAILING_CUE = new RegExp(String.raw`^[ \u00a0]+(?:${PLAIN_CUE})[.!]`, 'u');

/**
 * The person of that gender (or unknown gender) named in a parenthetical attribution in [start, end):
 * "Trump, Sexton said, has created a zone. “…,” he said." — the one who goes on speaking.
 */
function parentheticalSpeaker(people: People, start: number, end: number, gender: Gender): Person | null {
  const { text, mentions } = people;
  for (let i = firstMentionFrom(mentions, start); i < mentions.length; i++) {
    const m = mentions[i] as PersonMention;
    if (m.end > end) break;
    if (m.person === null || (m.person.gender !== null && m.person.gender !== gender)) continue;
    if (
      /,[ \u00a0]*$/u.test(text.slice(Math.max(0, m.start - 3), m.start)) &&
      PARENTHETICAL_CUE.test(text.slice(m.end, m.end + 16))
    )
      return m.person;
    // "Paretsky “changed the way readers thought”, Cleeves said. “…,” she added": the one quoted last.
    if (
      /(?:[”"],?|,[”"])[ \u00a0]+$/u.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      TRAILING_CUE.test(text.slice(m.end, m.end + 16))
    )
      return m.person;
  }
  return null;
}

/**
 * A person written with "a" or "an" and a noun of that gender (or none): "a 26-year-old Berlin man", "a
 * Labour spokesman"; or a relative written only by whose they are ("Reed’s wife, Lia,"), unless a name
 * follows at once ("Fletcher’s daughter Jill"); or "said the woman" of someone who is not named.
 */
const UNNAMED_PERSON: Record<Gender, RegExp> = {
  m: /\b[Aa]n?\s(?:[\w’'-]+\s){0,3}?(?:man|boy|father|son|husband|person|resident|\d+-year-old|spokesman|spokesperson|official|aide|staffer)(?![\w-])|(?<=\b\p{Lu}[\p{L}-]*[’']s\s)(?:husband|father|son|brother|widower)(?![\w-])(?![ \u00a0]+\p{Lu})|\b(?:said|says|told)[ \u00a0]+the[ \u00a0]+(?:[a-z’'-]+[ \u00a0]+){0,2}?man(?![\w-])/gu,
  f: /\b[Aa]n?\s(?:[\w’'-]+\s){0,3}?(?:woman|girl|mother|daughter|wife|person|resident|\d+-year-old|spokeswoman|spokesperson|official|aide|staffer)(?![\w-])|(?<=\b\p{Lu}[\p{L}-]*[’']s\s)(?:wife|mother|daughter|sister|widow)(?![\w-])(?![ \u00a0]+\p{Lu})|\b(?:said|says|told)[ \u00a0]+the[ \u00a0]+(?:[a-z’'-]+[ \u00a0]+){0,2}?woman(?![\w-])/gu,
};

/** A name set off by commas right after an unnamed person: ", Dr Vance," (after "for the firm" or not). */
const NAMED_AFTER =
  /^(?:[ \u00a0]+(?:for|of|at|with|to)[ \u00a0][^,.;:!?\n]{1,60})?,[ \u00a0]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \u00a0]+)?[A-Z\u00C0-\u00DE][\p{L}’'.-]*(?:[ \u00a0]+[A-Z\u00C0-\u00DE][\p{L}’'.-]*)+,/u;

/**
 * Where the first unnamed person of that gender is written in [from, to), or `to` when there is none.
 * Not inside a quotation, and not in an appositive that describes the name before it ("Wayne Borders,
 * a 33-year-old canvasser").
 */
function firstUnnamedPerson(people: People, from: number, to: number, gender: Gender): number {
  const pattern = UNNAMED_PERSON[gender];
  const slice = people.text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    const at = from + m.index;
    if (insideAny(people.quotes, at)) continue;
    if (/[A-Z\u00C0-\u00DE][\w’'.-]*\)?,\s*$/u.test(people.text.slice(Math.max(0, at - 40), at))) continue;
    // "a 52-year-old resident named Caroline": named after all.
    const rest = people.text.slice(at + m[0].length, to);
    if (/^[^;:!?\n]{0,50}?\bnamed[ \u00a0]+[A-Z\u00C0-\u00DE]/u.test(rest)) continue;
    // "A spokesman for the firm, Dr Vance, told": named in the appositive after it.
    if (NAMED_AFTER.test(rest)) continue;
    // "…said.An RSPCA spokesman said…later.RSPCA inspector Andy Bostock…": sentences run together with
    // no space are one sentence to the search, and an unnamed person in an earlier one hides no one.
    if (/[a-z][.?!]["”]?[A-Z]/u.test(rest)) continue;
    return at;
  }
  return to;
}

/** The person an article's title or role noun ("the senator", "the former president") points at. */
export function resolveRole(
  people: People,
  pos: number,
  role: string,
  current = false,
  modifiers: readonly string[] = [],
): Person | null {
  const { mentions } = people;
  for (let i = firstMentionFrom(mentions, pos) - 1; i >= 0; i--) {
    const m = mentions[i] as PersonMention;
    if (pos - m.start > MAX_DISTANCE * 2) break;
    // "the governor" is not "the former New Jersey governor" the article also named.
    if (
      m.person !== null &&
      m.person.roles.has(role) &&
      holdsModifiers(m.person.roles, modifiers) &&
      !(current && m.person.roles.has('former'))
    )
      return m.person;
  }
  return null;
}

/** The person a written name ("Trump", "Mr. Obama", "Hillary Clinton") belongs to, or null. */
export function resolveName(people: People, pos: number, words: string[]): Person | null {
  const { mentions } = people;
  for (let i = firstMentionFrom(mentions, pos + 1) - 1; i >= 0; i--) {
    const p = mentions[i]?.person;
    if (p && canBeSame(p.words, words)) return p;
  }
  for (const p of people.people) if (canBeSame(p.words, words)) return p;
  const holding = holdingEvery(people.people, words);
  return holding.length === 0 ? null : holding.reduce((a, b) => (b.mentions > a.mentions ? b : a));
}

/** A plain cue closing a sentence after a comma and a name: ", Ben Carson said Monday." */
const CLOSING_CUE = new RegExp(
  String.raw`^[ \u00a0]+(?:ha[sd][ \u00a0]+)?(?:${PLAIN_CUE})\b[^.!?;:“”"]{0,30}[.!?]?$`,
  'u',
);

/** The person named right before a plain cue that closes the sentence [start, end), or null. */
function closingSpeaker(people: People, start: number, end: number, gender?: Gender): Person | null {
  const { text, mentions } = people;
  for (let i = firstMentionFrom(mentions, start); i < mentions.length; i++) {
    const m = mentions[i] as PersonMention;
    if (m.end > end) break;
    if (m.person === null || (gender !== undefined && m.person.gender !== null && m.person.gender !== gender))
      continue;
    if (!/,[”"]?[ \u00a0]*$/u.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (CLOSING_CUE.test(text.slice(m.end, end))) return m.person;
  }
  return null;
}

/** A title before a surname: "Senator Sanders's message". */
const TITLE_BEFORE = String.raw`(?:Senator|Sen\.|Mr\.|Mrs\.|Ms\.|Governor|Gov\.|President|Secretary)[ \u00a0]+`;

/**
 * True when the quotation next to the cue at `pos` ("“…,” he said" or "he said: “…”") names `person`
 * with a title: "whether Senator Sanders's message could go toe to toe" is not Sanders speaking.
 */
function titledInQuote(people: People, pos: number, person: Person): boolean {
  const surname = (person.words[person.words.length - 1] ?? '').replace(/[^\p{L}’'-]/gu, '');
  const span = people.quotes.find(
    (q) => (q.close <= pos && pos - q.close < 6) || (q.open >= pos && q.open - pos < 40),
  );
  if (span === undefined || surname.length < 2) return false;
  const quoted = people.text.slice(span.start, span.end);
  return new RegExp(String.raw`${TITLE_BEFORE}${surname}\b`, 'u').test(quoted);
}

/** A cue verb alone before the mention: "said the senator". */
const OWN_CUE = new RegExp(String.raw`^(?:${PLAIN_CUE}|asked)$`, 'u');

/**
 * The subject of the sentence holding `pos`, or, when a quotation comes before `pos` in its sentence
 * (“…,” the senator said), of the sentence before it: its first person named outside quotations who is
 * not the object of a preposition (“…,” Trumble told ABC. “…,” the candidate said. — the speaker goes
 * on). A pronoun subject or a headline line ends the search. A role opening its own sentence ("At the cookout,
 * the band leader sang") may be someone new and reaches no further back.
 */
function resolveRecentSubject(people: People, pos: number): Person | null {
  const { text, mentions } = people;
  const floor = Math.max(0, pos - MAX_DISTANCE);
  let end = pos;
  // “Who else, right?” said the senator — the question that ends a sentence before the cue is the
  // quotation the mention speaks, not someone else's turn.
  let ownQuestion = false;
  for (let s = 0; s < 2 && end > floor; s++) {
    const start = findSentenceStart(text, end, floor);
    if (headlineBetween(people, start, pos)) return null;
    // A sentence wholly inside the quotation is the speaker's, not the writer's: it does not use up
    // the search.
    const speakers =
      ((insideAny(people.quotes, start) || insideAny(people.quotes, start + 1)) &&
        insideAny(people.quotes, end - 1)) ||
      (ownQuestion &&
        (/^[“"]/u.test(text.slice(start, end)) || insideAny(people.quotes, start + 1)) &&
        /[?!][”"]$/u.test(text.slice(start, end)));
    ownQuestion = false;
    if (s > 0 && speakers) {
      s--;
      end = start;
      while (end > floor && /\s/u.test(text[end - 1] ?? '')) end--;
      continue;
    }
    // “Would you run again?” Ames asked. — words after a question or exclamation in marks belong to it.
    const lead = text.slice(Math.max(0, start - 4), start);
    const quoted = /[“”"]/u.test(text.slice(start, end)) || /[?!][”"][ \u00a0]*$/u.test(lead);
    // “Would you run again?” Ames asked. “I would,” the senator said. — a question is someone else's turn.
    if (s > 0 && (/\?[”"]/u.test(text.slice(start, end)) || /\?[”"][ \u00a0]*$/u.test(lead))) return null;
    // "Trump plans to …, Ben Carson said Monday.": the sentence is the one its closing cue names.
    if (s > 0) {
      const closing = closingSpeaker(people, start, end);
      if (closing !== null) return closing;
    }
    for (let i = firstMentionFrom(mentions, start); i < mentions.length; i++) {
      const m = mentions[i] as PersonMention;
      if (m.end > end) break;
      if (m.oblique) continue;
      if (m.person === null) return null;
      return m.person;
    }
    if (s > 0) return null;
    if (!quoted) return null;
    const between = text.slice(start, pos).trim();
    ownQuestion = /[?!][”"][ \u00a0]*$/u.test(lead) && (between === '' || OWN_CUE.test(between));
    end = start;
    while (end > floor && /\s/u.test(text[end - 1] ?? '')) end--;
  }
  return null;
}

/**
 * The person "the senator" at `pos` stands for: the subject of the sentence (or the one before) when
 * the article titled them so; else the nearest person it titled so; else, for a role the article gave
 * no one, that subject — the writer naming again whom the paragraph is about.
 */
export function resolveDefiniteRole(
  people: People,
  pos: number,
  role: string,
  current = false,
  modifiers: readonly string[] = [],
): Person | null {
  const subject = resolveRecentSubject(people, pos);
  if (subject !== null && subject.roles.has(role) && holdsModifiers(subject.roles, modifiers)) return subject;
  return resolveRole(people, pos, role, current, modifiers) ?? subject;
}
