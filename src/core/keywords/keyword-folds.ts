// The languages whose keywords fold several written forms of one noun or name into one: German singular
// and plural, Slavic case forms of a name, Scandinavian definite forms. One reader serves them all.
import { foldGermanNumbers } from './german-numbers.js';
import { foldDefiniteForms, hasDefiniteEndings } from './nordic-forms.js';
import { foldNameCases, hasNameCases } from './slavic-names.js';

/** Folds the forms of `keywords` that `text` writes as one keyword, best placed first. */
export type KeywordFold = (keywords: readonly string[], text: string) => string[];

/** The fold for the language (ISO 639-1), or null when its keywords need none. */
export function keywordFoldOf(language: string): KeywordFold | null {
  if (language === 'de') return foldGermanNumbers;
  if (hasNameCases(language)) return foldNameCases;
  if (hasDefiniteEndings(language)) return foldDefiniteForms;
  return null;
}

/**
 * Keywords from `read` (the keyword reader at a limit) with `fold` applied: when forms fold, the list is
 * read again with spares, so that `limit` keywords are still shown where there are.
 */
export function readFolded(
  read: (limit: number) => string[],
  fold: KeywordFold,
  text: string,
  limit: number,
): string[] {
  const first = read(limit);
  if (fold(first, text).length === first.length) return first;
  return fold(read(limit + 5), text).slice(0, limit);
}
