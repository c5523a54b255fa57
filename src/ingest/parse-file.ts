// The article-file parser with every format wired in: the core's pure parser plus the DOM-based HTML
// reader, which the core may not import itself.

import { parseArticleFile, type ParseResult } from '../core/article/index.js';
import { parseHtmlArticle } from './html.js';

/** Parses one stored article file (any supported format, HTML included). Never throws for bad input. */
export function parseStoredArticleFile(fileName: string, bytes: Uint8Array): ParseResult {
  return parseArticleFile(fileName, bytes, { parseHtml: parseHtmlArticle });
}
