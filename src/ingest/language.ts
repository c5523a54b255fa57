// The language of an article and its stop words, worked out outside the core (the libraries are packages)
// and handed to the analyzer. franc-min's models guess the language from the text's character trigrams
// (ISO 639-3 codes; language-trigrams.ts reckons franc's guess faster); stopwords-iso has the stop-word
// lists (ISO 639-1 codes).
import { createRequire } from 'node:module';
import { emptyWords } from '../core/keywords/index.js';
import { titleAbbreviations } from '../core/text/index.js';
import { clearFunctionWordLanguage, functionWordCounts } from './function-words.js';
import { guessLanguage } from './language-trigrams.js';
import { unmodelledLanguage } from './unmodelled-languages.js';

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

/** The languages the analyzer has rules for (sentence ends, quote marks, stop words written for it). */
const PREFERENCE = {
  languages: new Set([
    'eng',
    'deu',
    'fra',
    'spa',
    'por',
    'ita',
    'nld',
    'rus',
    'cmn',
    'jpn',
    'arb',
    'ces',
    'pol',
  ]),
  margin: 0.03,
};
const RULED = new Set(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'cs', 'pl']);
/** Up to this length (a title and a sentence or two) the function words decide over the trigrams. */
const MAX_SHORT_CHARS = 300;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;
/** Two function words at least: one "in" or "a" says little. */
const MIN_FUNCTION_WORDS = 2;

const cache = new Map<string, ReadonlySet<string>>();

/** Chinese and Japanese characters: a few of them say more than twenty Latin letters. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MIN_WIDE_CHARS = 4;
/**
 * Letters only Czech writes among the languages franc-min knows (ř ů ě), and only Polish (ł ż ź): in a
 * text of two short sentences franc's trigrams can point elsewhere ("Sníh v Praze" read as French), the
 * letters cannot, when two different words hold them. English is never overridden, and one word is not
 * enough (a Chinese name in pinyin, "Běijīng", carries an ě).
 */
const ONLY_LETTERS: [string, RegExp][] = [
  ['ces', /\p{L}*[řůě]\p{L}*/giu],
  ['pol', /\p{L}*[łżź]\p{L}*/giu],
];

/** How many different words of `text` hold one of the letters. */
function wordsWith(text: string, letters: RegExp): number {
  return new Set(text.toLowerCase().match(letters) ?? []).size;
}

/**
 * The ISO 639-1 code of the text's language (or franc's 639-3 code when there is none). A language the
 * analyzer has rules for wins over a close relative a few trigrams ahead of it, and in a short text (a
 * feed item) over any other when its function words clearly outnumber the rest. When a short text says
 * nothing clear, `hint` (a feed's declared language) is taken; without one, "en".
 */
export function detectLanguage(text: string, hint: string | null = null): string {
  const sample = text.slice(0, MAX_DETECT_CHARS);
  const fallback = primaryLanguage(hint) ?? 'en';
  if (text.trim().length < MIN_DETECT_CHARS) {
    // 上海下雪: too short for trigrams, but the script says it.
    if ((sample.match(WIDE)?.length ?? 0) < MIN_WIDE_CHARS) return languageOfScript(sample) ?? fallback;
    return KANA.test(sample) ? 'ja' : 'zh';
  }
  let code = guessLanguage(sample, PREFERENCE);
  if (code === 'und') return languageOfScript(sample) ?? fallback;
  // English, the language most feeds carry and the trigrams know best, is left as it is without a hint.
  const counts = code === 'eng' && hint === null ? null : functionWordCounts(sample);
  const short = sample.length <= MAX_SHORT_CHARS;
  // Danish, Norwegian and Finnish, which franc-min has no model of.
  const known = TWO_LETTER[code] !== undefined;
  const unmodelled = counts === null ? null : unmodelledLanguage(sample, counts, code, known, short);
  if (unmodelled !== null) return unmodelled;
  if (short && counts !== null) {
    const voted = clearFunctionWordLanguage(counts, MIN_FUNCTION_WORDS);
    if (voted !== null && RULED.has(voted)) return voted;
    // The hint, unless the text's little words side with the trigrams' guess more than with it.
    const guessed = counts.get(TWO_LETTER[code] ?? code) ?? 0;
    if (hint !== null && writtenIn(sample, fallback) && (counts.get(fallback) ?? 0) >= guessed)
      return fallback;
  }
  for (const [language, letters] of ONLY_LETTERS) {
    if (code !== 'eng' && code !== language && wordsWith(sample, letters) >= 2) code = language;
  }
  return TWO_LETTER[code] ?? code;
}

/**
 * Scripts that one language writes almost alone, for the languages franc-min has no model of (it answers
 * "und" for Hebrew, Armenian, Georgian): the script with more than half of the letters names the language.
 */
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Ethiopic}/gu, 'am'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Sinhala}/gu, 'si'],
];

function languageOfScript(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [script, language] of SCRIPT_LANGUAGES)
    if ((sample.match(script)?.length ?? 0) * 2 > letters) return language;
  return null;
}

const LATIN = /\p{Script=Latin}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'bg', 'sr', 'be', 'mk']);
/** Languages of other scripts, which the script itself tells apart: a hint is not needed for them. */
const OTHER_SCRIPTS = new Set(['zh', 'ja', 'ar', 'el', 'he', 'hi', 'ko', 'th', 'fa', 'ur', 'bn']);

/** Whether most of the sample's letters are in the script the language is written in. */
function writtenIn(sample: string, language: string): boolean {
  if (OTHER_SCRIPTS.has(language)) return false;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const own = (sample.match(CYRILLIC_LANGUAGES.has(language) ? CYRILLIC : LATIN)?.length ?? 0) * 2;
  return own > letters;
}

/** "de", "pt-BR", "zh_Hans", "deu": the language part, lower case, in two letters where there are. */
function primaryLanguage(tag: string | null): string | null {
  const part = tag === null ? undefined : LANGUAGE_TAG.exec(tag.trim())?.[1]?.toLowerCase();
  return part === undefined ? null : (TWO_LETTER[part] ?? part);
}

/** Lower-case stop words of a language, with its abbreviations of titles and units (none for an unknown one). */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (set === undefined) {
    // Titles and units written before a name or figure ("Dott.", "Sr.", "mil.") are no keywords either,
    // nor are the words that report speech and the words for "new" (see empty-words.ts).
    const words = [...(LISTS[language] ?? []), ...titleAbbreviations(language), ...emptyWords(language)];
    set = new Set(words.map((w) => w.toLowerCase()));
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
  hint: string | null = null,
): { language: string; stopwords: ReadonlySet<string> } {
  const language = declared === null ? detectLanguage(text, hint) : (TWO_LETTER[declared] ?? declared);
  return { language, stopwords: stopwordsFor(language) };
}
