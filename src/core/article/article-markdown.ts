// Markdown to plain paragraphs. Not a full CommonMark parser: it removes the syntax news articles use
// (headings, emphasis, links, images, lists, quotes, code fences, tables) so the text reads as prose.

import { collapseSpaces } from './article-text.js';
import { readCharacterReferences } from './markup-text.js';

// Link and emphasis patterns can backtrack on pathological input; an enormous paragraph skips them.
const MAX_INLINE_LENGTH = 20_000;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

/** Removes inline Markdown: images go, links become their text, emphasis and code marks go. */
export function stripInlineMarkdown(text: string): string {
  // Escaped characters are parked in the private-use area so no later rule treats them as syntax.
  let result = text.replace(ESCAPABLE, (_match, char: string) =>
    String.fromCharCode(0xe000 + char.charCodeAt(0)),
  );
  if (result.length <= MAX_INLINE_LENGTH) {
    result = result
      .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '')
      .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+["'][^"']*["'])?\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/(`+)([^`]+?)\1/g, '$2')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  }
  return result
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (reference) => readCharacterReferences(reference))
    .replace(/[\uE000-\uE07F]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
}

export interface MarkdownBlocks {
  /** The text of the first level-1 heading, which is taken out of the paragraphs. */
  heading: string | null;
  paragraphs: string[];
}

/** Splits a Markdown body into plain-text paragraphs, one per paragraph, heading, list item or table row. */
export function splitMarkdownParagraphs(body: string): MarkdownBlocks {
  const paragraphs: string[] = [];
  let heading: string | null = null;
  let buffer: string[] = [];
  let fence: string | null = null;
  let code: string[] = [];

  const push = (text: string): void => {
    const clean = collapseSpaces(stripInlineMarkdown(text));
    if (clean !== '') paragraphs.push(clean);
  };
  const flush = (): void => {
    if (buffer.length > 0) push(buffer.join(' '));
    buffer = [];
  };
  const pushHeading = (level: number, text: string): void => {
    const clean = collapseSpaces(stripInlineMarkdown(text));
    if (level === 1 && heading === null) heading = clean === '' ? null : clean;
    else if (clean !== '') paragraphs.push(clean);
  };

  for (const rawLine of body.split('\n')) {
    const fenceMatch = FENCE.exec(rawLine);
    if (fence !== null) {
      if (fenceMatch !== null && (fenceMatch[1] ?? '').startsWith(fence)) {
        const text = code.join('\n').trim();
        if (text !== '') paragraphs.push(text);
        fence = null;
        code = [];
      } else code.push(rawLine);
      continue;
    }
    if (fenceMatch !== null) {
      flush();
      fence = (fenceMatch[1] ?? '```').slice(0, 3);
      continue;
    }
    // Block quotes read as the text they quote.
    const line = rawLine.replace(/^(?:\s{0,3}>\s?)+/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx !== null) {
      flush();
      pushHeading((atx[1] ?? '#').length, atx[2] ?? '');
      continue;
    }
    if (buffer.length > 0 && (SETEXT_H1.test(line) || SETEXT_H2.test(line))) {
      const text = buffer.join(' ');
      buffer = [];
      pushHeading(SETEXT_H1.test(line) ? 1 : 2, text);
      continue;
    }
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item !== null) {
      flush();
      buffer.push(item[1] ?? '');
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      push(
        line
          .trim()
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim())
          .join(' | '),
      );
      continue;
    }
    buffer.push(line.trim());
    // Two trailing spaces or a backslash mark a hard line break.
    if (/(?: {2,}|\\)$/.test(rawLine)) {
      if (rawLine.endsWith('\\')) buffer[buffer.length - 1] = line.trim().slice(0, -1);
      flush();
    }
  }
  flush();
  if (fence !== null && code.join('').trim() !== '') paragraphs.push(code.join('\n').trim());
  return { heading, paragraphs };
}
