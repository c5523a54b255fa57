// The commonest function words of the languages the analyzer has rules for, written here by hand. In a
// text of a title and a sentence or two, character trigrams are swayed by names and rare words ("Sníh v
// Praze" read as Serbian, an Italian line as Spanish); the little words that hold a sentence together
// are the surer sign, and few news sentences go without them.

const WORDS: Record<string, string> = {
  en: 'the and of to in is was were for on with at by from has have had are will this that its an be not after but as or he she they we his her their who would said about',
  de: 'der die das und in ist nicht mit von den dem des ein eine einen im am auf für zu auch sich bei nach aus wird wurde sind hat',
  nl: 'de het een en van in is niet met op voor zijn dat die te bij naar wordt werd ook aan om uit geen maar',
  fr: 'le la les des du de un une et est dans pour sur pas que qui au aux avec par ce cette sont ont été',
  es: 'el la los las del de y es que por con para una un se su al lo como más pero fue han ha sus',
  pt: 'o os as do da dos das de em no na nos nas um uma que para com por não se foi são ao pelo pela',
  it: 'il lo la i gli le di del della dei e è che per con non un una in al alla nel nella sono ha da si',
  cs: 'a v ve na se je že s z do k o pro by byl byla jsou ani to jak ale od po za který která',
  pl: 'i w we na się jest że z do nie o to od po za dla jak ale był była są który która oraz',
  ru: 'и в во на не что с по это как из за для от к о был была были его а но у',
  // Close relatives of those, which franc-min also knows: their words compete, so that a Ukrainian or
  // Slovak text is not taken for Russian or Czech for want of its own list.
  uk: 'і в у на не що з до та за як це від по для був була але його про',
  bg: 'и в на не че с за от по да се е са беше бяха във към като това след но',
  sh: 'i u je na se su da za od s sa o kao ali nije koji koja nakon bio bila и у је на се су да за од са као није',
  sk: 'a v vo na sa je že s z do k o pre by bol bola sú ani to ako ale od po za ktorý ktorá',
  // The Scandinavian lists share most of their words; those they do not share (af/av, efter/etter,
  // havde/hadde, meget/mye, och/og …) tell them apart. franc-min has no model of Danish, Norwegian or
  // Finnish at all (see language.ts).
  sv: 'och i att det som en på är av för med till den har inte om ett var de efter också från eller hade blev kan ska vill mycket säger sade hon jag detta dessa när där vara blir bara många',
  da: 'og i at det som en på er af for med til den har ikke om et var de efter også fra eller havde blev kan skal vil meget siger sagde hun jeg denne disse når hvor være bliver kun mange nu hvad',
  no: 'og i at det som en på er av for med til den har ikke om et var de etter også fra eller hadde ble kan skal vil mye sier sa hun jeg denne disse når hvor være blir bare mange nå hva å neste',
  fi: 'ja on ei se että oli ovat mutta myös tai kun jo joka jotka sen hän he kuin mukaan noin sekä ole olla voi vielä nyt tämä tämän siitä jälkeen vuonna koska jos kanssa vain mitä mikä',
  ro: 'și în de la cu pe un o a al ale din că nu este sunt fost pentru după mai',
  tr: 've bir bu da de için ile olarak çok daha sonra gibi en ne',
};

/** Each function word with the languages whose list holds it: one lookup a word of the text. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(WORDS)) {
  for (const word of new Set(words.split(' '))) {
    const languages = LANGUAGES_OF.get(word);
    if (languages === undefined) LANGUAGES_OF.set(word, [language]);
    else languages.push(language);
  }
}

/** A word as written: a run of letters (with inner apostrophes left out of it). */
const WORD = /\p{L}+/gu;
/** Before a word that may begin with a capital for its place alone: the text's start or a sentence end. */
const SENTENCE_START = /(?:^|[.!?:\n]\s*)$/u;

/** Particles of names ("Ursula von der Leyen", "Bill de Blasio"): between name words they are no sign. */
const NAME_PARTICLES = new Set('de del della di da van von der den la le du bin ibn ten ter zu'.split(' '));
const CAPITAL_NEXT = /^\s+(?:\p{Lu}|(?:de|der|den|la|le|du)\s+\p{Lu})/u;

/**
 * How many of the text's function words each language has. A capitalised word counts only at the start
 * of a sentence, so the particle of a name ("De Blasio", "Van Hollen") is not read as Dutch or French.
 */
export function functionWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Whether the words before this one are a name so far ("Ursula", "Ursula von").
  let inName = false;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const capital = word !== lower;
    const particle: boolean =
      inName && NAME_PARTICLES.has(word) && CAPITAL_NEXT.test(text.slice(match.index + word.length));
    inName = capital || particle;
    if (particle) continue;
    if (capital && !SENTENCE_START.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    for (const language of LANGUAGES_OF.get(lower) ?? [])
      counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}

/**
 * The language whose function words a text holds most (`counts`, from functionWordCounts), when that is
 * clear: at least `least` of them and more than any other language has. Null when none is clear.
 */
export function clearFunctionWordLanguage(counts: ReadonlyMap<string, number>, least: number): string | null {
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [language, count] of counts) {
    if (count > top) {
      second = top;
      top = count;
      best = language;
    } else if (count > second) second = count;
  }
  return top >= least && top > second ? best : null;
}
