// A feed item with a headline and no text is stored with its headline as its text: it is analysed as
// the text it is, not as a headline repeated over an empty body.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';

const analyzer = createAnalyzer();

describe('a headline-only article', () => {
  it.each([
    [
      'Harbour pilots sue Port Avel council over night shifts, says Ines Costa',
      ['Harbour', 'pilots', 'Port Avel', 'council', 'Ines Costa'],
    ],
    [
      "Lumen Bay votes to close the fish market early. Here's what traders said",
      ['Lumen Bay', 'fish', 'market', 'traders'],
    ],
    [
      'Kestrel Falls flood wall approved after a decade of delays',
      ['Kestrel Falls', 'flood', 'wall', 'delays'],
    ],
  ])('gets the keywords of its text: %s', (headline, expected) => {
    const alone = analyzer.analyze({ text: headline, title: headline });
    const untitled = analyzer.analyze({ text: headline });
    expect(alone.keywords).toEqual(untitled.keywords);
    for (const keyword of expected)
      expect(alone.keywords.join('|').toLowerCase()).toContain(keyword.toLowerCase());
  });

  it('is told apart from a body that only opens with the headline', () => {
    const headline = 'Harbour pilots sue Port Avel council';
    const text = `${headline}\n\nThe pilots say night shifts are unsafe. Ines Costa, their chair, filed the claim on Monday.`;
    const titled = analyzer.analyze({ text, title: headline });
    // The repeated headline line counts once (through the title), so the keywords differ from a reading
    // without a title.
    expect(titled.keywords).not.toEqual(analyzer.analyze({ text }).keywords);
    expect(titled.keywords).toContain('Ines Costa');
  });
});
