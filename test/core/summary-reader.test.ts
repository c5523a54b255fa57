import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { createSummarizer, leansOnContext } from '../../src/core/summary/index.js';
import { splitSentences } from '../../src/core/text/index.js';

function summaryOf(text: string, count: number): string[] {
  const spans = splitSentences(text);
  return createSummarizer()(text, spans, { count }).map((i) => text.slice(...(spans[i] as [number, number])));
}

function wordsOf(sentences: string[]): number {
  return sentences.join(' ').split(/\s+/).filter(Boolean).length;
}

describe('a sentence that leans on the one before', () => {
  it.each([
    ['He added: "We will open the road in May."', 'an anaphor and a quotation'],
    ['She said the road would open in May.', 'an anaphor'],
    ['They can, however, appeal against the ruling.', 'an anaphor and "however"'],
    ['This was the third flood in a year.', 'a demonstrative'],
    ['But the council refused to pay for the repairs.', 'a connective'],
    ['However, the repairs will take two years.', 'a connective'],
    ['Meanwhile, prices in the town rose sharply.', 'a connective'],
    ['Also on the list was the old school.', 'a connective'],
    ['The repairs, though, will take two years.', '"though" near the start'],
    ['"We will open the road in May," the mayor said.', 'a quotation'],
    ['‘It is over,’ the coach said.', 'a quotation in single marks'],
    ['Police said: ‘We are looking for a man in a red coat.’', 'a quotation brought in by a colon'],
    ['Life in the valley was so cheap then," the farmer said.', 'the end of a quotation opened before'],
    ['The road will open in May and the bridge in June.”', 'the end of a quotation in curly marks'],
    ['(Alternatively, the toll can be paid at the bridge, as noted before.)', 'an aside in brackets'],
    ['[The figures were later revised upwards.]', 'an aside in square brackets'],
    ['- The toll is paid at the bridge.', 'an item of a list'],
    ['• Prices in Millford rose 3% in May.', 'an item of a bulleted list'],
    ['cleared the bar at 1.90m to take the title in Millford.', 'a sentence that lost its start'],
    ['但是，渡轮票价在五月上涨了三成。', 'a connective in Chinese'],
    ['例如，它可以在周一之前修好桥。', '"for example" in Chinese'],
    ['该公司周二宣布了新的渡轮航线。', 'a demonstrative in Chinese'],
    ['しかし、フェリーの運賃は五月に上がった。', 'a connective in Japanese'],
    ['その橋は月曜日に再開した。', 'a demonstrative in Japanese'],
  ])('%s (%s)', (sentence) => {
    expect(leansOnContext(sentence)).toBe(true);
  });

  it.each([
    'The council approved the river road repairs on Monday.',
    'Police are looking for a man seen near the station.',
    'Prices in Millford rose 3% in May, the statistics office said.',
    'Heavy rain closed the river road for a week.',
    'The mayor called the repairs "long overdue" on Monday.',
    'The council said “the road is safe” after the inspection.',
    '(CNN) -- Heavy rain closed the river road in Millford for a week.',
    'The road (closed since May) reopens on Friday (weather permitting).',
    '-5 degrees was the lowest reading in Millford this winter.',
    'iPhone sales in Millford rose 3% in May.',
    'eBay opened an office in Millford on Monday.',
    '市议会周二批准了新的渡轮航线。',
    'フェリーの運賃は五月に三割上がった。',
  ])('stands alone: %s', (sentence) => {
    expect(leansOnContext(sentence)).toBe(false);
  });
});

describe('the one-line summary stands alone', () => {
  it.each([
    ['He added: the river road flooding in Millford closed shops, schools and the bridge on Monday.'],
    ['But the river road flooding in Millford closed shops, schools and the bridge on Monday.'],
    ['"The river road flooding in Millford closed shops, schools and the bridge on Monday," she said.'],
  ])('even when the sentence most like the rest leans: %s', (central) => {
    const text = [
      'Flooding closed the river road in Millford on Monday.',
      central,
      'River road shops in Millford stayed shut on Monday.',
      'The Millford bridge over the river reopens on Friday.',
      'Schools in Millford will open again on Wednesday.',
    ].join(' ');
    const [line] = summaryOf(text, 1);
    expect(line).toBeDefined();
    expect(line).not.toBe(central);
    expect(leansOnContext(line as string)).toBe(false);
  });

  it('in Chinese too, where a sentence is told long by its characters, not by spaces', () => {
    const text = [
      '市议会周一批准了新的渡轮航线，渡轮将在五月开始运营。',
      '渡轮公司表示，新航线每天往返八次，票价为十二元。',
      '例如，乘客可以七点从北港出发，八点到达南岛，九点换乘公交车，十点进城，十一点到市中心，中午回家。',
      '市长说，新的渡轮航线将减少桥上的交通拥堵。',
    ].join('');
    const spans = splitSentences(text, 'zh');
    const [index] = createSummarizer()(text, spans, { count: 1 });
    const line = text.slice(...(spans[index!] as [number, number]));
    expect(line.startsWith('例如')).toBe(false);
    expect(leansOnContext(line)).toBe(false);
  });

  it('takes a leaning sentence when every sentence leans, so a line is still given', () => {
    const text = [
      'He said the river road was closed on Monday.',
      'They added that the bridge was shut too.',
      'But the schools stayed open all week.',
    ].join(' ');
    const lines = summaryOf(text, 1);
    expect(lines).toHaveLength(1);
  });
});

describe('the three-sentence summary reads at a glance', () => {
  const LEAD =
    'The city council voted on Tuesday to build a new harbour bridge linking the old port with the northern suburbs by 2028.';
  const COST = 'The harbour bridge will cost 400 million dollars, and the council will borrow most of it.';
  const ASIDE =
    'The idea of a bridge was first raised in the 1990s, when the old ferry service across the water was losing money, many of the warehouses along the quays stood empty and the port itself seemed to many residents to be in a slow and perhaps final decline.';
  const START = 'Work on the bridge to the northern suburbs starts next spring, the council said.';
  const text = [
    LEAD,
    COST,
    ASIDE,
    START,
    'Opponents said the new bridge would bring more traffic into the old port.',
    'The mayor said the bridge would create 2,000 jobs over four years.',
  ].join(' ');

  it('trades a long sentence that adds little for shorter ones that carry the story', () => {
    const summary = summaryOf(text, 3);
    expect(summary).toHaveLength(3);
    expect(summary.slice(0, 2)).toEqual([LEAD, COST]);
    expect(summary).not.toContain(ASIDE);
  });

  it('keeps the summary between 45 and 70 words when the article allows it', () => {
    const words = wordsOf(summaryOf(text, 3));
    expect(words).toBeGreaterThanOrEqual(45);
    expect(words).toBeLessThanOrEqual(70);
  });

  it('never cuts a sentence: every chosen sentence is one of the article', () => {
    const sentences = splitSentences(text).map(([s, e]) => text.slice(s, e));
    for (const chosen of summaryOf(text, 3)) expect(sentences).toContain(chosen);
  });

  it('never gives the same thing twice, even when the page prints it twice', () => {
    const twice = `${LEAD} ${LEAD} ${COST} ${START}`;
    const summary = summaryOf(twice, 3);
    expect(summary.filter((s) => s === LEAD)).toHaveLength(1);
    expect(summary).toEqual([LEAD, COST, START]);
  });
});

describe('a third sentence only when it adds to the story', () => {
  const BRIDGE = [
    'The city council voted on Tuesday to build a new harbour bridge linking the old port with the northern suburbs by 2028.',
    'The harbour bridge will cost 400 million dollars, and the council will borrow most of it.',
  ];
  const BRIDGE_ASIDES = [
    'The idea of a crossing was first raised in the 1990s, when the old ferry service across the water was losing money, many of the warehouses along the quays stood empty, the fish market had moved inland, the shipyard had closed its gates for good and the port itself seemed to many residents, shopkeepers, teachers, sailors, bus drivers, nurses and pensioners alike, many of whom had grown up with the sound of the foghorn, to be in a slow and perhaps final decline.',
    'Long before that, in the years after the war, fishing boats and cargo ships had crowded the quays every morning, and the families who lived above the shops, pubs and chandlers on the waterfront still remember the noise of the cranes, the smell of tar and diesel, the gulls over the fish boxes and the lorries queuing from dawn in the narrow cobbled streets that climb the hill behind the church.',
    'Several architects, engineers and historians have written about those years in books, exhibitions and films that drew large crowds to the museum by the lighthouse, where a model of the quays as they were in 1950, with its tiny cranes, carts, horses, sheds and steamers, still fills the main hall and draws school parties, tourists and old dockers who point out where they once worked.',
  ];
  const FLOOD = [
    'Storms closed every school in the valley on Monday as rivers burst their banks after three days of rain.',
    'Rescue crews lifted forty people from flooded homes in Eastbrook, the worst hit village in the valley.',
    'Rivers in the valley are expected to peak on Tuesday, and schools will stay closed until Wednesday.',
  ];
  const FLOOD_REST = [
    'Eastbrook flooded in 2012 as well, when rivers rose after rain.',
    'Valley schools and homes in Eastbrook were cleaned within a month.',
  ];

  it('stops at two lines when every other sentence is a long aside', () => {
    expect(summaryOf([...BRIDGE, ...BRIDGE_ASIDES].join(' '), 3)).toEqual(BRIDGE);
  });

  it('gives three when the third carries the story', () => {
    expect(summaryOf([...FLOOD, ...FLOOD_REST].join(' '), 3)).toEqual(FLOOD);
  });

  it('keeps the two lines through the analysis, which does not top them up', () => {
    const text = [...BRIDGE, ...BRIDGE_ASIDES].join(' ');
    const analysis = createAnalyzer().analyze({ text });
    expect(analysis.summary.map((i) => text.slice(...(analysis.sentences[i] as [number, number])))).toEqual(
      BRIDGE,
    );
  });

  it('gives three when the reader names three, in the summarizer and in the analysis', () => {
    const text = [...BRIDGE, ...BRIDGE_ASIDES].join(' ');
    const spans = splitSentences(text);
    const exact = createSummarizer()(text, spans, { count: 3, exact: true });
    const analysis = createAnalyzer().analyze({ text }, { sentences: 3 });
    for (const indices of [exact, analysis.summary]) {
      const chosen = indices.map((i) => text.slice(...(spans[i] as [number, number])));
      expect(chosen).toHaveLength(3);
      expect(chosen.slice(0, 2)).toEqual(BRIDGE);
      expect(BRIDGE_ASIDES).toContain(chosen[2]);
    }
  });

  it.each([1, 2, 4])('gives exactly %i when %i are asked, whatever they cost', (count) => {
    const text = [...BRIDGE, ...BRIDGE_ASIDES].join(' ');
    expect(summaryOf(text, count)).toHaveLength(count);
  });
});
