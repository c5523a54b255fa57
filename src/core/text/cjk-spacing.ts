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

/** What the `spaced` column holds for an article: headline and text set apart, or null when neither needs it. */
export function spacedColumn(title: string, text: string): string | null {
  return hasCjk(title) || hasCjk(text) ? spaceCjk(`${title}\n${text}`) : null;
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
