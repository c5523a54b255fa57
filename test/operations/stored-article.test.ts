import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { summaryOf } from '../../src/operations/stored-article.js';

// Two sentences carry the story; the rest are long asides, so the default summary stops at two.
const STORY = [
  'The city council voted on Tuesday to build a new harbour bridge linking the old port with the northern suburbs by 2028.',
  'The harbour bridge will cost 400 million dollars, and the council will borrow most of it.',
];
const ASIDES = [
  'The idea of a crossing was first raised in the 1990s, when the old ferry service across the water was losing money, many of the warehouses along the quays stood empty, the fish market had moved inland, the shipyard had closed its gates for good and the port itself seemed to many residents, shopkeepers, teachers, sailors, bus drivers, nurses and pensioners alike, to be in a slow and perhaps final decline.',
  'Long before that, in the years after the war, fishing boats and cargo ships had crowded the quays every morning, and the families who lived above the shops, pubs and chandlers on the waterfront still remember the noise of the cranes, the smell of tar and diesel, the gulls over the fish boxes and the lorries queuing from dawn in the narrow cobbled streets that climb the hill behind the church.',
];

function stored() {
  const text = [...STORY, ...ASIDES].join(' ');
  const { sentences, summary } = createAnalyzer().analyze({ text });
  return { text, sentences, summary, title: 'Harbour bridge approved' };
}

describe('a stored article summary', () => {
  it('is the stored default summary when no count is asked', () => {
    const article = stored();
    expect(article.summary).toHaveLength(2);
    expect(summaryOf(article, null)).toEqual(STORY);
  });

  it('has exactly the count asked for, three included', () => {
    const article = stored();
    const three = summaryOf(article, 3);
    expect(three.slice(0, 2)).toEqual(STORY);
    expect(ASIDES).toContain(three[2]);
    expect(summaryOf(article, 1)).toHaveLength(1);
    expect(summaryOf(article, 4)).toEqual([...STORY, ...ASIDES]);
  });
});
