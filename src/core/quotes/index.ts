// Quotations: quote marks, speaker cues, names and roles.
export { findQuotes } from './quotes.js';
