// Text scanning: words and their ids, sentences, stop words, hashes.
export { cjkRuns, cjkTerms, hasCjk, spaceCjk, spacedColumn, unspaceCjk } from './cjk-spacing.js';
export { hashFnv1a64 } from './hash.js';
export { createIdMemos } from './id-memo.js';
export { createIdSet } from './id-set.js';
export { createScratch, float64Scratch, int32Scratch, uint8Scratch } from './scratch.js';
export { titleAbbreviations } from './abbreviations.js';
export {
  ARTICLE_JOINED_NAME,
  BEFORE_NO_PARTICLE,
  isNameParticle,
  isNameWord,
  isNameWords,
  NAME_PARTICLE_PATTERN,
  NAME_PARTICLES,
  surnameStart,
} from './name-particles.js';
export { splitSentences } from './sentences.js';
export { STOPWORDS } from './stopwords.js';
export {
  createWords,
  JOIN_AMPERSAND,
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  JOIN_PERIOD,
  type Tokens,
  type Words,
  type WordScan,
} from './tokens.js';
export { stemPorter } from './porter-stem.js';
