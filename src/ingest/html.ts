// HTML pages to articles: the main text through Mozilla Readability over a linkedom document, and the
// headline, byline, site name, date, canonical URL and tags from the page's metadata (meta tags, JSON-LD).

import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import {
  assembleArticle,
  readArticleMeta,
  type ArticleMeta,
  type ParseResult,
} from '../core/article/index.js';
import { cleanLine } from '../core/article/index.js';
import { isCaption } from './html-captions.js';
import { readPageMetadata, type DomDocument, type DomElement, type DomNode } from './html-metadata.js';
import { collapseSpaces, toComparable } from '../core/article/index.js';

// linkedom builds a full DOM in memory; past this size a page is refused rather than risk the process.
const MAX_HTML_CHARS = 20_000_000;
const MAX_BYLINE_LENGTH = 100;
const MAX_STANDFIRST_LENGTH = 300;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * linkedom does not add the implied <html>, <head> and <body> of a loose page or fragment, so a page
 * missing them is given a skeleton before parsing.
 */
function shapeDocument(text: string): string {
  if (/<html[\s>]/i.test(text) && /<body[\s>]/i.test(text)) return text;
  const inner = text.replace(/<!doctype[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  let head = '';
  let body = inner;
  const headEnd = inner.search(/<\/head\s*>/i);
  if (headEnd !== -1) {
    head = inner.slice(0, headEnd).replace(/<head[^>]*>/i, '');
    body = inner.slice(headEnd).replace(/^<\/head\s*>/i, '');
  } else {
    const title = /<title[^>]*>[^<]*<\/title>/i.exec(inner);
    if (title !== null) {
      head = title[0];
      body = inner.replace(title[0], '');
    }
  }
  return `<!DOCTYPE html><html><head>${head}</head><body>${body.replace(/<\/?body[^>]*>/gi, '')}</body></html>`;
}

/** Block-level text of an element: one paragraph per paragraph, heading, list item, cell or <br> run. */
export function collectParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = collapseSpaces(buffer);
    if (text !== '') paragraphs.push(text);
    buffer = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isCaption(node as DomElement)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const child = node.childNodes[i];
      if (child !== undefined) visit(child);
    }
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

// linkedom and Readability are loaded on the first HTML page, not at start-up: most archives hold none.
const requireLazily = createRequire(import.meta.url);
let html: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | null = null;
function htmlLibraries() {
  html ??= {
    parseHTML: (requireLazily('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (requireLazily('@mozilla/readability') as { Readability: typeof ReadabilityClass })
      .Readability,
  };
  return html;
}

/** A declared author worth keeping over Readability's guess: at least two words ("devindra" is a handle). */
function isPersonName(value: unknown): boolean {
  return typeof value === 'string' ? /\S\s+\S/.test(value.trim()) : value !== undefined;
}

function pickReadabilityValue(value: string | null | undefined): string | undefined {
  const line = cleanLine(value);
  return line === null ? undefined : line;
}

/**
 * Parses an HTML page into one article. Metadata is read before Readability runs (it rewrites the
 * document); Readability's own title, byline, site name and date win when it finds them.
 */
/** The article, and the page's share image as the page wrote it (feeds use it for an item's picture). */
export type HtmlParseResult = ParseResult & { image: string | null };

export function parseHtmlArticle(_fileName: string, text: string): HtmlParseResult {
  if (text.length > MAX_HTML_CHARS) {
    return {
      articles: [],
      problems: [`HTML page too large to parse (${Math.round(text.length / 1_000_000)} MB)`],
      image: null,
    };
  }
  const problems: string[] = [];
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(shapeDocument(text)) as unknown as { document: DomDocument };
  const page = readPageMetadata(document);

  let paragraphs: string[] = [];
  try {
    const reader = new Readability<string[]>(
      document as unknown as ConstructorParameters<typeof Readability>[0],
      {
        serializer: (node) => collectParagraphs(node as unknown as DomNode),
        // Classes stay on the main text so that captions and credits can be told from it.
        keepClasses: true,
      },
    );
    const result = reader.parse();
    if (result !== null) {
      paragraphs = result.content ?? [];
      // Readability's byline is a guess from the page text and sometimes swallows a date; the page's
      // declared author is preferred, and a byline with digits in it is not a name.
      const byline = pickReadabilityValue(result.byline);
      const usable = byline !== undefined && byline.length <= MAX_BYLINE_LENGTH && !/\d/.test(byline);
      Object.assign(page.record, {
        ...(result.title ? { title: result.title } : {}),
        ...(usable && !isPersonName(page.record['author']) ? { author: byline } : {}),
        ...(result.siteName ? { source: result.siteName } : {}),
        ...(result.publishedTime ? { published: result.publishedTime } : {}),
      });
    }
  } catch (error) {
    problems.push(`readability failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (paragraphs.length === 0) {
    // Readability gives up on short or unusual pages; the page's own text is better than nothing.
    const { document: fresh } = parseHTML(shapeDocument(text)) as unknown as { document: DomDocument };
    paragraphs = fresh.body === null ? [] : collectParagraphs(fresh.body);
    if (paragraphs.length > 0) problems.push('no main article text found; used the whole page text');
  }

  const meta: ArticleMeta = readArticleMeta(page.record, '', problems);
  if (page.description !== null && paragraphs[0] !== undefined) {
    const first = toComparable(paragraphs[0]);
    const description = toComparable(page.description);
    // Many pages reuse their lede as the description; only a short one is a standfirst.
    if (first === description && paragraphs[0].length <= MAX_STANDFIRST_LENGTH)
      meta.standfirst = paragraphs[0];
  }
  const article = assembleArticle(meta, paragraphs);
  if (article === null)
    return { articles: [], problems: [...problems, 'no article text'], image: page.image };
  return { articles: [article], problems, image: page.image };
}
