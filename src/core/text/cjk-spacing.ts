// Chinese, Japanese and Korean write words without spaces between them, so a reader of words (SQLite's
// unicode61 tokenizer, PostgreSQL's parser, the live-post filter) takes a whole run of such characters
// for one word, and a search for 宇航员 found nothing in 宇航员在太空中喝酒. Such text is read with every
// such character set apart ("宇 航 员 在 …": the store's `spaced` column, the filter's words), and a
// searched word that holds them becomes the phrase of its characters: an exact match of that run
// anywhere in the text, without a dictionary that could cut the text and the query differently.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Whether the text holds a character of a script written without spaces between words. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The text with each Chinese, Japanese or Korean character set apart by spaces. */
export function spaceCjk(text: string): string {
  return text.replace(CJK_ALL, ' $& ');
}

const escapeRegExp = (mark: string) => mark.replace(/[\^$.*+?()[\]{}|-]/gu, '\\$&');

/**
 * Text cut from what spaceCjk made (a search snippet of the `spaced` column) as it was written: the two
 * spaces each such character got are taken away, those at a cut edge too, and marks around single
 * characters (`start`, `end`: a snippet's highlight) join into one mark around the run they make.
 */
export function unspaceCjk(text: string, start = '', end = ''): string {
  const mark = (m: string) => (m === '' ? '' : `${escapeRegExp(m)}?`);
  const character = new RegExp(` ?(${mark(start)}${CJK.source}${mark(end)}) ?`, 'gu');
  const out = text.replace(character, '$1');
  if (start === '' || end === '') return out;
  const joined = new RegExp(
    `(${CJK.source})${escapeRegExp(end)}${escapeRegExp(start)}(?=${CJK.source})`,
    'gu',
  );
  return out.replace(joined, '$1');
}

/** What the `spaced` column holds for an article: headline and text set apart, or null when neither needs it. */
export function spacedColumn(title: string, text: string): string | null {
  return hasCjk(title) || hasCjk(text) ? spaceCjk(`${title}\n${text}`) : null;
}

const CJK_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** The runs of Chinese, Japanese or Korean characters in the text ("暴雨预警 停运" → 暴雨预警, 停运). */
export function cjkRuns(text: string): string[] {
  return text.match(CJK_RUNS) ?? [];
}

/** A searched word as the `spaced` column holds it: its characters, in order, each a word ("宇航员" → 宇, 航, 员). */
export function cjkTerms(term: string): string[] {
  return spaceCjk(term)
    .split(/\s+/u)
    .filter((part) => part !== '');
}

/** Characters a word of Chinese or Japanese takes on average, for telling a sentence's length. */
const CHARACTERS_PER_WORD = 2;

/** About how many words the text's Chinese, Japanese or Korean characters make. */
export function cjkWordEstimate(text: string): number {
  return Math.floor((text.match(CJK_ALL)?.length ?? 0) / CHARACTERS_PER_WORD);
}
