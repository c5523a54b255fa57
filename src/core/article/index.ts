// Article files (text, Markdown, JSON, HTML fields) read into one parsed article.
export {
  type ArticleMeta,
  assembleArticle,
  type ParsedArticle,
  type ParseResult,
  readArticleMeta,
} from './article-build.js';
export { buildArticleId, cleanLine } from './article-fields.js';
export { removeGluedBoilerplate } from './article-boilerplate.js';
export { collapseSpaces, toComparable } from './article-text.js';
export { detectArticleFormat, parseArticleFile, parseMarkdownArticle, parseTextArticle } from './article.js';
export { decodeArticleBytes, decodeWindows1252 } from './decode.js';
export { repairMojibake } from './mojibake.js';
