// Danish, Norwegian and Finnish have stop words here but no franc-min model: the trigrams read them as
// Swedish, Dutch, German, Ilocano or Malagasy. Their function words name them when they outnumber every
// other language's; in a feed item of a line or two, where they are few, the letters æ and ø (which
// Swedish and Finnish do not write) say Danish or Norwegian, and Finnish shows in its long vowels and
// case endings when the trigrams' guess is a language there are no stop words for.
import { clearFunctionWordLanguage } from './function-words.js';

const UNMODELLED = new Set(['da', 'no', 'fi']);
/** Two function words at least in a short text, three in a longer one. */
const MIN_SHORT = 2;
const MIN_LONG = 3;
const DANO_NORWEGIAN = /\p{L}*[æø]\p{L}*/giu;
const WORD = /\p{L}{3,}/gu;
/** Long vowels, and the endings of the inessive, elative, adessive, ablative, translative, partitive. */
const FINNISH_SHAPE = /(?:aa|ää|ii|uu|yy|öö)|(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|tta|ttä)$/u;
const FINNISH_SHARE = 1 / 3;

/**
 * Danish, Norwegian or Finnish when the sample says so, else null. `counts` are its function words
 * (functionWordCounts), `guessed` the trigrams' ISO 639-3 guess, `guessKnown` whether there are stop
 * words for that guess.
 */
export function unmodelledLanguage(
  sample: string,
  counts: ReadonlyMap<string, number>,
  guessed: string,
  guessKnown: boolean,
  short: boolean,
): string | null {
  if (guessed === 'eng') return null;
  const own = clearFunctionWordLanguage(counts, short ? MIN_SHORT : MIN_LONG);
  if (own !== null && UNMODELLED.has(own)) return own;
  const danish = counts.get('da') ?? 0;
  const norwegian = counts.get('no') ?? 0;
  const lettered = new Set(sample.toLowerCase().match(DANO_NORWEGIAN) ?? []).size;
  if (lettered >= 2 && (counts.get('sv') ?? 0) <= Math.max(danish, norwegian)) {
    return norwegian > danish ? 'no' : 'da';
  }
  if (guessKnown) return null;
  const words = sample.toLowerCase().match(WORD) ?? [];
  const finnish = words.filter((word) => FINNISH_SHAPE.test(word)).length;
  return words.length > 0 && finnish >= words.length * FINNISH_SHARE ? 'fi' : null;
}
