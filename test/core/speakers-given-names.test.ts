// "She" after a man and then a woman, named with given names common in British and Irish news: the
// pronoun skips the sentence's subject for the person it can stand for, so the names must be known for
// what they usually signal.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

describe('given names common in British and Irish news', () => {
  it.each([
    ['Nigel Ferris', 'Siobhan Kerr', 'she'],
    ['Gareth Pryce', 'Niamh Doyle', 'she'],
    ['Gemma Stott', 'Callum Reid', 'he'],
    ['Fiona Blair', 'Rhys Morgan', 'he'],
  ])('%s, then %s, then “…,” %s said', (first, second, pronoun) => {
    const text =
      `${first} met ${second} at the harbour office on Monday to talk about the strike. ` +
      `“We will appeal the ruling before the end of the month,” ${pronoun} said.`;
    const [quote] = findQuotes(text);
    expect(quote?.speaker?.name).toBe(second);
  });
});
