// Word lists for telling people apart: the gender a given name or title usually signals, and the words
// that open a capitalised run without being part of anyone's name ("Republican Donald Trump"). Written
// for this project; common given names in English-language news, not a census.

export type Gender = 'm' | 'f';

const MALE = (
  'aaron adam al alan albert alex alexander andrew andy anthony antonin arthur barack ben benjamin bernie bill ' +
  'billy bob bobby brad brandon brian bruce bryan carl carlos charles charlie chris christopher chuck colin craig ' +
  'dan daniel danny dante darrell daryl dave david dean dennis derek dick don donald doug douglas ed eddie edward ' +
  'elijah eric frank fred gary george gerald glenn greg gregory harry henry howard ian jack jacob jake james jason ' +
  'jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh ' +
  'joshua juan justin keith ken kenneth kevin kyle lamar larry lee len leon lindsey lloyd louis luis malcolm marc ' +
  'marco mario mark martin matt matteo matthew max michael mike mitch mitt nathan neil newt nicholas nick norman ' +
  'oscar patrick paul pete peter phil philip ralph randy ray raymond reince richard rick rob robert robby ' +
  'rod roger ron ronald rudy rush russell ryan sam samuel scott sean sebastian sergei sherrod stephen steve steven ' +
  'ted terry thomas tim timothy todd tom tony trey troy vladimir walter wayne william xi kofi ahmed mohammed ' +
  'muhammad hassan ali omar ibrahim abdul benjamin bashar recep emmanuel francois angelo giuseppe hans jean ' +
  'pierre jacques klaus karl wolfgang rafael ramon jimmie willie ' +
  // More common given names of English-language news, so a pronoun skips someone of the other gender.
  'adrian allen alvin andre antonio arnold barry bernard blake brendan brett byron calvin carter chad clarence ' +
  'clark clayton clifford clint cody corey curtis dale damon darren denis desmond dominic duane dustin dwight earl ' +
  'edgar edwin elliott ernest eugene evan everett felix fernando floyd francis francisco franklin freddie freddy ' +
  'frederick gabriel geoffrey gilbert gordon harold harvey hector herbert herman hugh isaac ivan jared jerome ' +
  'julian julio kurt lance lawrence leonard leroy lewis lucas luke manuel marcus marvin maurice melvin miguel ' +
  'milton mitchell nathaniel nelson oliver orrin owen pablo pedro preston rahm randall reggie reginald ricardo ' +
  'roberto rodney roland roy ruben seth shane shawn simon spencer stanley stuart theodore tyler vernon victor ' +
  'vincent wallace warren wesley zachary ' +
  // Given names common in British and Irish news, and a few more American ones.
  'liam clive trevor graham nigel neville gareth rhys dylan ewan callum alistair alasdair angus duncan hamish ' +
  'fraser rory declan conor connor kieran niall seamus gavin ross jonny joey archie alfie toby rupert hugo ' +
  'giles ethan noah caleb isaiah aidan bryce elliot xavier boris cory'
).split(' ');

const FEMALE = (
  'abigail adriana alicia alison amanda amy ana andrea angela angelique ann anna anne aparna ashley ava barbara ' +
  'betsy betty beth carla carly carmel carol caroline catherine chelsea christina christine cindy claire ' +
  'condoleezza connie cynthia dana debbie deborah debra denise diane donna dorothy elaine elena elisabeth ' +
  'elizabeth ellen emily emma erin esther gwen heather heidi helen hillary hope ivanka jackie jacklyn jan jane ' +
  'janet jennifer jessica jill jo joan joanne jodi joni judith judy julia julie karen kate katherine kathleen ' +
  'kathryn kathy kay kelly kellyanne kim kirsten kristen laura lauren leslie linda lisa loretta lori lynn malkia ' +
  'margaret maria marie marsha martha mary maxine megan melania melanie melissa michelle minyon nancy nicole ' +
  'nikki olivia pamela patricia patty paula rachel rakeyia rebecca rosa ruth samantha sandra sarah sharon ' +
  'shirley sonia sophia stacey stephanie susan susana suzanne tammy teresa theresa tina tulsi tyresha valerie ' +
  'victoria virginia wendy yvonne lily marcia marine theresa hannah grace alice emily jasmine kamala nina ' +
  'sheila tanya tiffany vanessa veronica angelina aung arianna ariana ' +
  'abby adrienne agnes alexandra allison amber anita annie audrey beatrice beverly bonnie brenda bridget ' +
  'brittany brooke camille candace carmen carolyn cathy cecile cecilia charlotte cheryl colleen courtney ' +
  'darlene dawn diana dianne doris edith eileen eleanor elise ella erica eva evelyn felicia frances gabrielle ' +
  'gail geraldine gina gloria gretchen holly huma irene jacqueline jeanne jenna jenny joanna josephine joyce ' +
  'juanita katie kristin latoya leah lillian lois lorraine louise lucia lucy lydia madeline marilyn megyn ' +
  'meredith mia mika miriam molly monica naomi natalie nora norma peggy phyllis rita roberta rosemary sally ' +
  'sara sylvia tamara tara vivian wanda whitney yolanda zoe ' +
  // Given names common in British and Irish news, and a few more.
  'gemma kirsty lorna fiona morag shona siobhan niamh aoife orla sinead bethany chloe katy leanne hayley ' +
  'kayleigh tracey tracy mandy becky vicky nicola gillian jacqui harriet imogen phoebe freya esme maisie ' +
  'amelia nadia priya anjali sunita yasmin fatima aisha layla zainab'
).split(' ');

const GIVEN = new Map<string, Gender>([
  ...MALE.map((n): [string, Gender] => [n, 'm']),
  ...FEMALE.map((n): [string, Gender] => [n, 'f']),
]);

const TITLE_GENDER = new Map<string, Gender>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['lady', 'f'],
  ['dame', 'f'],
  ['king', 'm'],
  ['queen', 'f'],
  ['congressman', 'm'],
  ['assemblyman', 'm'],
  ['assemblywoman', 'f'],
  ['councilman', 'm'],
  ['councilwoman', 'f'],
  ['congresswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
]);

/** Given names that men and women both bear: names all the same, of no gender. */
const EITHER = new Set('taylor morgan casey jamie riley avery quinn robin'.split(' '));

/**
 * Given names that are also everyday words of headlines ("Hope Fades", "Mark Down", "Bill Passes",
 * "Rob Banks") or names of clubs ("Chelsea Slips"): in a line where every word has a capital, they prove
 * no name.
 */
const EVERYDAY_GIVEN = new Set(
  (
    'hope mark bill rob grace rush frank don ray max jack dean will may joy dawn faith chase hunter guy lance ' +
    'sue wade drew grant chuck earl pat rod art gary miles rose ruth bob carol hugh cliff nick sterling victoria chelsea'
  ).split(' '),
);

/** A known given name that no headline uses as an everyday word: "Taylor", "Muhammad", "Kamala". */
export function isHeadlineGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return (GIVEN.has(lower) || EITHER.has(lower)) && !EVERYDAY_GIVEN.has(lower);
}

/** The gender a given name signals, or null when the name is unknown or used by both. */
export function genderOfGivenName(word: string): Gender | null {
  return GIVEN.get(word.toLowerCase()) ?? null;
}

/** The gender a title signals ("Mrs.", "Congresswoman"), or null. */
export function genderOfTitle(title: string): Gender | null {
  return TITLE_GENDER.get(title.toLowerCase().replace(/[.’']s?$/u, '')) ?? null;
}

/**
 * The gender of the first title that has one, or null. A loop, not map and find: the mapped array's
 * elements kind (none, nulls, strings) changed from one name to the next, and with it the compiled code.
 */
export function genderOfTitles(titles: readonly string[]): Gender | null {
  for (const title of titles) {
    const gender = genderOfTitle(title);
    if (gender !== null) return gender;
  }
  return null;
}

/**
 * Words for where someone is from, written before a name in sports and world news ("Kenyan Susan
 * Chepkemei", "Swede Jonas Bjorkman", "Texan Michael Chicoine"). Not those that are also given names or
 * common surnames (Scot, Dane, Welsh, English, Cuban).
 */
export const DEMONYMS = new Set(
  (
    'kenyan ethiopian nigerian ghanaian ugandan tanzanian rwandan zimbabwean senegalese somali sudanese ' +
    'egyptian moroccan algerian tunisian libyan lebanese jordanian afghan pakistani bangladeshi thai ' +
    'vietnamese indonesian filipino malaysian taiwanese argentine argentinian brazilian colombian chilean ' +
    'peruvian uruguayan venezuelan jamaican swedish swede norwegian danish finnish austrian portuguese czech ' +
    'slovak hungarian romanian bulgarian serbian croatian belarusian armenian qatari briton frenchman ' +
    'dutchman spaniard scotsman englishman irishman welshman californian texan american british french ' +
    'german italian russian chinese japanese mexican canadian israeli iranian syrian iraqi saudi indian ' +
    'european australian spanish turkish ukrainian korean palestinian belgian dutch polish greek irish scottish'
  ).split(' '),
);

/**
 * Capitalised words that open a name run without belonging to the name: party and nationality
 * adjectives, sentence adverbs and epithets ("Republican Donald Trump", "Meanwhile Trump").
 */
export const NAME_PREFIX_WORDS = new Set(
  (
    'republican republicans democratic democrat democrats gop conservative liberal independent libertarian ' +
    'tory tories labour unionist nationalist ' +
    'progressive meanwhile crooked lyin former then late embattled outgoing ' +
    'incoming acting veteran ex presidential vice although though once because since until unless whereas ' +
    'whether even only instead perhaps maybe indeed thus hence while when after before if ' +
    // Peoples: "Americans Andy Roddick and James Blake".
    'americans britons germans russians italians spaniards canadians australians israelis palestinians ' +
    'iranians iraqis syrians afghans pakistanis indians europeans africans mexicans brazilians argentines'
  )
    .split(' ')
    .concat([...DEMONYMS]),
);

/** Headline verbs that follow a name in a title-case line ("Lindsey Graham Says"), never name words. */
export const HEADLINE_VERBS = new Set(
  (
    'says say said slams slam blasts blast wins win speaks speak calls call is are was were has have will ' +
    'warns warn urges urge rips rip hits hit defends defend admits admit vows vow sings sing says:'
  ).split(' '),
);

/**
 * Capitalised words before "said" that are not a person: pronouns, determiners, indefinite pronouns
 * ("Nobody asked"), and the conjunctions and adverbs that open a clause ("When asked whether…, he said",
 * "And asked how…").
 */
export const NOT_SPEAKER_WORDS = new Set(
  (
    'he she it they we i you the a an this that these those there here who what officials police critics ' +
    'when whenever while and but or nor so then if once though although because since until unless after ' +
    'before as also now later meanwhile instead again yet nobody everyone everybody someone somebody anyone ' +
    'anybody none nothing everything something ' +
    // Groups and peoples: "Analysts said", "Judges said", "the 27-year-old Austrian said".
    'analysts judges demonstrators protesters experts residents witnesses observers investigators ' +
    'researchers scientists economists doctors activists campaigners voters fans supporters ' +
    'frenchman frenchwoman dutchman englishman englishwoman scotsman welshman irishman spaniard briton ' +
    'american british french german italian spanish swiss austrian belgian swedish danish norwegian ' +
    'finnish russian chinese japanese korean indian australian canadian mexican brazilian irish scottish ' +
    'welsh english'
  ).split(' '),
);

/** Titles that make a lone capitalised word a person: "Mr. Obama", "Sen. Cruz", "President Obama". */
export const PERSON_TITLES = new Set(
  (
    'mr mrs ms miss dr prof sen senator rep representative gov governor president minister secretary gen ' +
    'general judge justice rev sir lord lady dame king queen prince princess mayor chancellor ambassador ' +
    'speaker del sheriff detective coach commissioner chairman chairwoman premier'
  ).split(' '),
);

/**
 * A lone word that cannot be someone's name however it is written: a word of NOT_SPEAKER_WORDS, or an
 * office alone ("The Conservative Party Co-Chairman said", "the Chairman said").
 */
export function isNeverALoneName(word: string, text?: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_SPEAKER_WORDS.has(lower)) return true;
  // "Prosecutors said", "Community said": a word the article also writes in lower case is a common noun.
  if (text !== undefined && lower !== word && writtenInLowerCase(text, lower)) return true;
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  return PERSON_TITLES.has(last);
}

/** A lone capitalised word right before a speech verb is someone speaking: "Melanie said". */
export const SPEECH_AFTER =
  /^[ \u00a0]+(?:(?:has|had|also|later|then)[ \u00a0]+)?(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|continued|replied|explained|insisted|argued|noted|declared|tweeted|claimed|claims|stated|warned|warns|recalled|recalls|acknowledged|admitted|conceded|confirmed|responded|countered|predicted|suggested|testified|emailed|texted)\b/u;

const WHO_AFTER = /^,[ \u00a0]+who\b/u;
const INVERTED_CUE_BEFORE = /\b(?:said|says|added|asked|wrote|explained|continued|replied)[ \u00a0]+$/u;

/** A lone name after an inverted cue and before a relative clause: "said Hollande, who returned to Paris". */
export function isSaidWho(text: string, start: number, end: number): boolean {
  return (
    WHO_AFTER.test(text.slice(end, end + 8)) &&
    INVERTED_CUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** "of" or an acronym right before a lone word: "the Ministry of Justice said", "NHS Employers asked". */
const BODY_TAIL_BEFORE = /(?:\bof|\b[A-Z]{2,})[ \u00a0]+$/u;

/** A run opened by a determiner, written in it or just before it: "The Ledger", "the Ledger". */
export const AFTER_DETERMINER = /(?:^|[^A-Za-z])(?:the|a|an|The|A|An)[ \u00a0]+[A-Z]/u;

/**
 * True when the words at `start` name a thing, not a person: opened by a determiner ("the Ledger wrote",
 * "the Fed said") or the tail of a body's name ("the Ministry of Justice said", "NHS Employers asked").
 */
export function namesAThing(text: string, start: number, written: string): boolean {
  return (
    AFTER_DETERMINER.test(text.slice(Math.max(0, start - 6), start) + written) ||
    BODY_TAIL_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/** A lone word written as a name run and spoken by: "Johnson said", "said Hollande, who…" (not "The Ledger wrote"). */
export function isLoneSpeaker(
  text: string,
  run: { start: number; end: number; text: string },
  word: string,
): boolean {
  return (
    !isNeverALoneName(word, text) &&
    (SPEECH_AFTER.test(text.slice(run.end, run.end + 24)) || isSaidWho(text, run.start, run.end)) &&
    !namesAThing(text, run.start, run.text)
  );
}

/** True when `lower` stands in `text` as a whole word in lower case. */
function writtenInLowerCase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + lower.length] ?? '';
    if (!/[\p{L}\p{N}'’-]/u.test(before) && !/[\p{L}\p{N}-]/u.test(after)) return true;
  }
  return false;
}
