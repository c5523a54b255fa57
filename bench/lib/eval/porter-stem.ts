// ROUGE and the keyword eval stem with the core's Porter stemmer (NLTK's variant, as rouge_score does).
export { stemPorter } from '../../../src/core/text/index.js';
