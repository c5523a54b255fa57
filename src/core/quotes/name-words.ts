// The words that tell a capitalised run's name from what surrounds it: titles before a name, words that
// open sentences or name other things, and words that make a run an organisation or a place.

/** Honorifics and titles that precede a name but are not part of it. */
export const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sen senator rep representative gov governor president vice pres minister ' +
    'secretary gen general col lt sgt capt judge justice rev sir lord lady dame king queen prince princess ' +
    'chairman chairwoman chair ceo director mayor premier chancellor ambassador spokesman spokeswoman ' +
    'spokesperson commissioner attorney speaker leader candidate nominee professor officer deputy chief ' +
    'former state foreign commerce trade finance defense defence prime sheriff detective agent coach del ag ' +
    // Occupations written before a name at a sentence start: "Actor Clint Howard", "Reporter Jo Kim".
    'actor actress reporter journalist correspondent columnist anchor host author writer novelist rapper ' +
    'comedian pastor activist analyst economist strategist consultant pollster lawyer staff filmmaker ' +
    'producer singer musician artist photographer businessman businesswoman entrepreneur investor historian ' +
    'billionaire tycoon mogul counsel ' +
    // Local offices and clergy: "Assemblywoman Rita Cole", "Rabbi Saul Levin".
    'assemblyman assemblywoman councilman councilwoman councilor councillor alderman alderwoman congressman ' +
    'congresswoman rabbi imam bishop cardinal reverend delegate ' +
    // Other offices and ranks: "Treasurer Wayne Lott", "Admiral Jo Kane", "Superintendent Ray Dunn".
    'treasurer comptroller auditor superintendent inspector admiral commander captain lieutenant colonel ' +
    'sergeant ' +
    // Positions on a team: "Defender Luis Mora".
    'defender striker midfielder goalkeeper quarterback pitcher ' +
    // Shared roles: "Co-anchor Norah Dell".
    'co-anchor co-host co-founder co-chair co-chairman co-chairwoman'
  ).split(' '),
);

/** Capitalised words that start sentences or name things other than people. */
export const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or so yet in on at as when while after before also however still now then this that ' +
    'these those there here it its he she they we i you his her their our my your if for of with from by to ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december according said says ' +
    // Quantifiers and dates opening a sentence: "Some Germans", "Last September".
    'some many several most all few both each every other another one last next ' +
    // Auxiliaries opening a question: "Was Szlachta satisfied?", "Does Rubio agree?" ("Will" is a name).
    'was were is are did does do has had have would could should can ' +
    // Sentence adverbs: "Earlier Conservative Graham Brady", "Luckily I".
    'earlier later meanwhile instead luckily unfortunately fortunately sadly hopefully obviously clearly ' +
    'apparently naturally interestingly ironically frankly honestly finally eventually initially ' +
    'originally previously recently currently'
  ).split(' '),
);

/** Words that make a capitalised run an organisation or place rather than a person. */
export const NOT_PERSON_WORDS = new Set(
  (
    'house party department post news times committee university inc corp corporation campaign council ' +
    'congress senate court administration association institute foundation group company network ' +
    'journal press agency office ministry bureau service county city state states union church club ' +
    'street republicans democrats america china russia washington york county fund bank center centre ' +
    'corps springs beach valley river army navy guard airport school college hospital park square city day ' +
    'carolina dakota hampshire jersey mexico island islands coast county security year christmas ' +
    // Words that end the names of companies and publications: "Peabody Energy", "The New Yorker".
    'energy media capital partners holdings systems technologies labs airlines motors international ' +
    'global magazine yorker networks communications industries movement league research survey ' +
    'monday tuesday wednesday thursday friday saturday sunday january february september october november ' +
    'december ' +
    // Bodies and institutions: "Sutton Trust", "Telecommunication Authority", "Chelmsford Prison".
    'trust authority prison commission board society parliament assembly police museum gallery theatre ' +
    'studios tribunal resources troops forces government places daily weekly lords tv radio channel ' +
    // Teams, schools and events: "Sheffield United", "Wigan Warriors", "Nansen Primary", "World Cup".
    'united rovers wanderers athletic albion warriors academy primary cup championship championships ' +
    'olympic olympics games awards festival'
  ).split(' '),
);

/** A member's letters, written before a name ("Labour MP Jean Corston") or after it ("Frank Field MP"). */
export const MEMBER_TITLES = new Set(['MP', 'MPs', 'MEP', 'MSP', 'MLA', 'AM', 'TD']);

/** Words that end a capitalised run only when it is a group or an adjective: "the Wisconsin Republican". */
export const GROUP_LAST_WORDS = new Set(
  (
    'republican democrat democratic american americans independent conservative liberal republicans ' +
    'dem democrats dems tory tories conservatives liberals socialists greens nationalists unionists'
  ).split(' '),
);
