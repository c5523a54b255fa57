// Common English function words, lower case. Used by keywords, summaries and story signatures.
const WORDS = `a about above across after afterwards again against all almost alone along already also although always
am among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by can
cannot could did do does doing done down during each either else elsewhere enough etc even ever every everyone
everything everywhere except few for former formerly from further had has have having he hence her here hereafter
hereby herein hers herself him himself his how however i if in indeed into is it its itself just last latter
latterly least less many may me meanwhile might mine more moreover most mostly much must my myself namely neither
never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please put rather re same seem seemed seeming seems
several she should since so some somehow someone something sometime sometimes somewhere still such than that the
their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this
those though through throughout thru thus to together too toward towards under until up upon us very via was we
well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether
which while whither who whoever whole whom whose why will with within without would yet you your yours yourself
yourselves said says say told according also new would could mr mrs ms dr s t don didn doesn isn wasn aren weren
won wouldn couldn shouldn hasn haven hadn ll ve d m o re y`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
