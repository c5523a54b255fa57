// The people an article writes about, and who a short mention of one of them means: "he" or "she"
// (the most recent person of that gender, a sentence's subject before its objects), a surname or
// "Mr. Obama" (the fullest name the article writes for that person), "the senator" (the person the
// article gave that title). Names inside quotations and headline lines are not the writer naming
// anyone and are left out. When nothing fits, the answer is null: no speaker rather than a wrong one.

import { DESCRIBER, DESCRIBING_TAIL } from '../text/describer.js';
import { BEFORE_NO_PARTICLE, NAME_PARTICLE_PATTERN } from '../text/name-particles.js';
import type { MarkSpan } from './quote-marks.js';
import { readBareSurname, noteFullMention, type FullMentions } from './surname-choice.js';
import { pickRoyal, royalName } from './royal-names.js';
import { canBeSame, givenNames, holdingEvery, isFuller, keyOf, surnameKey } from './name-match.js';
import { isPersonLike, isPlaceMention, type LineRanges, type NameBook, type NameMention } from './names.js';
import {
  genderOfGivenName,
  genderOfTitles,
  NAME_PREFIX_WORDS,
  isLoneSpeaker,
  isNeverALoneName,
  PERSON_TITLES,
  SPEECH_AFTER,
  isSaidWho,
  namesAThing,
  type Gender,
} from './person-words.js';

export interface Person {
  /** The fullest name the article writes, without titles: ["Barack", "Obama"]. */
  words: string[];
  gender: Gender | null;
  /** Lower-case words written as this person's title or role ("president", "mayor", "nominee"). */
  roles: Set<string>;
  mentions: number;
}

export interface PersonMention {
  start: number;
  end: number;
  /** The person named, or null for a pronoun. */
  person: Person | null;
  /** For he/she: the gender of the pronoun. */
  pronoun: Gender | null;
  /** After a preposition or written as a possessive: not the subject of its clause. */
  oblique: boolean;
}

export interface People {
  text: string;
  people: Person[];
  mentions: PersonMention[];
  headlines: LineRanges;
  /** The quotations' spans, in order. */
  quotes: MarkSpan[];
}

const PREPOSITIONS = new Set(
  (
    'with to by of for from about at in on against than like under toward towards between among including ' +
    'into over after before behind beside via'
  ).split(' '),
);
const TOKEN = /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]*|\b(?:he|she)\b/gu;
export const MAX_SENTENCES_BACK = 6;
export const MAX_DISTANCE = 2000;

/**
 * The name words that identify a person: leading describers, party adjectives and epithets dropped, and a
 * birthplace or another describer with the words before it ("South Korean-born Monte Haines",
 * "Texas-based Mark Dowell"), initials kept.
 */
export function personWords(words: string[]): string[] {
  let first = words.length > 1 && DESCRIBER.test(words[0] ?? '') ? 1 : 0;
  for (let i = words.length - 2; i >= first; i--) {
    if (DESCRIBING_TAIL.test(words[i] ?? '')) {
      first = i + 1;
      break;
    }
  }
  while (first < words.length && NAME_PREFIX_WORDS.has((words[first] ?? '').toLowerCase())) first++;
  return words.slice(first);
}

const INNER_CAPITAL_OK = /^(?:Mc|Mac|O’|O'|De|Du|Di|La|Le|Van)[A-Z]/u;

/** True for words a person's name can be made of: no acronyms ("MSNBC"), no brand casing ("PolitiFact"). */
export function looksLikePersonName(words: string[]): boolean {
  if (!isPersonLike(words)) return false;
  return words.every((w) => {
    if (/^[A-Z\u00C0-\u00DE]\.(?:[A-Z]\.)*$/u.test(w)) return true;
    if (/^[A-Z]{2,}$/u.test(w.replace(/[’'-]/gu, ''))) return false;
    return !/[a-z][A-Z]/u.test(w) || INNER_CAPITAL_OK.test(w);
  });
}

/** Up to `max` words right before `pos`, nearest first, stopping at punctuation or a line end. */
function readWordsBefore(text: string, pos: number, max: number): string[] {
  const words: string[] = [];
  let i = pos;
  while (words.length < max) {
    while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isWordPart(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    words.push(text.slice(i, end));
  }
  return words;
}

/**
 * A space or a no-break space. (Codes, not `text[i]`: a one-character string's compiled reads depend on
 * how the text is stored, and the first two-byte article threw them away.)
 */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/** A letter A-Z or a-z, an apostrophe (’ or '), a full stop or a hyphen. */
function isWordPart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d
  );
}

export function insideAny(spans: MarkSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as MarkSpan).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && pos < span.end;
}

/** The start of the first line ending after `pos` (lines in order, not overlapping), or -1 if none does. */
export function startOfLineEndingAfter(lines: LineRanges, pos: number): number {
  let lo = 0;
  let hi = lines.length >>> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[2 * mid + 1] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < lines.length ? (lines[2 * lo] as number) : -1;
}

function insideHeadline(headlines: LineRanges, pos: number): boolean {
  const start = startOfLineEndingAfter(headlines, pos);
  return start >= 0 && start <= pos;
}

/** Words that end a role: articles, conjunctions, auxiliaries, speech verbs. */
const NOT_ROLE_WORDS =
  /^(?:the|a|an|and|or|but|that|who|which|is|was|were|are|be|been|has|had|have|will|would|could|should|can|may|might|must|told|tells|tell|said|says|say|asked|asks)$/u;

const ROLE_GLUE = /^(?:the|an?|and|or|but|that|who|which)$/u;

/** Lower-case role words written right before a name ("Tulsa police Chief") or in the appositive after it. */
function readRoleWords(text: string, name: NameMention, into: Set<string>): void {
  for (const t of name.titles) into.add(keyOf(t).replace(/[.]$/u, ''));
  for (const w of readWordsBefore(text, name.start, 4)) {
    if (!/^[a-z]/u.test(w)) continue;
    // "A federal judge granted Judicial Watch’s request": a verb ends the words that describe the name.
    // "the prime minister should sack Gordon Brown", "he told Gordon Brown": a verb ends them too.
    if (/ed$/u.test(w) || PREPOSITIONS.has(w) || NOT_ROLE_WORDS.test(w)) break;
    into.add(w);
  }
  const after = /^,[ \u00a0](the|a|an)[ \u00a0]([^,.;\n]{1,80})/u.exec(text.slice(name.end, name.end + 90));
  const words = (after?.[2] ?? '').split(/\s+/u).filter((w) => /^[a-z]/u.test(w));
  // "Rice, the prime minister said there…": the subject of a new clause ("Bull, a candidate said" is hers).
  const clause = after?.[1] === 'the' && words.some((w) => NOT_ROLE_WORDS.test(w) && !ROLE_GLUE.test(w));
  if (!clause) for (const w of words) into.add(w);
}

/** The people of the article and every mention of them (names, surnames, he and she) outside quotations. */
export function findPeople(text: string, book: NameBook, quoteSpans: MarkSpan[]): People {
  const { headlines } = book;
  const people: Person[] = [];
  const mentions: PersonMention[] = [];
  const bySurname = new Map<string, Person[]>();
  const outside = (pos: number) => !insideAny(quoteSpans, pos) && !insideHeadline(headlines, pos);
  const named = book.names.filter((n) => outside(n.start));

  const add = (words: string[]): Person => {
    const person: Person = { words, gender: null, roles: new Set(), mentions: 0 };
    people.push(person);
    const key = surnameKey(words);
    const list = bySurname.get(key);
    if (list === undefined) bySurname.set(key, [person]);
    else list.push(person);
    return person;
  };
  // People from names of two words or more, the longest form of each kept.
  for (const name of named) {
    const words = personWords(name.words);
    if (words.length < 2 || !isPersonLike(words) || isPlaceMention(text, name)) continue;
    const same = (bySurname.get(surnameKey(words)) ?? []).find((p) => canBeSame(p.words, words));
    const person = same ?? add(words);
    if (same !== undefined && isFuller(words, same.words)) same.words = words;
    readRoleWords(text, name, person.roles);
  }
  const full: FullMentions = new Map();
  const pick = (words: string[], titles: string[], at: number): Person | null => {
    let candidates = (bySurname.get(surnameKey(words)) ?? []).filter((p) => canBeSame(p.words, words));
    if (candidates.length === 0) candidates = holdingEvery(people, words);
    const titleGender = genderOfTitles(titles);
    const fitting =
      titleGender === null
        ? candidates
        : candidates.filter((p) => p.gender !== (titleGender === 'm' ? 'f' : 'm'));
    if (fitting.length <= 1) return fitting[0] ?? null;
    // "President Obama" is the Obama the article called president; otherwise the one named most so far.
    const roles = titles.map((t) => keyOf(t).replace(/[.]$/u, ''));
    const titledSo = fitting.filter((p) => roles.some((r) => p.roles.has(r)));
    if (titledSo.length === 1) return titledSo[0] ?? null;
    const first =
      words.length === 1 ? readBareSurname(words[0] ?? '', fitting, full, text, mentions, at) : null;
    if (first !== null) return first;
    // A known given name or a title ("Labor Secretary Thomas Perez", "Actor Clint Howard") is surer than
    // a capitalised word that may only open a sentence or a headline ("Understated Perez raises profile").
    const known = fitting.filter(
      (p) => p.roles.size > 0 || genderOfGivenName(givenNames(p.words)[0] ?? '') !== null,
    );
    // On a tie, the one the article named first: the person it is about.
    return (known.length > 0 ? known : fitting).reduce((a, b) => (b.mentions > a.mentions ? b : a));
  };
  // People named in full by their first word: "Ban" for Ban Ki-moon, "Hillary" for Hillary Clinton.
  const byFirst = new Map<string, Person[]>();
  for (const p of people) {
    p.gender = genderOfGivenName(givenNames(p.words)[0] ?? '');
    const first = keyOf(p.words[0] ?? '');
    // Only a known given name or a titled person: "One Sanders-endorsed candidate" is no one's name.
    if (p.words.length < 2 || COMMON_WORD_NAMES.has(first) || (p.gender === null && p.roles.size === 0))
      continue;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [p]);
    else list.push(p);
  }
  // Mentions in document order: name runs, single surnames of known people, he and she.
  let n = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    while (n < named.length && (named[n] as NameMention).end <= start) n++;
    const run = named[n];
    if (run !== undefined && run.start <= start) {
      if (run.start !== start) continue;
      TOKEN.lastIndex = run.end;
      const royal = royalName(run.titles, personWords(run.words));
      const words = royal ?? personWords(run.words);
      if (!isPersonLike(words)) continue;
      let person = royal === undefined ? pick(words, run.titles, start) : pickRoyal(people, royal, add);
      const titled = run.titles.some((t) => PERSON_TITLES.has(keyOf(t).replace(/[.]$/u, '')));
      // "Johnson said" is someone speaking; "The Ledger wrote" is a paper.
      const speaking = words.length === 1 && isLoneSpeaker(text, run, words[0] ?? '') && outside(start);
      if (person === null && (titled || speaking) && words.length === 1 && looksLikePersonName(words)) {
        person = add(words);
        person.gender = genderOfGivenName(words[0] ?? '');
      }
      if (person === null) continue;
      const titleGender = genderOfTitles(run.titles);
      if (person.gender === null && titleGender !== null) person.gender = titleGender;
      if (words.length === 1) readRoleWords(text, run, person.roles);
      noteFullMention(full, person, words, start);
      person.mentions++;
      mentions.push({ start, end: run.end, person, pronoun: null, oblique: isOblique(text, start, run.end) });
      continue;
    }
    if (!outside(start)) continue;
    const word = m[0];
    const lower = word.toLowerCase();
    if (lower === 'he' || lower === 'she') {
      mentions.push({
        start,
        end: start + word.length,
        person: null,
        pronoun: lower === 'he' ? 'm' : 'f',
        oblique: false,
      });
      continue;
    }
    const bare = word.replace(/[’']s$/u, '');
    const firstOf = bySurname.has(keyOf(bare)) ? undefined : byFirst.get(keyOf(bare));
    // "Ban demurred": the first word of the one name the article wrote in full with it.
    let person = firstOf !== undefined && firstOf.length === 1 ? (firstOf[0] as Person) : null;
    if (person === null && !bySurname.has(keyOf(bare))) {
      // "Johnson said", or "a resident named Caroline": a lone word the article gives someone as a name.
      if (
        bare !== word ||
        !(
          SPEECH_AFTER.test(text.slice(start + word.length, start + word.length + 24)) ||
          isSaidWho(text, start, start + word.length) ||
          NAMED_BEFORE.test(text.slice(Math.max(0, start - 8), start))
        )
      )
        continue;
      if (!looksLikePersonName([bare]) || isNeverALoneName(bare, text)) continue;
      // "the singer of Because the Night told", "the Ministry of Justice said": a thing, not a person.
      if (namesAThing(text, start, word)) continue;
      // "Tom told her" after "her husband, Tom Eber": a given name used alone is the person named in full.
      if (holdingEvery(people, [bare]).length === 0) {
        // "de Blasio said": the particles written before the surname are part of it.
        const lead = particlesBefore(text, start);
        const created = add(lead === undefined ? [bare] : [...lead.trim().split(' '), bare]);
        created.gender = genderOfGivenName(bare);
      }
    }
    person ??= pick([bare], [], start);
    if (person === null) continue;
    person.mentions++;
    mentions.push({
      start,
      end: start + word.length,
      person,
      pronoun: null,
      oblique: isOblique(text, start, start + word.length),
    });
  }
  learnGenders(text, mentions);
  return { text, people, mentions, headlines, quotes: quoteSpans };
}

/** Lower-case particles of a family name right before a word, after no other letter: "de ", "von der ". */
const PARTICLES_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:(?:${NAME_PARTICLE_PATTERN}) ){1,2})$`, 'u');

/** The particles written right before `start` ("von der "), unless a determiner says they are nouns. */
function particlesBefore(text: string, start: number): string | undefined {
  const window = text.slice(Math.max(0, start - 24), start);
  const m = PARTICLES_BEFORE.exec(window);
  if (m?.[1] === undefined) return undefined;
  const before = /(\p{L}+)\s*$/u.exec(window.slice(0, m.index + m[0].length - m[1].length))?.[1];
  return before !== undefined && BEFORE_NO_PARTICLE.has(before.toLowerCase()) ? undefined : m[1];
}

/** "named" right before a word: "a 52-year-old resident named Caroline". */
const NAMED_BEFORE = /\bnamed[ \u00a0]+$/u;

/** Given names that are also common words ("Will", "May", "Grant"): alone, they are not taken for a person. */
const COMMON_WORD_NAMES = new Set(
  'will may mark grant rich hope june april august faith joy max frank rob pat sue chase dean drew guy jack miles ray rose wade art dawn'.split(
    ' ',
  ),
);

/**
 * Lower-case role nouns between a modifier name and the name it modifies: "Trump lawyer Marc Kasowitz",
 * "Civic Watch president Tom Fitt".
 */
const MODIFIER_OF_NAME =
  /^[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:lawyer|attorney|spokesman|spokeswoman|spokesperson|director|adviser|advisor|aide|manager|strategist|chairman|chairwoman|secretary|surrogate|pollster|economist|official|staffer|consultant|speechwriter|supporter|ally|president|founder|ceo|head|leader|chief|executive|editor|owner)[ \u00a0]+[A-Z]/u;

/** "according to" and up to four words before a name: "according to a statement from". */
const ACCORDING_TO_BEFORE = /\baccording to(?:[ \u00a0][a-z’'-]+){0,4}[ \u00a0]+$/u;

/** Speech verbs that may come before their subject: "said master of ceremonies Asab Al-Tabchi". */
const INVERTED_CUES = new Set('said says added asked wrote explained continued replied'.split(' '));

/**
 * True when a mention is not the subject of its clause: a possessive ("Trump's"), the object of a
 * preposition, also past a few title words ("by former U.N. secretary general Kofi Annan"), or a name
 * modifying another ("Clinton communication director Jennifer Palmieri").
 */
function isOblique(text: string, start: number, end: number): boolean {
  if (/^[’']s\b/u.test(text.slice(end, end + 3)) || /[’']s$/u.test(text.slice(start, end))) return true;
  if (MODIFIER_OF_NAME.test(text.slice(end, end + 60))) return true;
  // A preposition, then at most three lower-case words or initials: "by former U.N. secretary general".
  const before = readWordsBefore(text, start, 5);
  for (let k = 0; k < before.length && k < 4; k++) {
    const w = before[k] as string;
    // "… in strategy. Sen. David Perdue said": the sentence before ends, and so does the look back.
    if (/^[a-z].*\.$/u.test(w)) return false;
    if (PREPOSITIONS.has(w)) {
      // "Secretary of State John Kerry": a title's "of", not a preposition; "said master of ceremonies
      // Asab Al-Tabchi": the role of the one who said.
      if (before.slice(k + 1).some((v) => INVERTED_CUES.has(v))) return false;
      // "according to a post from Arianna Huffington": the source the words are from.
      if (ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
      return !(w === 'of' && /^[A-Z][a-z]/u.test(before[k + 1] ?? ''));
    }
    if (!/^[a-z]/u.test(w) && !/^[A-Z]\.[A-Z]\.$/u.test(w)) return false;
  }
  return false;
}

/** A person of unknown gender takes the gender of a he or she that follows them as the next mention. */
function learnGenders(text: string, mentions: PersonMention[]): void {
  const votes = new Map<Person, number>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as PersonMention;
    const prev = mentions[i - 1] as PersonMention;
    if (m.pronoun === null || prev.person === null || prev.person.gender !== null || prev.oblique) continue;
    if (m.start - prev.end > 200 || text.slice(prev.end, m.start).includes('\n')) continue;
    votes.set(prev.person, (votes.get(prev.person) ?? 0) + (m.pronoun === 'm' ? 1 : -1));
  }
  for (const [person, v] of votes) if (v !== 0) person.gender = v > 0 ? 'm' : 'f';
}
