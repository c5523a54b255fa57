// The vocabulary of attribution: cue verbs, the words that may sit between a subject and its verb,
// and the precompiled patterns that read a speaker next to a quotation mark. Kept apart from the
// readers in speakers.ts so the word lists can grow without crowding the logic.

import { NAME_PARTICLE_PATTERN } from '../text/name-particles.js';
import { NICKNAME } from './nicknames.js';

export const CUE_WORDS =
  'said|says|say|saying|told|tells|tell|telling|added|adds|adding|asked|asks|asking|wrote|writes|writing|' +
  'explained|explains|stated|states|stating|noted|notes|argued|argues|claimed|claims|declared|declares|insisted|' +
  'insists|continued|continues|concluded|replied|replies|responded|responds|answered|warned|warns|recalled|' +
  'recalls|remarked|observed|observes|acknowledged|acknowledges|admitted|admits|announced|announces|' +
  'tweeted|tweets|posted|joked|jokes|quipped|predicted|predicts|suggested|suggests|conceded|concedes|' +
  'complained|complains|emphasized|emphasised|stressed|stresses|shouted|yelled|exclaimed|cried|whispered|' +
  'testified|countered|counters|boasted|boasts|vowed|vows|promised|promises|urged|urges|mused|wondered|' +
  'thundered|agreed|agrees|lamented|laments|charged|alleged|asserted|asserts|maintained|maintains|' +
  'contended|contends|reported|reports|confirmed|confirms|offered|interjected|interrupted|retorted|' +
  'snapped|read|reads|began|begins|chimed|pointed out|went on|goes on|put it|puts it|recounted|' +
  'explaining|noting|adding|arguing|declaring|writing|according to|cautioned|cautions|demanded|' +
  'repeated|reiterated|affirmed|proclaimed|announced|shot back|fired back|pleaded|begged|screamed|' +
  'chanted|sang|muttered|scoffed|sniffed|marveled|marvelled|gushed|raged|ranted|wrote back|texted|' +
  'emailed|explains|opined|summed up|elaborated|disclosed|revealed|conceded|acknowledged|observed|concludes|' +
  'points out|agrees|barked|echoed|intoned|relayed|called|sings|demurred|needled|yelling|shouting|(?<=,\\s)calling';

/** Cue verbs that may come before their subject: "said Smith", "according to the newspaper". */
export const INVERTIBLE_CUE =
  'said|says|added|adds|asked|asks|wrote|writes|explained|explains|continued|continues|according to|replied|' +
  'recalled|noted|notes|argued|warned|concluded|concludes|declared|insisted|observed|remarked|responded|' +
  'countered|stated|tweeted|recounted|cautioned|acknowledged|admitted|agreed|declares|insists|observes|' +
  'remarks|replies|responds|recalls|warns|argues|states|counters|cautions|acknowledges|admits|agrees';

export const INVERTIBLE_SET = new Set(INVERTIBLE_CUE.split('|'));

/** The plainest cue verbs, the ones that close a sentence's attribution (", Clinton said."). */
export const PLAIN_CUE = 'said|says|added|argued|noted|wrote';

/** Words allowed between a subject and its cue verb ("Trump later told", "he has said"). */
export const BETWEEN = String.raw`(?:(?:also|later|then|once|again|further|has|had|have|would|will|previously|recently|earlier|reportedly|simply|repeatedly|often|famously|publicly|privately|flatly|bluntly|quickly|finally|now|just|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[a-z\u00DF-\u024F]+ly)\s+){0,2}`;

export const PRONOUN = String.raw`(?:he|she|they|I|we|it|He|She|They|We|It)`;
export const TITLE_ABBR = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Pres|St|Jr|Sr)\.`;
/** A capitalised word, an initial, a title, or a name after the Arabic article ("al-Baghdadi"). */
export const CAP_WORD = String.raw`(?:${TITLE_ABBR}|[A-Z\u00C0-\u00DE]\.(?:[A-Z]\.)*|[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F0-9’'-]*|(?:al|el)-[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F0-9’'-]*)`;
/** Capitalised words, with the particles of family names between them ("Ursula von der Leyen"). */
export const NAME = String.raw`(?:(?:${NAME_PARTICLE_PATTERN})\s){0,2}${CAP_WORD}(?:\s(?:${CAP_WORD}|${NICKNAME}|(?:${NAME_PARTICLE_PATTERN}|al)(?=\s)|of(?=\s[A-Z\u00C0-\u00DE]))){0,5}`;
/** Words that join clauses or open a phrase after a name, never a role before one ("during the debate"). */
const NOT_ROLE_WORD = String.raw`(?:during|in|on|at|for|from|of|to|with|by|after|before|about|as|the|a|an|and|but|or|who|which|that|when|while|because|since|said|says|told|is|was|were|are|has|had|have)\b`;
/**
 * A name or place, role words and a name: "Concord resident Whit Symms", "Rubio’s deputy campaign
 * manager, Rich Beeson", "L2 president Bruce Wills", "Air Force 1st Lt. Tyler Lane", "Clinton's introducer,
 * actress Jamie Lee Curtis".
 */
export const ROLE_THEN_NAME = String.raw`${NAME}(?:\s(?!${NOT_ROLE_WORD})(?:[a-z][a-z-]*|\d+(?:st|nd|rd|th))){1,3}(?:,\s(?:(?!${NOT_ROLE_WORD})[a-z][a-z-]*\s){0,2}|\s)${NAME}`;
export const DETERMINER = String.raw`(?:the|The|a|A|an|An|his|His|her|Her|their|Their|its|Its|one|One|another|Another|this|This|that|That|some|Some|many|Many|several|Several|two|Two|three|Three)`;
export const WORD = String.raw`[A-Za-z\u00C0-\u024F0-9’'-]+`;
export const NOUN_PHRASE = String.raw`${DETERMINER}\s(?:${WORD}\s){0,5}?${WORD}`;
/**
 * Up to four appositives after a name (an age, a town, a relative clause, a short phrase in marks),
 * captured: `, the attorney general of Oklahoma, one of the states suing,` / `, R-Ky.,` / `, wearing
 * “Ted Cruz” pins,`.
 */
export const APPOSITIVE = String.raw`((?:,\s(?:[^,.;“”"\n]|“[^“”\n,.;]{1,40}”|(?<=[A-Z])\.|(?<=[A-Za-z])\.(?=,)){2,160}){1,4},)?`;
export const CUE = String.raw`(?:${CUE_WORDS})`;
/** A role set off before the name it describes: "the city treasurer, Ana Bell" (a name of two words or more). */
export const ROLE_COMMA_NAME = String.raw`${NOUN_PHRASE},\s${CAP_WORD}(?:\s${CAP_WORD}){1,3}(?=[,.;:!?]|[ \u00a0]*\n|$)`;

/** Forms of "be": "Trump was told" is said to Trump, not by him. */
export const BE = String.raw`(?:was|were|is|are|be|been|being)`;
/** Up to eight words of any case: "Sanders campaign manager Jeff Weaver", "another supporter", "Fight for $15 director Kendall Fells". */
export const SUBJECT_WORDS = String.raw`(?:${CAP_WORD}|${WORD})(?:\s(?!${BE}\b)(?:${CAP_WORD}|\$?${WORD})){0,7}?`;
/** "Braynard is quoted as saying": the words are still the subject's. */
const QUOTED_AS = String.raw`(?:(?:is|was|has been|had been)\s+quoted\s+as\s+)?`;
/** `, he said` / `Smith, a spokesman, said` right after a closing mark (never across a paragraph). */
export const AFTER_SUBJECT_CUE = new RegExp(
  String.raw`[ \u00a0,—–-]*(?![ \u00a0,—–-])(?!(?:and|but|or|as|which|who|that|while|when|then|because|if|so|at|in|on|for|with|by|from|to|of|after|before|during)\s)(${PRONOUN}|${SUBJECT_WORDS})(?:\s\([^)\n]{1,40}\))?${APPOSITIVE}\s${BETWEEN}${QUOTED_AS}${CUE}\b`,
  'uy',
);
/** Verbs ending like a past tense or third person that never say anything themselves ("has", "was"). */
export const AUXILIARY = String.raw`(?:has|was|is|does|needed|used|seemed|appeared|remains|looks|gets|goes|becomes|faces|plans|wants|hopes|needs)`;
/**
 * `,” Trump barked` / `,” an angry Hollande retaliated`: a name (after an article and an adjective) or a
 * pronoun and a past-tense verb right after the mark, when no known cue is there.
 */
export const AFTER_SUBJECT_VERB = new RegExp(
  String.raw`[ \u00a0,—–-]*(${PRONOUN}|(?:(?:an?|the)\s[a-z]+\s)?${NAME})\s(?:${BETWEEN})(?!${AUXILIARY}\b)[a-z\u00DF-\u024F]{2,}(?:ed|s)\b(?![ ,]+(?:that|to)\b)`,
  'uy',
);
/** `,” beamed Donald Hartley` / `,” mused radio co-host Stu Berg`: an unknown past-tense verb before a name. */
export const AFTER_VERB_NAME = new RegExp(
  String.raw`[ \u00a0,—–-]*[a-z\u00DF-\u024F]{2,}ed\s((?:(?!(?:the|a|an|his|her|their|its)\s)[a-z][a-z-]*\s){0,2}?(?:${ROLE_THEN_NAME}|${NAME}))`,
  'uy',
);
/** `, said Smith` / `, according to the newspaper` right after a closing mark. */
export const AFTER_CUE_SUBJECT = new RegExp(
  String.raw`[ \u00a0,—–-]*${BETWEEN}(?:${INVERTIBLE_CUE}|According to)[ \u00a0]*\s(?:${BETWEEN})(${ROLE_THEN_NAME}|${NAME}|${ROLE_COMMA_NAME}|${NOUN_PHRASE}(?=[,.;:!?]|[ \u00a0]*\n|$)|${NOUN_PHRASE}|${PRONOUN}|(?:[a-z][A-Za-z’'.-]*\s){1,4}?(?:${ROLE_THEN_NAME}|${NAME}))`,
  'uy',
);
/**
 * `” ― Carla Sanchez` or `” — Carla Sanchez.` closing its line, or a line of its own right after the
 * quote's line that opens on a dash, a plain hyphen included (`”\n\n- Carla Sanchez.`): a dash attribution.
 * A description may follow the name after a comma (`-Michelle Marks, Philadelphia.`).
 */
export const DASH_ATTRIBUTION = new RegExp(
  String.raw`(?:[ \u00a0]*[―—–]|(?:[ \u00a0]*\n){1,2}[ \u00a0]*[―—–-])[ \u00a0]*(${NAME})(?:,[ \u00a0][^\n“”"]{1,80}?)?\.?[ \u00a0]*(?=\n|$)`,
  'uy',
);
/** The subject opening a sentence. */
export const LEADING_SUBJECT = new RegExp(
  String.raw`\s*(?:(?:And|But|So|Yet|Then|Now|Still|Later|Meanwhile),?\s)?(${PRONOUN}|${NAME}|${NOUN_PHRASE})\s`,
  'uy',
);
/** Every cue verb, to find the last one before a quote. */
export const CUE_ANYWHERE = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F-])${CUE}(?![A-Za-z\u00C0-\u024F])`,
  'gi',
);
/**
 * True when a cue word found in a window (`m`, from CUE_ANYWHERE) is no cue of its own: a headline word
 * in capitals ("… IN OTHER STATES - Michael P. McDonald: “…”"), or "asked" in a reduced clause, said to
 * the speaker ("Lynch, who told Congress when asked about it: “…”").
 */
export function isNoCueHere(windowText: string, m: RegExpExecArray): boolean {
  if (/[A-Z]{2}/u.test(m[0]) && m[0] === m[0].toUpperCase()) return true;
  return (
    /^asked$/iu.test(m[0]) &&
    /\b(?:when|if|after|as|before|once)[ \u00a0]+$/u.test(windowText.slice(0, m.index))
  );
}
/** A pronoun or a capitalised name anywhere in a clause, to find the clause's subject. */
export const CLAUSE_CANDIDATE = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F’'])(?:${PRONOUN}|${NAME})(?![A-Za-z\u00C0-\u024F])`,
  'g',
);
export const PREPOSITIONS = new Set(
  'in of to with for by at from on about against than like into over after before during under as via per'.split(
    ' ',
  ),
);
export const CALENDAR_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** Words that end a subject phrase when scanning backwards. */
export const STOP_WORDS = new Set(
  (
    'that and but or when while which who whom because if as to in on at for with from by after before ' +
    'about than what where how why into over under during since though although so not is was were are be ' +
    'been being has had have do does did will would could should can may might must'
  ).split(' '),
);
export const DETERMINERS = new Set(
  'the a an his her their its one another this that some many several two three four these those our my'.split(
    ' ',
  ),
);
export const PRONOUNS = new Set('he she they i we it'.split(' '));
/** Adverbs and auxiliaries skipped between a subject and its cue. */
export const SKIPPABLE = new Set(
  (
    'also later then once again further has had have would will previously recently earlier reportedly ' +
    'simply repeatedly often famously publicly privately flatly bluntly quickly finally now just today yesterday ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
export const LEADING_FUNCTION_WORDS = new Set(
  'but and so yet in on at as when while after before also however still now then of for with here there alongside'.split(
    ' ',
  ),
);
