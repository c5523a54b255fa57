// A short feed item under a Title Case headline: the names the headline gives (read by the entity reader
// on evidence of their own) lead its keywords, though the keyword reader reads no candidate from such a
// headline. Items written for the project.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';

const analyzer = createAnalyzer();

describe('names given only by a Title Case headline', () => {
  it('lead the keywords of a short item', () => {
    const { keywords } = analyzer.analyze({
      title: 'Two Teenagers Plotted Attacks on Kamala Ortiz’s Lisbon Shows, Police Say',
      text: 'One suspect admitted planning to use knives against fans, officials said. The singer’s three shows were called off.',
    });
    expect(keywords.slice(0, 2)).toEqual(['Kamala Ortiz', 'Lisbon']);
    expect(keywords).toHaveLength(new Set(keywords).size);
  });

  it('are not added twice when the body names them too', () => {
    const { keywords } = analyzer.analyze({
      title: 'Muhammad Okafor Set to Lead Varenna Council',
      text: 'Muhammad Okafor, a retired judge, will chair the council until the election in May, officials said.',
    });
    expect(keywords.filter((k) => k.includes('Okafor'))).toEqual(['Muhammad Okafor']);
  });

  it('leave a sentence-case headline to the keyword reader', () => {
    const { keywords } = analyzer.analyze({
      title: 'Police say two teenagers plotted attacks on Lisbon shows',
      text: 'One suspect admitted planning to use knives against fans, officials said.',
    });
    expect(keywords).toContain('Lisbon');
    expect(keywords.filter((k) => k === 'Lisbon')).toHaveLength(1);
  });
});
