// Text rules for everything we show on Discord: escaping article text so it cannot format, link or ping,
// and cutting it to a limit at a sentence or word boundary.

import { HIGHLIGHT_END, HIGHLIGHT_MARKS, HIGHLIGHT_START } from '../store/types.js';

/** Marks around a matched term in a search snippet: the store's, which its FTS5 snippet() writes. */
export { HIGHLIGHT_END, HIGHLIGHT_START };

export const ELLIPSIS = '…';

const ZERO_WIDTH_SPACE = '\u200b';

// A cut that keeps less than this share of the budget wastes too much; fall back to the next finer boundary.
const MIN_KEPT_SHARE = 0.5;

/**
 * Escapes Discord markdown in text we did not write, so it shows as typed: emphasis, spoilers, code, masked
 * links, quotes, headings and lists. `<` is escaped before `@`, `#`, `:`, `t:` and the like so `<@id>`,
 * `<@&role>`, `<#channel>` and `<t:…>` show as typed, and `@everyone`/`@here` get a zero-width space so they do
 * not even look like pings (allowed mentions are off on every message anyway). Characters that cannot format
 * on their own are left alone, so ordinary headlines read exactly as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_`]/g, (c) => `\\${c}`)
    .replace(/~~/g, '\\~\\~')
    .replace(/\|\|/g, '\\|\\|')
    .replace(/\[(?=[^\]]*\]\()/g, '\\[')
    .replace(/<(?=[@#:/]|a:|t:|id:|https?:)/gi, '\\<')
    .replace(/^(\s*)(>{1,3}|#{1,3}|-#|[-+]|\d+\.)(?=\s)/gm, (_m, lead: string, marker: string) =>
      marker.endsWith('.') ? `${lead}${marker.slice(0, -1)}\\.` : `${lead}\\${marker}`,
    )
    .replace(/@(everyone|here)\b/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/** Collapses runs of whitespace (including newlines) to single spaces: article text is shown as running prose. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens `text` to at most `max` characters. Prefers ending after a whole sentence (then " …"), else after
 * a whole word (then "…"), else cuts mid-word; never splits a surrogate pair or leaves a dangling escape.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;

  const sentenceCut = findSentenceCut(text, max - 2);
  if (sentenceCut !== null) return `${text.slice(0, sentenceCut)} ${ELLIPSIS}`;

  const wordCut = findWordCut(text, max - 1);
  if (wordCut !== null) return `${text.slice(0, wordCut)}${ELLIPSIS}`;

  return `${cleanCutEnd(text.slice(0, max - 1))}${ELLIPSIS}`;
}

/** Escapes, collapses whitespace and truncates: the one call for a piece of article text in an embed. */
export function fitText(text: string, max: number): string {
  return truncate(escapeMarkdown(collapseWhitespace(text)), max);
}

/**
 * Turns a search snippet with highlight marks into escaped text with the matched terms in bold, within `max`.
 * Bold markers are never split by the cut.
 */
export function renderHighlights(snippet: string, max: number): string {
  const parts = collapseWhitespace(snippet).split(
    new RegExp(`(${HIGHLIGHT_START}[^${HIGHLIGHT_END}]*${HIGHLIGHT_END})`),
  );
  let out = '';
  for (const part of parts) {
    const bold = part.startsWith(HIGHLIGHT_START);
    const raw = bold ? part.slice(1, -1) : part.replace(HIGHLIGHT_MARKS, '');
    if (raw === '') continue;
    const escaped = escapeMarkdown(raw);
    const piece = bold ? `**${escaped}**` : escaped;
    if (out.length + piece.length <= max) {
      out += piece;
      continue;
    }
    const room = max - out.length;
    if (!bold && room > 1) out += truncateRaw(escaped, room);
    else out = out.length < max ? out + ELLIPSIS : truncate(out, max);
    return out;
  }
  return out;
}

// Truncate, but without preferring a sentence boundary (a snippet's sentences are fragments anyway).
function truncateRaw(text: string, max: number): string {
  const wordCut = findWordCut(text, max - 1);
  return `${wordCut !== null ? text.slice(0, wordCut) : cleanCutEnd(text.slice(0, max - 1))}${ELLIPSIS}`;
}

/** The end index of the last whole sentence within `budget`, if it keeps enough of the budget. */
function findSentenceCut(text: string, budget: number): number | null {
  if (budget <= 0) return null;
  const head = text.slice(0, budget + 1);
  // Terminal punctuation, optional closing quotes or brackets, then whitespace (checked against the full text).
  const sentenceEnd = /[.!?…]["'”’»)\]]*(?=\s)/g;
  let cut: number | null = null;
  for (let m = sentenceEnd.exec(head); m; m = sentenceEnd.exec(head)) {
    const end = m.index + m[0].length;
    if (end <= budget && /\s/.test(text[end] ?? '')) cut = end;
  }
  return cut !== null && cut >= budget * MIN_KEPT_SHARE ? cut : null;
}

/** The end index of the last whole word within `budget`, trailing punctuation that joins clauses dropped. */
function findWordCut(text: string, budget: number): number | null {
  if (budget <= 0) return null;
  for (let i = Math.min(budget, text.length - 1); i > 0; i--) {
    if (!/\s/.test(text[i] ?? '')) continue;
    const kept = text.slice(0, i).replace(/[\s,;:–—-]+$/u, '');
    if (kept.length < budget * MIN_KEPT_SHARE) return null;
    return cleanCutEnd(kept).length;
  }
  return null;
}

// A cut must not leave half a surrogate pair or an odd trailing backslash that would escape the ellipsis.
function cleanCutEnd(text: string): string {
  let out = text;
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  const trailing = /\\+$/.exec(out)?.[0].length ?? 0;
  if (trailing % 2 === 1) out = out.slice(0, -1);
  return out;
}
