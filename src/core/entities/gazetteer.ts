// Small word lists behind entity recognition. Deliberately modest: the aim is to classify the common
// capitalised runs in news copy, not to be an encyclopaedia. Everything is matched in lower case.

const COUNTRIES = `afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chad chile china colombia congo croatia
cuba cyprus czechia denmark ecuador egypt eritrea estonia ethiopia fiji finland france georgia germany ghana greece
guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg madagascar malawi
malaysia mali malta mauritania mexico moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia
nepal netherlands holland nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines
poland portugal qatar romania russia rwanda scotland wales england serbia singapore slovakia slovenia somalia spain
sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine
uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe`;

const MULTI_WORD_PLACES = `united states|united kingdom|great britain|south africa|north korea|south korea|new zealand
|saudi arabia|sri lanka|czech republic|dominican republic|costa rica|el salvador|ivory coast|united arab emirates
|hong kong|northern ireland|new york|new york city|los angeles|san francisco|san diego|las vegas|new orleans
|rio de janeiro|sao paulo|buenos aires|mexico city|tel aviv|abu dhabi|kuala lumpur|cape town|st petersburg
|new delhi|west bank|gaza strip|middle east|far east|latin america|south america|north america|central america
|east asia|south asia|southeast asia|western europe|eastern europe|sub-saharan africa|north africa|west africa
|east africa|silicon valley|wall street|downing street|capitol hill|new jersey|new mexico|new hampshire
|north carolina|south carolina|north dakota|south dakota|west virginia|rhode island|washington dc
|district of columbia|asia-pacific|persian gulf|south china sea|black sea`;

const CITIES = `london paris berlin madrid rome moscow beijing shanghai shenzhen tokyo osaka seoul delhi mumbai
kolkata karachi lahore islamabad kabul tehran baghdad damascus beirut jerusalem cairo istanbul ankara athens
vienna prague warsaw budapest brussels amsterdam dublin edinburgh glasgow manchester liverpool birmingham leeds
cardiff belfast lisbon barcelona milan munich frankfurt hamburg geneva zurich stockholm oslo copenhagen helsinki
kyiv kiev minsk riyadh dubai doha tokyo bangkok hanoi jakarta manila singapore sydney melbourne toronto montreal
vancouver ottawa chicago boston philadelphia houston dallas atlanta miami seattle denver phoenix detroit
baltimore cleveland pittsburgh minneapolis nairobi lagos johannesburg havana caracas lima bogota santiago
brasilia taipei pyongyang washington`;

const US_STATES = `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
wisconsin wyoming`;

const REGIONS = `europe asia africa america americas oceania antarctica arctic scandinavia balkans caucasus
siberia kashmir tibet crimea donbas catalonia bavaria gaza yorkshire cornwall kent essex`;

/** Alternative spellings folded onto one canonical place name. */
const PLACE_ALIASES: Record<string, string> = {
  us: 'United States',
  'u.s': 'United States',
  'u.s.': 'United States',
  usa: 'United States',
  'u.s.a': 'United States',
  america: 'United States',
  'united states': 'United States',
  uk: 'United Kingdom',
  'u.k': 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom',
  uae: 'United Arab Emirates',
  prc: 'China',
  kiev: 'Kyiv',
  burma: 'Myanmar',
  holland: 'Netherlands',
  'washington dc': 'Washington',
  'district of columbia': 'Washington',
};

function titleCase(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function buildPlaces(): Map<string, string> {
  const places = new Map<string, string>();
  const single = `${COUNTRIES} ${CITIES} ${US_STATES} ${REGIONS}`.split(/\s+/).filter(Boolean);
  const multi = MULTI_WORD_PLACES.split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of [...single, ...multi]) places.set(name, titleCase(name));
  for (const [alias, name] of Object.entries(PLACE_ALIASES)) places.set(alias, name);
  return places;
}

/** Lower-case place name or alias → canonical display name. */
export const PLACES: ReadonlyMap<string, string> = buildPlaces();

/** Longest place name in words, bounding the gazetteer look-ups inside a run. */
export const MAX_PLACE_WORDS = 4;

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Words that introduce a person: honorifics, offices, ranks. A run ending in one is a role, not a name. */
export const PERSON_TITLES =
  toSet(`mr mrs ms miss dr prof professor sir dame lord lady baroness baron earl duke president vice minister
premier chancellor secretary senator sen rep representative congressman congresswoman governor gov mayor
ambassador judge justice king queen prince princess pope bishop archbishop rev reverend general gen colonel col
lieutenant lt captain capt sergeant sgt officer detective inspector commissioner chairman chairwoman chair
director spokesman spokeswoman spokesperson ceo cfo coo chief executive founder leader deputy foreign commerce
finance home defence defense trade interior health education justice economy prime sheikh ayatollah coach
manager striker midfielder defender goalkeeper candidate nominee speaker attorney treasurer comptroller auditor
superintendent admiral commander councillor councilor councilman councilwoman alderman alderwoman assemblyman
assemblywoman`);

/** Words that make a run an organisation when they end it (or, with "of", begin it). */
export const ORG_WORDS =
  toSet(`inc incorporated corp corporation co company ltd limited llc plc gmbh ag sa group
holdings technology technologies systems software motors airlines airways bank banks party ministry department
university college school institute foundation trust council agency association committee commission federation
union organisation organization authority board bureau office service services court parliament congress senate
assembly police army navy force forces club league fc united city network networks news times post journal
media press broadcasting corporation exchange fund reserve cooperation alliance coalition front movement church
hospital center centre museum studios records corps pharmaceuticals energy oil telecom communications partners capital
state athletic rovers wanderers rangers albion dons hotspur villa consult`);

/**
 * Words that open an organisation's name in French, Spanish, Italian, Portuguese and German, before a
 * particle: "Banque du Caire", "Corriere della Sera", "Università di Bologna", "Banco de la Nación".
 */
export const ORG_HEADS =
  toSet(`banque banco banca bank universite université universidad università universidade universität
ministere ministère ministerio ministero ministério corriere gazzetta gazette journal diario jornal instituto
institut istituto compagnie compañía compagnia groupe grupo gruppo parti partido partito societe société
sociedad società tribunal tribunale consejo conseil consiglio assemblée asamblea museo musée museu teatro
théâtre escuela école scuola fundación fondation fondazione federación fédération federazione hôpital
ospedale agence agencia agenzia caisse comité comitato comisión commissione`);

/**
 * Words that, alone before a title, say what kind of office it is ("State Treasurer", "Rear Admiral",
 * "City Councillor"): they name no organisation or place of their own.
 */
export const TITLE_MODIFIERS =
  toSet(`state city county town borough district municipal provincial regional national federal deputy
assistant acting interim senior junior rear associate former`);

/** Words that end the name of a place: "Old Trafford" is not a person. */
export const PLACE_WORDS =
  toSet(`park stadium arena road street avenue square bridge airport station hall house
palace castle island islands river valley county province region district mountains hills lake bay coast harbour
trafford tower towers building dam canal sea village`);

/** Words that begin the name of a place: "Lake Victoria", "Mount Kenya". */
export const PLACE_PREFIXES = toSet(`lake mount mt fort port cape gulf isle`);

/** Words that end the name of an event or a work, which is never a person: "World Cup", "Cannes Film Festival". */
export const EVENT_WORDS =
  toSet(`cup games olympics championship championships open tournament festival awards award prize summit
conference war election elections primary primaries convention show series trophy marathon grand prix`);

/** Capitalised words that are never entities on their own: calendar words, demonyms, headline fillers. */
export const NON_ENTITIES =
  toSet(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december christmas easter god internet web english
american british chinese russian french german european african asian indian japanese korean iranian iraqi
israeli palestinian syrian turkish ukrainian italian spanish mexican canadian australian irish scottish welsh
argentine brazilian cuban dutch egyptian greek polish swedish danish norwegian swiss belgian pakistani afghan
saudi nigerian kenyan venezuelan colombian filipino thai vietnamese arab muslim christian jewish catholic democrat democrats republican republicans conservative conservatives
labour liberal tory tories gop ok tv ai gdp ceo pm mp mps am pm bst gmt et pt`);

/** Peoples: a run ending in one is a group of people ("Native Americans"), not an entity. */
export const PEOPLES =
  toSet(`americans britons germans russians italians spaniards canadians australians israelis palestinians
iranians iraqis syrians afghans pakistanis europeans africans mexicans brazilians argentines`);
