// The language of an article and its stop words, worked out outside the core (the libraries are packages)
// and handed to the analyzer. tinyld guesses the language from the text; stopwords-iso has the lists.
import { createRequire } from 'node:module';
import { detect } from 'tinyld';

const require = createRequire(import.meta.url);
const LISTS = require('stopwords-iso') as Record<string, string[] | undefined>;

/** Below this many characters a guess is no better than English, the language the rules were made for. */
const MIN_DETECT_CHARS = 20;
const cache = new Map<string, ReadonlySet<string>>();

/** The ISO 639-1 code of the text's language ("en" when too short or unknown). */
export function detectLanguage(text: string): string {
  if (text.trim().length < MIN_DETECT_CHARS) return 'en';
  return detect(text.slice(0, 4000)) || 'en';
}

/** Lower-case stop words of a language (empty when stopwords-iso has no list for it). */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (set === undefined) {
    set = new Set((LISTS[language] ?? []).map((w) => w.toLowerCase()));
    cache.set(language, set);
  }
  return set;
}

/** What the analyzer needs to know of the text's language. */
export function languageOf(text: string): { language: string; stopwords: ReadonlySet<string> } {
  const language = detectLanguage(text);
  return { language, stopwords: stopwordsFor(language) };
}
