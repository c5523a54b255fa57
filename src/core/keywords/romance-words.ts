// Verbs and adjectives among the one-word keywords of Portuguese, Spanish, Italian and French articles
// ('chegou', 'condenado', 'apurar', 'renunciar', 'répond'). Without a tagger, the article says what a
// word is: a noun is written after an article, a contraction of one or a determiner at least once ("o
// jogador", "dei treni", "l'avion"), and such a word stays. A word never written so is dropped when it
// follows an auxiliary, a negation, a clitic, a subject pronoun or a capitalised subject ("foi
// condenado", "não cabe", "se retira", "il répond", "Sánchez convoca"), when it is an infinitive after a
// preposition ("a renunciar"), or when it ends as only a verb form of that language ends (Portuguese
// -ou, -ndo, -ar, Spanish -ó, -aron, Italian -ò, -ando, French -aient, -èrent). The lists are short on
// purpose: the words that say most, not a grammar. Norwegian, Danish and Swedish are read by their
// articles, auxiliaries and infinitive markers the same way (NORDIC below).
import { isUpperAt } from '../text/tokens.js';
import type { WordUses } from './keyword-words.js';

interface Cues {
  /** Words after which a noun comes: articles, their contractions, determiners, possessives. */
  noun: ReadonlySet<string>;
  /** Words after which a verb or a predicate comes. */
  verb: ReadonlySet<string>;
  /** Endings only verb forms have (a noun so ending is written after an article somewhere). */
  verbEnding: RegExp;
  /** Prepositions before an infinitive ("a renunciar", "para apurar"), which may be articles too. */
  toInfinitive: ReadonlySet<string>;
  infinitive: RegExp;
  /** Whether a lower-case word right after a capitalised one is its verb ("Sánchez convoca"). */
  subject: boolean;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

const CUES: Readonly<Record<string, Cues>> = {
  pt: {
    noun: words(`o a os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas num
      numa este esta estes estas esse essa esses essas aquele aquela aqueles aquelas seu sua seus suas meu
      minha nosso nossa cada qualquer nenhum nenhuma outro outra outros outras vários várias muitos muitas
      alguns algumas`),
    verb: words(`é foi era são foram eram será serão seria vai vão ia iam está estão estava estavam esteve
      ser estar sido pode podem poderá deve devem não já se lhe eu ele ela eles elas nós você vocês`),
    verbEnding: /(?:ou|eu|iu|ndo|am|ar|er|ir)$/u,
    toInfinitive: words('a de para sem'),
    infinitive: /(?:ar|ir)$/u,
    subject: true,
  },
  es: {
    noun: words(`el la los las un una unos unas del al este esta estos estas ese esa esos esas aquel aquella
      su sus mi mis nuestro nuestra nuestros nuestras cada cualquier ningún ninguna otro otra otros otras
      varios varias muchos muchas algunos algunas`),
    verb: words(`es fue era son fueron eran será serán sería va van iba iban está están estaba estaban ser
      estar sido ha han había habían haber puede pueden podrá debe deben no ya se le les yo él ella ellos
      ellas nosotros usted ustedes`),
    verbEnding: /(?:ó|aron|ieron|ando|iendo|ar|er|ir)$/u,
    toInfinitive: words('a de para sin'),
    infinitive: /(?:ar|ir)$/u,
    subject: true,
  },
  it: {
    noun: words(`il lo la i gli le un uno una del dello della dei degli delle al allo alla ai agli alle nel
      nello nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle questo
      questa questi queste quel quello quella quei quegli quelle suo sua suoi sue ogni nessun nessuna altro
      altra altri altre vari varie molti molte alcuni alcune`),
    verb: words(`è fu era sono furono erano sarà saranno sarebbe ha hanno aveva avevano essere avere stato
      stata può possono potrà deve devono non già si ci mi ti io lui lei loro noi`),
    verbEnding: /(?:ò|arono|irono|erono|ando|endo|are|ire)$/u,
    toInfinitive: words('a di da per senza'),
    infinitive: /(?:are|ire)$/u,
    subject: true,
  },
  fr: {
    noun: words(`le la les un une des du au aux ce cet cette ces son sa ses mon ma mes ton ta tes notre nos
      votre vos leur leurs chaque aucun aucune plusieurs quelques certains certaines`),
    verb: words(`est était sont étaient sera seront serait a ont avait avaient aura auront être avoir été
      peut peuvent pourra doit doivent va vont ne se je il elle ils elles nous vous on`),
    verbEnding: /(?:aient|èrent|eront|erait|(?<!i)er)$/u,
    toInfinitive: words('à de pour sans'),
    infinitive: /(?<!i)er$|ir$/u,
    subject: true,
  },
};

/**
 * Norwegian, Danish and Swedish have articles and auxiliaries to tell by too, but no verb-only endings,
 * and a capitalised word before a noun is often a place's name ("Oslo kommune"), not a subject.
 */
const NORDIC_NOUN = `en ei et ett den det de denne dette disse denna detta dessa min mitt mine din ditt sin sitt
  sine hans hennes vår vårt våre vores deres deras hver hvert varje`;
const NEVER = /(?!)/u;
const norwegian: Cues = {
  noun: words(NORDIC_NOUN),
  verb: words(`vil skal kan må bør skulle ville kunne måtte har hadde er var blir ble jeg du han hun vi dere
    ikke`),
  verbEnding: NEVER,
  toInfinitive: words('å'),
  infinitive: /e$/u,
  subject: false,
};
const NORDIC: Readonly<Record<string, Cues>> = {
  no: norwegian,
  nb: norwegian,
  nn: norwegian,
  da: {
    noun: words(NORDIC_NOUN),
    verb: words(`vil skal kan må bør skulle ville kunne måtte har havde er var bliver blev jeg du han hun vi I
      ikke`),
    verbEnding: NEVER,
    toInfinitive: words('at'),
    infinitive: /e$/u,
    subject: false,
  },
  sv: {
    noun: words(NORDIC_NOUN),
    verb: words(
      `vill ska kan måste bör skulle ville kunde har hade är var blir blev jag du han hon vi ni inte`,
    ),
    verbEnding: NEVER,
    toInfinitive: words('att'),
    infinitive: /a$/u,
    subject: false,
  },
};

/** The cues of a language this file knows, or undefined. */
export function romanceCuesOf(language: string | undefined): Cues | undefined {
  return language === undefined ? undefined : (CUES[language] ?? NORDIC[language]);
}

/** An elided article glued to the word ("l'avion", "dell'industria", "un'ora"): a noun follows. */
function isElidedArticle(text: string, start: number, from: number): boolean {
  if (from <= start) return false;
  const article = text.slice(start, from - 1).toLowerCase();
  return article.endsWith('l') || article === 'un';
}

/**
 * Whether the article uses word `w`, a lower-case one-word keyword shown as `form`, as no noun: never
 * after a noun's cue, and after a verb's cue or with a verb's ending. The tokens are read once, on the
 * first question. `from` holds where each token's word starts after an elided article.
 */
export function createRomanceWordCheck(
  uses: WordUses,
  from: ArrayLike<number>,
  cues: Cues,
): (w: number, form: string) => boolean {
  let seen: Uint8Array | null = null;
  const NOUN = 1;
  const VERB = 2;
  const read = (): Uint8Array => {
    const { text, count, starts, ends, ids, tokenWord, wordOf } = uses;
    const marks = new Uint8Array(uses.words);
    for (let t = 0; t < count; t++) {
      const w = tokenWord[t]!;
      if (w < 0) continue;
      if (isElidedArticle(text, starts[t]!, from[t]!)) {
        marks[w]! |= NOUN;
        continue;
      }
      const end = t > 0 ? ends[t - 1]! : -1;
      if (t === 0 || starts[t] !== end + 1 || text.charCodeAt(end) !== 32) continue;
      const before = wordOf(ids[t - 1]!).toLowerCase();
      if (cues.toInfinitive.has(before) && cues.infinitive.test(wordOf(ids[t]!))) marks[w]! |= VERB;
      else if (cues.noun.has(before)) marks[w]! |= NOUN;
      else if (cues.verb.has(before)) marks[w]! |= VERB;
      // Right after a name or a capitalised noun, its subject: "L'Enel investe", "Sánchez convoca". The
      // capital is the word's own, after any elided article: "L'énergie solaire" is a noun and its adjective.
      else if (
        cues.subject &&
        tokenWord[t - 1]! >= 0 &&
        isUpperAt(text, from[t - 1]!) &&
        !isUpperAt(text, starts[t]!)
      )
        marks[w]! |= VERB;
    }
    return marks;
  };
  return (w, form) => {
    seen ??= read();
    const marks = seen[w]!;
    if ((marks & NOUN) !== 0) return false;
    return (marks & VERB) !== 0 || cues.verbEnding.test(form.toLowerCase());
  };
}
