// A feed item of one line (a headline-only item: live blogs, link posts, short wire items) has its
// headline for body. That line is the whole text, so its words are the keywords' only source; they were
// skipped as a repeat of the headline and such items had no keywords at all.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(line: string, language: string): string[] {
  return analyzer.analyze({ title: line, text: line, ...languageOf(line, language) }).keywords;
}

describe('keywords of a one-line item', () => {
  it.each([
    [
      'en',
      'Harbour authority fines Maersk over oil spill near Rotterdam',
      ['Harbour', 'authority', 'fines', 'Maersk', 'oil', 'spill', 'Rotterdam'],
    ],
    ['pt', 'Câmara de Braga aprova orçamento para as escolas', ['Câmara', 'Braga', 'orçamento', 'escolas']],
  ])('%s: the line’s words', (language, line, expected) => {
    expect(keywordsOf(line, language)).toEqual(expected);
  });

  it('a headline repeated over a longer body still counts once', () => {
    const title = 'Ferry strike in Calais';
    const text = `${title}\n\nDock workers in Calais stopped the ferries on Monday. The strike is about pay.`;
    const { keywords } = analyzer.analyze({ title, text });
    expect(keywords).toEqual(['Calais', 'ferries', 'strike', 'Dock', 'workers', 'pay']);
  });
});
