// Words that open a sentence leaning on the one before, in languages other than English: connectives
// ("but", "however", "therefore", "besides"), a "since" or "for" that makes the sentence the second half
// of the one before, and personal or demonstrative pronouns standing alone ("he", "they", "that"). A one-line summary passes such a sentence over while one that stands alone is
// left. Per language, as a word that leans in one language is a plain opener in another: Portuguese
// "Mais de 100 pessoas" is "more than 100 people", French "Mais" is "but". Demonstratives that also open
// a plain time phrase ("Este lunes", "Ce matin", "Diese Woche") are left out, and so are words that
// also open a plain clause ("Alors que …", "Depois de três anos", "При пожаре").

const OPENERS: Record<string, string> = {
  de: `aber doch jedoch allerdings deshalb daher darum deswegen trotzdem dennoch außerdem zudem ebenfalls
    auch dann danach dabei dazu dort er sie es dies denn sondern also somit stattdessen hingegen dagegen
    ihm ihn ihnen sein seine seiner ihre ihrer zugleich gleichwohl immerhin insofern weil`,
  fr: `mais cependant toutefois pourtant néanmoins ainsi donc puis ensuite aussi il elle ils elles
    cela ceci ça lui leur leurs son sa ses celui celle ceux celles enfin or sinon puisque car en_outre par_ailleurs en_revanche par_conséquent`,
  es: `pero sin_embargo no_obstante además también tampoco por_eso por_ello por_tanto así entonces
    luego él ella ellos ellas esto eso ello aquello su sus asimismo igualmente incluso mientras_tanto ya_que pues`,
  pt: `mas porém contudo todavia entretanto no_entanto além_disso também por_isso portanto assim então
    ele ela eles elas isso isto aquilo seu sua seus suas ademais inclusive já_que pois`,
  it: `ma però tuttavia comunque inoltre anche quindi dunque poi così lui lei loro egli ella esso essa ciò
    infatti pertanto perciò invece suo sua suoi sue poiché giacché`,
  nl: `maar echter toch daarom dus ook bovendien daarnaast verder hij zij ze daarna vervolgens zijn haar
    hun hen hem desondanks want`,
  ru: `но однако также поэтому кроме_того при_этом тем_не тем_временем он она они оно это его её их затем потом тогда а и зато
    впрочем причём притом`,
};

/** Per language: single words, and two-word openers (written with `_`) as "first second". */
const BY_LANGUAGE = new Map(
  Object.entries(OPENERS).map(([language, list]) => {
    const words = list.split(/\s+/).filter(Boolean);
    return [
      language,
      {
        one: new Set(words.filter((w) => !w.includes('_'))),
        two: new Set(words.filter((w) => w.includes('_')).map((w) => w.replace('_', ' '))),
      },
    ];
  }),
);

/**
 * Whether the sentence opens on a word (or two) that leans on the sentence before in `language` (ISO
 * 639-1); false for a language without a list (English has its own rules in summary-filters.ts).
 */
export function opensLeaningIn(language: string, text: string): boolean {
  const openers = BY_LANGUAGE.get(language);
  if (!openers) return false;
  const words = /^([\p{L}’']+)(?:[\s,]+([\p{L}’']+))?/u.exec(text);
  if (!words) return false;
  const first = (words[1] as string).toLowerCase();
  if (openers.one.has(first)) return true;
  return words[2] !== undefined && openers.two.has(`${first} ${words[2].toLowerCase()}`);
}
