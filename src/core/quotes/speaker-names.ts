// The name shown for a speaker mention: the person it stands for, written in full, or null when the
// mention names no person the article lets a reader identify ("it", "the letter", "a spokesman", "the
// IMF"). A wrong name is worse than none, so every doubtful case ends in null.

import { isPersonLike, splitName } from './names.js';
import { NAME_PARTICLE_PATTERN } from '../text/name-particles.js';
import { DEMONYMS, genderOfGivenName } from './person-words.js';
import { nameOfDemonym } from './demonym-speaker.js';
import { fitsParty } from './party-fit.js';
import { holdsModifiers, readRoleModifiers } from './role-modifiers.js';
import {
  insideAny,
  looksLikePersonName,
  MAX_DISTANCE,
  personWords,
  type People,
  type Person,
} from './people.js';
import { withoutNickname } from './nicknames.js';
import { opensOnOrdinaryWord } from './common-opener.js';
import { correctMisspelledSurname } from './misspelled-name.js';
import { resolveDefiniteRole, resolveName, resolvePronoun, resolveRole } from './people-resolve.js';

/** Role nouns that point back at a person the article titled so: "the senator", "the former president". */
const ROLE_HEADS = new Set(
  (
    'president senator mayor governor secretary chairman chairwoman nominee candidate minister judge ' +
    'congressman congresswoman representative commissioner director chief spokesman spokeswoman leader ' +
    'speaker ambassador sheriff businessman businesswoman host premier chancellor general prosecutor mp mep msp'
  ).split(' '),
);
/** Role nouns for one who speaks for someone else: never the subject they speak for. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman']);
/**
 * Other nouns for a person the article has named ("the Republican", "the defender"):
 * they point back only at the subject the paragraph is about, never at a title.
 */
const PERSON_NOUNS = new Set(
  (
    'republican democrat mogul tycoon billionaire millionaire pollster diplomat defender striker forward ' +
    'midfielder goalkeeper quarterback player veteran lawmaker legislator activist economist analyst ' +
    'strategist lawyer actor actress singer rapper champion physician professor scientist researcher ' +
    'executive founder entrepreneur coach manager neurosurgeon surgeon doctor author writer novelist ' +
    'journalist commentator columnist pundit comedian pastor preacher evangelist filmmaker retiree'
  ).split(' '),
);
/** A person noun right after a mention: "a Trump supporter", "an Obama aide". */
const NOUN_AFTER_NAME =
  /^[ \u00a0]+(?:supporter|aide|adviser|advisor|voter|fan|backer|official|staffer|spokesman|spokeswoman|surrogate|ally|critic|loyalist|delegate|donor|operative|insider|source|lawyer|attorney|volunteer)s?\b/u;
/** Those who speak for the person named before them: "Ryan’s campaign", "Clinton’s spokesman". */
const SPEAKING_FOR =
  /^[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}(?:campaign|team|office|staff|camp|spokesman|spokeswoman|spokesperson|spokespeople|aides?|advisers?|advisors?|lawyers?|attorneys?|allies|supporters|administration|government|party|company|firm|foundation|committee|family|father|mother|sons?|daughters?|wife|husband|brother|sister|widow|parents|friends?|questioners|critics|rivals|opponents|spouse)\b/u;
/** "the" right before the capitalised words of a mention: "the Daily Caller". */
const THE_THEN_NAME = /(?:^|\s)[Tt]he\s+[A-Z\u00C0-\u00DE]/u;
const DETERMINER_START = /^(?:the|a|an|his|her|their|its|one|another|this|that|some)\s/iu;
/** An unnamed someone and the name they belong to: "one adviser to Bill Clinton", "a reporter for AFP". */
const OWNED_BY_NAME =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s(?:[a-z-]+\s){1,3}(?:to|for|of|at|with|from)\s(?:the\s)?[A-Z\u00C0-\u00DE][^\s]*(?:\s[A-Z\u00C0-\u00DE][^\s]*)*$/u;
/** Where the name part of a mention ends: an appositive, a parenthesis, "of the Sierra Club". */
const NAME_PART_END = /,|\(|\s(?:of|from|at|for|who|whose|and|with)\s/u;
const CAP_TOKEN = new RegExp(
  String.raw`^(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|(?:al|el)-[A-Z\u00C0-\u00DE][\p{L}’'.-]*|${NAME_PARTICLE_PATTERN})$`,
  'u',
);

/** A role noun and the name closing a mention: "Bank of America chief executive Brian Moynihan". */
const ROLE_THEN_LAST_NAME =
  /\s(?:[a-z-]+\s){0,2}(?:director|president|chairman|chairwoman|spokesman|spokeswoman|spokesperson|executive|founder|head|chief|leader|organizer|manager|secretary|adviser|advisor|economist|analyst)\s((?:[A-Z\u00C0-\u00DE][\p{L}’'.-]*\s?){2,4})$/u;

/** The capitalised words that end a mention ("Trump lawyer Marc Kasowitz" → "Marc Kasowitz"). */
function readNamePart(written: string): string[] | null {
  // "Fight for $15 organizing director Kendall Fells": an organisation's name may hold "for" or "of".
  const last = ROLE_THEN_LAST_NAME.exec(written);
  if (last?.[1] !== undefined) return readNamePart(last[1].trim());
  // The name starts at the first capital: "master of ceremonies Asab Al-Tabchi" is not cut at its "of".
  const firstCapital = /(?:^|\s)[A-Z\u00C0-\u00DE]/u.exec(written)?.index ?? 0;
  const cut = NAME_PART_END.exec(written.slice(firstCapital));
  // "Cruz himself said": the reflexive is no part of the name.
  const part = (cut === null ? written : written.slice(0, firstCapital + cut.index))
    .replace(/\s+(?:himself|herself)$/u, '')
    .trim();
  const tokens = part.split(/\s+/u).filter((t) => t.length > 0);
  let first = tokens.length;
  while (first > 0 && CAP_TOKEN.test(tokens[first - 1] ?? '')) first--;
  if (first === tokens.length) return null;
  const { words } = splitName(tokens.slice(first).join(' '));
  const name = personWords(words);
  // "United Auto Workers Secretary-Treasurer Gary Casteel": a run too long for a person's name ends in
  // one that opens on a known given name.
  if (!isPersonLike(name)) {
    for (let i = tokens.length - 2; i >= Math.max(first + 1, tokens.length - 3); i--)
      if (genderOfGivenName(tokens[i] ?? '') !== null) return tokens.slice(i);
  }
  return name.length > 0 ? name : null;
}

/** True when `written` is "the" and exactly the name's words, the first no known given name. */
function isTheThenNameOnly(written: string, words: string[]): boolean {
  const rest = /^[Tt]he\s+(.*)$/u.exec(written)?.[1];
  const first = words[0] ?? '';
  // "the van Kowalski said": a noun after "the", then the name.
  return (
    rest !== undefined &&
    rest === words.join(' ') &&
    /^[A-Z\u00C0-\u00DE]/u.test(first) &&
    genderOfGivenName(first) === null
  );
}

/** A cue verb with a person as its object right after the subject: "told Hannity", "asked Sen. Ron Wyden". */
const TOLD_NAME =
  /^[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:told|tells|asked|asks|thanked|urged|warned|assured|reminded|informed|pressed|interrupted)[ \u00a0]+((?:[A-Z\u00C0-\u00DE][\p{L}’'.-]*[ \u00a0]?){1,4})/u;

/** True when the cue after a pronoun at `end` has `person` as its object. */
function isToldAfter(text: string, end: number, person: Person): boolean {
  const object = TOLD_NAME.exec(text.slice(end, end + 80))?.[1];
  const surname = person.words[person.words.length - 1];
  return object !== undefined && surname !== undefined && object.split(/[\s.]+/u).includes(surname);
}

/**
 * True for two names joined by "and", each with a known given name ("Frank Newport and Jim Harter") or
 * each a different person of the article ("Blumenthal and Cohen", "Edward-Isaac Dovere and Gabriel Lee").
 */
function isTwoPeople(people: People, written: string, start: number): boolean {
  const parts = written.split(/\s(?:and|&)\s/u);
  if (parts.length !== 2) return false;
  const found = new Set<Person>();
  return parts.every((part) => {
    const words = part.trim().split(/\s+/u);
    if (!words.every((w) => CAP_TOKEN.test(w))) return false;
    const first = words.find((w) => genderOfGivenName(w) !== null);
    if (words.length >= 2 && first !== undefined) return true;
    const person = resolveName(people, start, personWords(splitName(words.join(' ')).words));
    if (person === null || found.has(person)) return false;
    found.add(person);
    return true;
  });
}

/** The full name of the person `written` (at `start`) stands for, or null. */
export function nameSpeaker(people: People, asWritten: string, start: number): string | null {
  const name = readSpeakerName(people, asWritten, start);
  const words = name?.split(' ') ?? [];
  if (name === null || !opensOnOrdinaryWord(people.text, words)) return name;
  // "Rival Hillary Clinton": the ordinary word before a name is no part of it; "New Labour said", "Age
  // Concern said": a name that opens on an ordinary word, with no person after it, is no one's.
  // "Stated Stone:" after "Roger Stone stated": the rest may be a person the article names.
  const rest = words.slice(1);
  const person = resolveName(people, start, rest);
  if (person !== null && !person.words.includes(words[0] ?? '')) return person.words.join(' ');
  return genderOfGivenName(rest[0] ?? '') !== null ? rest.join(' ') : null;
}

function readSpeakerName(people: People, asWritten: string, start: number): string | null {
  // "Thomas “Tip” O'Neill": the name without its nickname (the mention keeps it).
  const written = withoutNickname(people.text, asWritten);
  const lower = written.toLowerCase();
  if (lower === 'he' || lower === 'she') {
    const person = resolvePronoun(people, start, lower === 'he' ? 'm' : 'f');
    // "“…,” he told Hannity": the one told is not the one telling.
    if (person === null || isToldAfter(people.text, start + asWritten.length, person)) return null;
    return person.words.join(' ');
  }
  // "wrote a Trump supporter who runs…": a name modifying someone unnamed.
  if (
    /^(?:a|an|one|another|some)\s/iu.test(written) &&
    NOUN_AFTER_NAME.test(people.text.slice(start + asWritten.length, start + asWritten.length + 40))
  )
    return null;
  // "Ryan’s campaign said", "Clinton’s spokesman told": others speak for the person ("Hoff’s letter" is hers).
  if (/[’']s$/u.test(written) && SPEAKING_FOR.test(people.text.slice(start + asWritten.length))) return null;
  // "Frank Newport and Jim Harter": two people, each with a given name, speak together.
  if (isTwoPeople(people, written, start)) return null;
  // "one longtime adviser to Bill Clinton", "a reporter for Agence France-Presse": someone unnamed.
  if (OWNED_BY_NAME.test(written)) return null;
  const words = readNamePart(written);
  if (words !== null) {
    // "the Beige Book", "The Countryside Alliance", "the MPs": a name written after "the", with no title
    // and no known given name, is something's name, even where the article also writes it as a subject.
    if (isTheThenNameOnly(written, words)) return null;
    const person = resolveName(people, start, words);
    if (person !== null) return correctMisspelledSurname(people, person).words.join(' ');
    // A lone word the article never uses for a person ("Transcript", "The Nation") is not shown, nor
    // a name after "the" that opens on no known given name ("the Daily Caller").
    if (THE_THEN_NAME.test(written) && genderOfGivenName(words[0] ?? '') === null) return null;
    return words.length > 1 && looksLikePersonName(words) ? words.join(' ') : null;
  }
  if (DETERMINER_START.test(written)) {
    const head = /([a-z]+)\W*$/u.exec(lower)?.[1] ?? '';
    const age = /(\d+)-year-old\W*$/u.exec(lower)?.[1];
    if (age !== undefined && /^the\s/iu.test(written)) return nameOfAge(people, start, age);
    // "the Swede": the one person the article wrote as "Swede Jonas Bjorkman".
    if (DEMONYMS.has(head) && /^[Tt]he\s\p{Lu}/u.test(written))
      return nameOfDemonym(people, start, head)?.words.join(' ') ?? null;
    if (PERSON_NOUNS.has(head) && /^the\s/iu.test(written)) {
      // "an organizer … the organizer told her": someone the article introduced without a name.
      if (introducedUnnamed(people, start, head)) return null;
      const person = resolveDefiniteRole(people, start, head);
      // "Coach Ann Lee praised the back line. “…,” the defender said.": another role, another person.
      if (person === null || [...person.roles].some((r) => r !== head && PERSON_NOUNS.has(r))) return null;
      return fitsParty(people.text, written, person) ? person.words.join(' ') : null;
    }
    if (ROLE_HEADS.has(head)) {
      // "one district leader", "another spokesman": one of several, someone other than who was titled so.
      if (/^(?:one|another)\s/iu.test(written)) return null;
      // "the senator" points back; "a spokesman" is someone new, named only if the article titled them so.
      const modifiers = readRoleModifiers(written);
      const person = /^the\s/iu.test(written)
        ? (resolveDefiniteRole(people, start, head, !/\b(?:former|ex|then)\b/u.test(lower), modifiers) ??
          onlyTitled(people, head))
        : resolveRole(people, start, head, false, modifiers);
      // "the shadow chancellor" is not the one the article made chancellor.
      if (person !== null && person.roles.has(head) && !holdsModifiers(person.roles, modifiers)) return null;
      // "Trump called on Mayor Bill de Blasio … “…,” the Republican presidential candidate said": the
      // subject before was titled otherwise, so the role is someone else.
      if (person === null || (!person.roles.has(head) && [...person.roles].some((r) => ROLE_HEADS.has(r))))
        return null;
      // "Cameron will work with him, the prime minister’s spokesman said. “…,” the spokesman said": one
      // who speaks for the subject is not the subject.
      if (SPEAKS_FOR.has(head) && !person.roles.has(head)) return null;
      // "the Democratic nominee" is not the TV host the paragraph was about.
      return fitsParty(people.text, written, person) ? person.words.join(' ') : null;
    }
  }
  return null;
}

/**
 * The one person the article titles `head` anywhere, when no one before the mention fits: "“…,” the
 * judge exclaimed" before the article first writes "Judge Berman". Null when it titles several so.
 */
function onlyTitled(people: People, head: string): Person | null {
  const title = head[0]?.toUpperCase() + head.slice(1);
  const titled = people.people.filter((p) => {
    const last = (p.words[p.words.length - 1] ?? '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    // Written as a title before the name ("Judge Berman"), not only described so in passing.
    return (
      p.roles.has(head) && new RegExp(String.raw`\b${title}\s(?:\S+\s){0,2}${last}\b`, 'u').test(people.text)
    );
  });
  return titled.length === 1 ? (titled[0] ?? null) : null;
}

/** True when "a" or "an" and `head` ("a 30-year-old", "an angry defender") came before `pos`, outside quotations. */
function introducedUnnamed(people: People, pos: number, head: string): boolean {
  const before = people.text.slice(Math.max(0, pos - MAX_DISTANCE), pos);
  const pattern = new RegExp(String.raw`\b[Aa]n?\s(?:[\w’'-]+\s){0,3}?(?:\d+-)?${head}\b`, 'gu');
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before)) {
    if (!insideAny(people.quotes, pos - before.length + m.index)) return true;
  }
  return false;
}

/**
 * The person "the 30-year-old" stands for: the last one the article wrote with that age before `pos`
 * ("Luis Mora, 30," or "30-year-old Luis Mora"), or null when it gave no one that age.
 */
function nameOfAge(people: People, pos: number, age: string): string | null {
  const before = people.text.slice(Math.max(0, pos - MAX_DISTANCE), pos);
  const name = String.raw`[A-Z\u00C0-\u00DE][\w’'.-]*(?:\s[A-Z\u00C0-\u00DE][\w’'.-]*){0,3}`;
  const pattern = new RegExp(
    String.raw`(${name}),\s${age},|\b${age}-year-old\s(?:[a-z]+\s){0,2}(${name})`,
    'gu',
  );
  let found: string | undefined;
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before)) found = m[1] ?? m[2];
  if (found === undefined) return null;
  const words = personWords(splitName(found).words);
  return words.length === 0 ? null : (resolveName(people, pos, words)?.words.join(' ') ?? null);
}
