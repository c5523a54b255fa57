// Where sentences and paragraphs begin around a quotation mark. Only the few characters between the
// mark and the nearest boundary are scanned, so this stays cheap inside the per-quote loop.

const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt prof rev st jr sr vs no inc corp co u.s calif ariz fla'.split(
    ' ',
  ),
);

/** The start of the paragraph holding `pos` (just after the previous newline). */
export function findParagraphStart(text: string, pos: number): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return nl + 1;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '?' || c === '!') return true;
  if (c !== '.') return false;
  // "Mr." / "Sen." / initials do not end a sentence.
  let w = i;
  while (w > 0 && /[A-Za-z\u00C0-\u024F.]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, i).toLowerCase();
  if (word.length === 1) return false;
  return !ABBREVIATIONS.has(word);
}

/**
 * True when the parenthesis closing at `close` was opened at a sentence start, so a full stop inside it
 * can end a sentence; "Rep. Sean Duffy (R-Wisc.) also said" goes on past "Wisc.)".
 */
function opensSentence(text: string, close: number): boolean {
  const open = text.lastIndexOf('(', close);
  if (open < 0 || close - open > 80) return true;
  let k = open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '.' || text[k] === '?' || text[k] === '!';
}

/**
 * The start of the sentence holding `pos`, never before `floor`: just after a newline, or after a full
 * stop, question or exclamation mark (optionally followed by a closing quotation mark) and a space.
 */
export function findSentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c !== 0x20 && c !== 0xa0) continue;
    let j = i - 1;
    const prev = text[j];
    if (prev === ')' && !opensSentence(text, j)) continue;
    if (prev === '”' || prev === '"' || prev === '’' || prev === ')') j--;
    if (isSentenceEnd(text, j)) return i + 1;
  }
  return floor;
}

/** The last non-space character before `pos` on the same paragraph, or '' at a paragraph start. */
export function readCharBefore(text: string, pos: number): { char: string; index: number } {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n') return { char: '', index: i + 1 };
  return { char: text[i] ?? '', index: i };
}

/** The last non-space character before `pos`, crossing newlines; index -1 when there is none. */
export function readCharBeforeAcrossLines(text: string, pos: number): { char: string; index: number } {
  let i = pos - 1;
  while (i >= 0 && /\s/u.test(text[i] ?? '')) i--;
  return { char: i < 0 ? '' : (text[i] ?? ''), index: i };
}
