// Words an editor would not pick as a tag on their own: bare verbs, adjectives, adverbs, number words
// and nouns too general to say what a story is about. Without a part-of-speech tagger these are found by
// their endings (-ed, -ly) and by short lists of the frequent ones; they may still sit inside a phrase
// ("placed under arrest" no, "best actor award" yes: the phrase is judged as a whole elsewhere).
import { isUpperAt } from '../text/tokens.js';

const GENERIC = new Set(
  `services service issues issue story stories thing things part parts number numbers place places case cases
  group groups area areas way ways people person statement side sides term terms percent cent million billion
  thousand hundred dozen one two three four five six seven eight nine ten eleven twelve twenty thirty forty
  fifty hundreds thousands millions billions half quarter top end monday tuesday wednesday thursday friday
  saturday sunday today yesterday tomorrow weekend morning evening night afternoon lot kind sort type whole
  rest use need sense fact point reason example chance aides`.split(/\s+/),
);

const ADJECTIVES_AND_VERBS = new Set(
  `left right best better worse worst good bad great big small large little high low long short old young
  recent latest early late former major minor main key likely unlikely possible able due certain clear
  full free hard easy real true false important available local national international public private
  current previous final total open close closed set put let run ran found find give gave given keep kept
  hold held bring brought show shown shows call called calls tell ask asked asks leave leaves begin began
  start started starts help helped turn turned try tried seem seemed feel felt become became include
  includes including continue continues expect expects hit win won lose wins added says told announced
  placed recently likely additional different similar various several specific particular serious strong
  top whole entire own next last past further grew grow grows fell fall falls rose rise rises took take
  takes came come comes went goes saw seen made makes gave got gets told tells knew know knows thought
  think thinks led lead leads paid pays sold sells bought buys met meets sent sends spent spends spoke
  speaks wrote writes broke breaks chose chooses drove drives flew flies fought fights stood stands
  understood meant means became becomes began begins ran runs cut cuts hurt hurts sought seeks struck
  strikes won wins lost loses said says near later earlier soon ago`.split(/\s+/),
);

/**
 * Months, named or shortened, are when a story happened, not what it is about ("January", "Oct"). "May"
 * is left out: alone and capitalised it is as often a person (Mrs May).
 */
const MONTHS = new Set(
  `january february march april june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec`.split(/\s+/),
);

/** Nouns that end like a past tense or an adverb. */
const NOUNS_LIKE_THAT = new Set(
  'family rally ally reply supply assembly anomaly monopoly italy july bully belly jelly homicide hatred kindred'.split(
    ' ',
  ),
);

/** Whether a one-word keyword, as it would be shown, is a bare verb, adjective, adverb or generic noun. */
export function isBareWord(form: string): boolean {
  const lower = form.toLowerCase();
  // Written with a capital it may be a name ("Best", "Young"), but "Monday" or "Aides" is no more one.
  if (GENERIC.has(lower)) return true;
  if (form !== lower) return MONTHS.has(lower.replace(/\.$/u, ''));
  if (ADJECTIVES_AND_VERBS.has(form)) return true;
  return form.length > 4 && /(ed|ly)$/.test(form) && !/eed$/.test(form) && !NOUNS_LIKE_THAT.has(form);
}

/** Words after which the next word is a verb: a modal, an auxiliary of "do", a subject pronoun. */
const BEFORE_VERB = new Set(
  `will would can could should must might shall cannot did does do don't didn't doesn't won't can't
  wouldn't couldn't shouldn't we they i you he she`.split(/\s+/),
);
/** Auxiliaries before an -ing form ("was talking"), which before another word may be a linking verb. */
const BEFORE_PARTICIPLE = new Set('is are was were am be been being'.split(' '));
/** Words after which the next word is a noun (or an adjective before one). */
const BEFORE_NOUN = new Set(
  'the a an this that these those his her its their our my your some any each every no'.split(' '),
);

const CUE_NONE = 0;
const CUE_NOUN = 1;
const CUE_VERB = 2;
const CUE_PARTICIPLE = 3;

/**
 * What a word says of the next one, as a number a reader can keep by word id (so no token is looked up
 * by its spelling): a noun follows (the first that applies wins), a verb, or an -ing form is a verb.
 */
export function verbCueOf(word: string): number {
  if (BEFORE_NOUN.has(word)) return CUE_NOUN;
  if (BEFORE_VERB.has(word)) return CUE_VERB;
  return BEFORE_PARTICIPLE.has(word) ? CUE_PARTICIPLE : CUE_NONE;
}

/** An article's tokens and the keyword reader's word (a local index, -1 for none) for each. */
export interface WordUses {
  text: string;
  /** Tokens. */
  count: number;
  /** Words (local indices run from 0 to words - 1). */
  words: number;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Each token's word id, for its spelling through `wordOf`. */
  ids: ArrayLike<number>;
  tokenWord: Int32Array;
  wordOf: (id: number) => string;
  /** verbCueOf the word of an id. */
  cueOf: (id: number) => number;
}

/** A verb of the present after a name, in lower case: "confronts", "apologises", not "boss" or "status". */
const PRESENT_VERB = /^\p{Ll}{2,}[^su]s$/u;
/** Words that open what a verb is done to: a determiner or a possessive ("… secures a place"). */
const BEFORE_OBJECT = new Set('the a an his her their its this these those'.split(' '));
/**
 * Plural nouns of people, never verbs, which stand before names in apposition ("Greek sprinters Kostas
 * Kenteris", "Oscar nominees Clint Eastwood") and after them ("Latino voters the campaign…").
 */
const PEOPLE_PLURAL = /(?:ers|ors|ees|ists|ians|ants)$/u;
/** A text of at most this many tokens is a feed item's line or two, where a name opens most sentences. */
const SHORT_TEXT_TOKENS = 80;
/** Capitalised words after which a word is no verb's object: "White House grounds Tuesday", "Reiki sessions For". */
const NO_OBJECT = new Set('for of in on at to and or but with from by as'.split(' '));

/**
 * Whether token t stands as a feed item's verb between a name and what it does: "Lin secures a place",
 * "George Mills confronts France's Hugo Hay", "Andy Macdonald represents Team GB". A plural noun stands
 * before a determiner in no English ("Trump supporters the…"), and before a name only in apposition, as a
 * noun of people ("Greek sprinters Kostas Kenteris"). Short texts only: in a long article, "Hollywood
 * stars" and "EU officials" open clauses of every shape.
 */
function isVerbAfterName(uses: WordUses, t: number): boolean {
  const { text, count, starts, ends, ids, wordOf } = uses;
  if (count > SHORT_TEXT_TOKENS || t + 1 >= count || !isUpperAt(text, starts[t - 1]!)) return false;
  const word = wordOf(ids[t]!);
  if (!PRESENT_VERB.test(word) || PEOPLE_PLURAL.test(word) || text.slice(starts[t]!, ends[t]!) !== word)
    return false;
  const end = ends[t]!;
  if (starts[t + 1] !== end + 1 || text.charCodeAt(end) !== 32) return false;
  const next = wordOf(ids[t + 1]!);
  if (BEFORE_OBJECT.has(next)) return true;
  // A name as the object ("confronts France's Hugo Hay"), not a day or a month ("grounds Tuesday").
  return isUpperAt(text, starts[t + 1]!) && !NO_OBJECT.has(next) && !GENERIC.has(next) && !MONTHS.has(next);
}

/**
 * Whether the article uses word `w` only as a verb: at least once right after a modal or a subject
 * pronoun ("we owe", "to speak" is not enough: "to London"), as an -ing form after "was", or as a present
 * tense between a name and its object (isVerbAfterName), and never after a determiner ("the vote").
 * Without a tagger this is what the text itself says of the word. The tokens are read once, on the first
 * question, whatever the number of words asked about.
 */
export function createVerbCheck(uses: WordUses): (w: number, form: string) => boolean {
  let nounSeen: Uint8Array | null = null;
  /** Per word, the spellings (word ids) written right after a verb's cue. */
  const verbSpellings = new Map<number, number[]>();
  const read = (): Uint8Array => {
    const { text, count, starts, ends, ids, tokenWord, wordOf, cueOf } = uses;
    const seen = new Uint8Array(uses.words);
    for (let t = 1; t < count; t++) {
      const w = tokenWord[t]!;
      const end = ends[t - 1]!;
      if (w < 0 || starts[t] !== end + 1 || text.charCodeAt(end) !== 32) continue;
      const cue = isVerbAfterName(uses, t) ? CUE_VERB : cueOf(ids[t - 1]!);
      if (cue === CUE_NONE) continue;
      if (cue === CUE_NOUN) seen[w] = 1;
      else if (cue === CUE_VERB || wordOf(ids[t]!).endsWith('ing')) {
        const list = verbSpellings.get(w);
        if (list) list.push(ids[t]!);
        else verbSpellings.set(w, [ids[t]!]);
      }
    }
    return seen;
  };
  return (w, form) => {
    nounSeen ??= read();
    if (nounSeen[w] === 1) return false;
    // Evidence of a verb comes from the spelling shown only: "they count" says nothing of "counties".
    const shown = form.toLowerCase();
    return verbSpellings.get(w)?.some((id) => uses.wordOf(id) === shown) ?? false;
  };
}
