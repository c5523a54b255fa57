// Parsing one stored article file into articles. Pure: bytes in, articles and problems out; it never
// throws for bad input. The format comes from the file extension; HTML needs a DOM, which the core may not
// import, so its parser is passed in (src/ingest/parse-file.ts wires the real one).

import {
  assembleArticle,
  EMPTY_META,
  readArticleMeta,
  type ArticleMeta,
  type ParseResult,
} from './article-build.js';
import { parseJsonArticles, parseJsonLinesArticles } from './article-json.js';
import { splitMarkdownParagraphs } from './article-markdown.js';
import { findHeadline, normaliseText, splitPlainParagraphs } from './article-text.js';
import { decodeArticleBytes } from './decode.js';
import { splitFrontMatter } from './front-matter.js';

export type { ParsedArticle, ParseResult } from './article-build.js';

export type ArticleFormat = 'text' | 'markdown' | 'json' | 'jsonl' | 'html';

/** Parses decoded HTML into articles; injected so the core stays free of DOM libraries. */
export type HtmlArticleParser = (fileName: string, text: string) => ParseResult;

export interface ParseArticleOptions {
  parseHtml?: HtmlArticleParser;
}

const FORMATS_BY_EXTENSION: Record<string, ArticleFormat> = {
  '': 'text',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The article format a file name implies, or null for an extension Herald does not read. */
export function detectArticleFormat(fileName: string): ArticleFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  // A leading dot (".notes") is a hidden file's name, not an extension.
  const extension = dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
  return FORMATS_BY_EXTENSION[extension] ?? null;
}

function readFrontMatter(text: string, problems: string[]): { meta: ArticleMeta; body: string } {
  const block = splitFrontMatter(text);
  problems.push(...block.problems);
  const hasKeys = Object.keys(block.data).length > 0;
  return {
    meta: hasKeys ? readArticleMeta(block.data, 'front matter: ', problems) : { ...EMPTY_META },
    body: block.body,
  };
}

/** `headline`: the headline read from the text itself, named when nothing follows it. */
function finish(
  article: ReturnType<typeof assembleArticle>,
  problems: string[],
  headline: string | null = null,
): ParseResult {
  if (article === null && headline !== null)
    return { articles: [], problems: [...problems, `no article text: only a headline ("${headline}")`] };
  if (article === null) return { articles: [], problems: [...problems, 'no article text'] };
  return { articles: [article], problems };
}

/**
 * Parses a plain-text article: optional front matter, then the headline on the first line (dropped again
 * wherever it repeats), then paragraphs separated by blank lines.
 */
export function parseTextArticle(text: string): ParseResult {
  const problems: string[] = [];
  const { meta, body } = readFrontMatter(normaliseText(text), problems);
  const lines = body.split('\n');
  let bodyStart = 0;
  let title = meta.title;
  if (title === null) ({ title, bodyStart } = findHeadline(lines));
  const paragraphs = splitPlainParagraphs(bodyStart === 0 ? lines : lines.slice(bodyStart), title);
  return finish(assembleArticle({ ...meta, title }, paragraphs), problems, title);
}

/** Parses a Markdown article: front matter, the title from it or from the first `#` heading, then prose. */
export function parseMarkdownArticle(text: string): ParseResult {
  const problems: string[] = [];
  const { meta, body } = readFrontMatter(normaliseText(text), problems);
  const blocks = splitMarkdownParagraphs(body);
  let title = meta.title ?? blocks.heading;
  let paragraphs = blocks.paragraphs;
  if (title === null) {
    // Without a heading, Markdown follows the plain-text layout: a short first paragraph is the headline
    // (the next one is read too, so a lone paragraph of prose stays the text).
    const headline = findHeadline(paragraphs.slice(0, 2));
    if (headline.title !== null && headline.bodyStart === 1) {
      title = headline.title;
      paragraphs = paragraphs.slice(1);
    }
  }
  return finish(assembleArticle({ ...meta, title }, paragraphs), problems, title);
}

/**
 * Parses a stored article file of any supported format. Never throws: empty, binary, undecodable or
 * unparseable input yields `articles: []` and a problem saying why.
 */
export function parseArticleFile(
  fileName: string,
  bytes: Uint8Array,
  options: ParseArticleOptions = {},
): ParseResult {
  const format = detectArticleFormat(fileName);
  if (format === null) return { articles: [], problems: ['unsupported file type'] };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { articles: [], problems: [decoded.reason] };
  if (decoded.text.trim() === '') return { articles: [], problems: ['no text (file is blank)'] };
  const result = parseDecoded(format, fileName, decoded.text, options);
  return { articles: result.articles, problems: [...decoded.problems, ...result.problems] };
}

function parseDecoded(
  format: ArticleFormat,
  fileName: string,
  text: string,
  options: ParseArticleOptions,
): ParseResult {
  try {
    switch (format) {
      case 'text':
        return parseTextArticle(text);
      case 'markdown':
        return parseMarkdownArticle(text);
      case 'json':
        return parseJsonArticles(text.replace(/^\uFEFF/, ''));
      case 'jsonl':
        return parseJsonLinesArticles(text.replace(/^\uFEFF/, ''));
      case 'html':
        if (options.parseHtml === undefined)
          return { articles: [], problems: ['HTML parsing is not available here'] };
        return options.parseHtml(fileName, text);
    }
  } catch (error) {
    // A parser bug must not take the loader down; report it like bad input, with the error's message.
    const message = error instanceof Error ? error.message : String(error);
    return { articles: [], problems: [`could not parse (${message})`] };
  }
}
