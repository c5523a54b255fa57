// The extractive summary: sentence features, term weights, the chosen sentences.
export { createTermTable, readTerms, resetTermTable, tableFloats } from './summary-terms.js';
export { dotDense, echoOverlapF1, inverseFrequencies, scatter, weightTerms } from './summary-text.js';
export { createSummarizer, MAX_SUMMARY_SENTENCES, type Summarizer } from './summary.js';
export { leansOnContext } from './summary-filters.js';
