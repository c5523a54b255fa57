// Key words and phrases of an article.
export { createKeywordReader, type KeywordReader } from './keywords.js';
export {
  createIdf,
  frequencyKey,
  readShippedFrequencies,
  type DocumentFrequencies,
} from './document-frequencies.js';
export { withFullNames } from './keyword-names.js';
export { isBareWord, verbCueOf } from './keyword-words.js';
export { bestFirst } from './best-first.js';
export { emptyWords } from './empty-words.js';
export { foldGermanNumbers } from './german-numbers.js';
export { foldNameCases } from './slavic-names.js';
export type { ScoredPhrase } from './keyword-pick.js';
