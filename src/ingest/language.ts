// The language of an article and its stop words, worked out outside the core (the libraries are packages)
// and handed to the analyzer. franc-min's models guess the language from the text's character trigrams
// (ISO 639-3 codes; language-trigrams.ts reckons franc's guess faster); stopwords-iso has the stop-word
// lists (ISO 639-1 codes).
import { createRequire } from 'node:module';
import { titleAbbreviations } from '../core/text/index.js';
import { guessLanguage } from './language-trigrams.js';

const require = createRequire(import.meta.url);
const LISTS = require('stopwords-iso') as Record<string, string[] | undefined>;

/** Below this many characters a guess is no better than English, the language the rules were made for. */
const MIN_DETECT_CHARS = 20;
/** Enough text for a sure guess; the rest of a long article only costs time. */
const MAX_DETECT_CHARS = 4000;

/** ISO 639-3 (franc) to ISO 639-1 (stopwords-iso, the analyzer), for the languages franc-min knows. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  cmn: 'zh',
  jpn: 'ja',
  arb: 'ar',
  ces: 'cs',
  pol: 'pl',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  hun: 'hu',
  ron: 'ro',
  tur: 'tr',
  ukr: 'uk',
  bul: 'bg',
  hrv: 'hr',
  srp: 'sr',
  slk: 'sk',
  ell: 'el',
  heb: 'he',
  hin: 'hi',
  kor: 'ko',
  vie: 'vi',
  ind: 'id',
  zlm: 'ms',
  pes: 'fa',
  tha: 'th',
  ben: 'bn',
  urd: 'ur',
};

const cache = new Map<string, ReadonlySet<string>>();

/** The ISO 639-1 code of the text's language (or franc's 639-3 code when there is none); "en" when unsure. */
export function detectLanguage(text: string): string {
  if (text.trim().length < MIN_DETECT_CHARS) return 'en';
  const code = guessLanguage(text.slice(0, MAX_DETECT_CHARS));
  if (code === 'und') return 'en';
  return TWO_LETTER[code] ?? code;
}

/** Lower-case stop words of a language, with its abbreviations of titles and units (none for an unknown one). */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (set === undefined) {
    // Titles and units written before a name or figure ("Dott.", "Sr.", "mil.") are no keywords either.
    set = new Set([...(LISTS[language] ?? []), ...titleAbbreviations(language)].map((w) => w.toLowerCase()));
    cache.set(language, set);
  }
  return set;
}

/**
 * What the analyzer needs to know of the text's language: the one the article declares (its `lang`,
 * two or three letters) when it says, else the one detected.
 */
export function languageOf(
  text: string,
  declared: string | null = null,
): { language: string; stopwords: ReadonlySet<string> } {
  const language = declared === null ? detectLanguage(text) : (TWO_LETTER[declared] ?? declared);
  return { language, stopwords: stopwordsFor(language) };
}
