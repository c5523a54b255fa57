// Key words and phrases of an article.
export { extractKeywords } from './keywords.js';
