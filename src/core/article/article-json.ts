// JSON articles: one object or an array of them (.json), or one object per line (.jsonl/.ndjson).
// A bad record or line is reported with its position and skipped; the others still load.

import { assembleArticle, readArticleMeta, type ParsedArticle, type ParseResult } from './article-build.js';
import { normaliseText, splitPlainParagraphs } from './article-text.js';
import { looksLikeMarkup, markupToText } from './markup-text.js';

const TEXT_FIELDS = ['text', 'body', 'content', 'article', 'articlebody', 'paragraphs', 'maintext'];

/** A text field as text: HTML some exports put there is read as markup (see markup-text.ts). */
function asText(value: string): string {
  return looksLikeMarkup(value) ? markupToText(value) : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(record: Record<string, unknown>, title: string | null): string[] | null {
  for (const [key, value] of Object.entries(record)) {
    if (!TEXT_FIELDS.includes(key.toLowerCase())) continue;
    if (typeof value === 'string' && value.trim() !== '')
      return splitPlainParagraphs(normaliseText(asText(value)).split('\n'), title);
    if (Array.isArray(value)) {
      // A list of paragraphs: each string is a paragraph, whatever line breaks it holds.
      const parts = value.filter((part): part is string => typeof part === 'string');
      const paragraphs = parts.flatMap((part) =>
        splitPlainParagraphs(normaliseText(asText(part)).split('\n'), title),
      );
      if (paragraphs.length > 0) return paragraphs;
    }
  }
  return null;
}

/** Reads one JSON value that should be an article object; `label` prefixes its problems. */
export function readJsonArticle(value: unknown, label: string, problems: string[]): ParsedArticle | null {
  if (!isRecord(value)) {
    problems.push(
      `${label}expected an article object, got ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
    return null;
  }
  const meta = readArticleMeta(value, label, problems);
  const body = readBody(value, meta.title);
  if (body === null) {
    problems.push(`${label}no article text (expected a "text" or "body" field)`);
    return null;
  }
  const article = assembleArticle(meta, body);
  if (article === null) problems.push(`${label}no article text left after removing boilerplate`);
  return article;
}

function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}…` : message;
}

/** Parses JSON Lines: one article per line; blank lines are skipped, bad lines reported by number. */
export function parseJsonLinesArticles(text: string): ParseResult {
  const articles: ParsedArticle[] = [];
  const problems: string[] = [];
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    lineNumber += 1;
    start = end === -1 ? text.length + 1 : end + 1;
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${lineNumber}: malformed JSON (${describeJsonError(error)})`);
      continue;
    }
    // A line holding an array of articles is accepted too.
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      const label = values.length > 1 ? `line ${lineNumber} item ${index + 1}: ` : `line ${lineNumber}: `;
      const article = readJsonArticle(item, label, problems);
      if (article !== null) articles.push(article);
    });
  }
  if (articles.length === 0 && problems.length === 0) problems.push('no articles (file has no JSON lines)');
  return { articles, problems };
}

/**
 * Parses a .json file: one article object, an array of them, or an object wrapping an `articles` array.
 * Malformed JSON that is really JSON Lines is read line by line, with a problem noting it.
 */
export function parseJsonArticles(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = `malformed JSON (${describeJsonError(error)})`;
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => line.trim().startsWith('{'))) {
      const recovered = parseJsonLinesArticles(text);
      if (recovered.articles.length > 0) {
        return {
          articles: recovered.articles,
          problems: [`${reason}; read as JSON Lines`, ...recovered.problems],
        };
      }
    }
    return { articles: [], problems: [reason] };
  }
  const problems: string[] = [];
  const wrapped = isRecord(value) && Array.isArray(value['articles']) ? value['articles'] : value;
  if (Array.isArray(wrapped)) {
    const articles = wrapped.flatMap(
      (item, index) => readJsonArticle(item, `record ${index + 1}: `, problems) ?? [],
    );
    if (wrapped.length === 0) problems.push('no articles (empty JSON array)');
    return { articles, problems };
  }
  const article = readJsonArticle(wrapped, '', problems);
  return { articles: article === null ? [] : [article], problems };
}
