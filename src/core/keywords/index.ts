// Key words and phrases of an article.
export { createKeywordReader, type KeywordReader } from './keywords.js';
