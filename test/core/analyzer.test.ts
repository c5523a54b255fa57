// Issue 10 §5: the core keeps no hidden state. The word table, recent scans, per-word caches, scratch
// buffers and the last article read belong to an analyzer, so two analyzers used in turns give exactly
// what each gives alone, whatever else the other has read, and in whatever order.
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';
import { variedText, variedTitle } from '../helpers/varied-articles.js';
import { generateArticle } from './large-article-fixture.js';

interface Article {
  title: string | undefined;
  text: string;
}

const HAND_WRITTEN: Article[] = [
  {
    title: 'Minister Wang meets Micron in Beijing',
    text: [
      'Commerce minister Wang Wentao met Micron Technology Inc executives in Beijing on Tuesday.',
      '“We welcome Micron’s continued investment,” Wang said, according to the ministry.',
      'Micron, the largest U.S. memory-chip maker, said it would keep its AT&T contract.',
      'Sanjay Mehrotra, Micron’s chief executive, called the talks “constructive and well-known”.',
    ].join('\n\n'),
  },
  {
    title: undefined,
    text: [
      'ÉCOLE Größe İstanbul ΟΔΟΣ naïve café Ångström. Math 𝐀𝐁𝐂 letters and emoji 😀 between words.',
      'The café in İstanbul serves Größe portions, and the İstanbul café opens at 𝐀𝐁𝐂 o’clock.',
    ].join('\n\n'),
  },
  {
    title: 'Harbour bridge vote delayed',
    text: [
      'Harbour bridge vote delayed',
      'The Port Avel council delayed the harbour bridge vote again on Monday, its third delay this year.',
      '"This is not the end of the bridge," said Ana Ortiz, who chairs the works committee.',
      'Share this article',
      'Traders at the harbour market said the delay would cost them the summer season.',
      'Advertisement',
    ].join('\n'),
  },
];

const ARTICLES: Article[] = [
  ...HAND_WRITTEN,
  ...Array.from({ length: 12 }, (_, i) => ({ title: variedTitle(i), text: variedText(i) })),
  { title: 'Cities review their spending', text: generateArticle(40).text },
];

/** Everything an analyzer says about an article: the analysis and each part asked for on its own. */
interface Reading {
  analysis: Analysis;
  oneLine: number[];
  sixLines: number[];
  keywordsOfTitle: string[];
  entitiesOfBody: ReturnType<Analyzer['extractEntities']>;
  sketch: ReturnType<Analyzer['sketchStory']>;
}

/** The steps of one reading, so that two analyzers can take them in turns. */
function readingSteps(analyzer: Analyzer, article: Article, into: Partial<Reading>): Array<() => void> {
  const { title, text } = article;
  return [
    () => (into.analysis = analyzer.analyze({ text, title })),
    () => {
      const spans = into.analysis!.sentences;
      into.oneLine = analyzer.summarize(
        text,
        spans,
        title === undefined ? { count: 1 } : { count: 1, title },
      );
    },
    () => (into.keywordsOfTitle = analyzer.extractKeywords(title ?? text.slice(0, 80))),
    () => (into.sixLines = analyzer.summarize(text, into.analysis!.sentences, { count: 6 })),
    () => (into.entitiesOfBody = analyzer.extractEntities(text)),
    () => (into.sketch = analyzer.sketchStory(text)),
  ];
}

/** Each article read by an analyzer of its own. */
function readAlone(articles: Article[]): Reading[] {
  return articles.map((article) => {
    const reading: Partial<Reading> = {};
    for (const step of readingSteps(createAnalyzer(), article, reading)) step();
    return reading as Reading;
  });
}

describe('createAnalyzer', () => {
  const alone = readAlone(ARTICLES);

  it('gives every article a reading with content (the comparison below is not between empty results)', () => {
    for (const [i, reading] of alone.entries()) {
      expect(reading.analysis.sentences.length, `article ${i}`).toBeGreaterThan(0);
      expect(
        reading.analysis.keywords.length + reading.analysis.entities.people.length,
        `article ${i}`,
      ).toBeGreaterThan(0);
      expect(reading.sketch.signature).toHaveLength(64);
    }
    // The articles differ, so a reading carried over from another article would show.
    const signatures = new Set(alone.map((r) => r.sketch.signature.join(',')));
    expect(signatures.size).toBe(ARTICLES.length);
  });

  it('two analyzers taking turns, step by step, give what each article gets alone', () => {
    const first = createAnalyzer();
    const second = createAnalyzer();
    const readings = ARTICLES.map((): Partial<Reading> => ({}));
    // Article 2k goes to the first analyzer and 2k + 1 to the second; their steps alternate one by one.
    for (let pair = 0; pair < ARTICLES.length; pair += 2) {
      const a = readingSteps(first, ARTICLES[pair]!, readings[pair]!);
      const b =
        pair + 1 < ARTICLES.length ? readingSteps(second, ARTICLES[pair + 1]!, readings[pair + 1]!) : [];
      for (let s = 0; s < Math.max(a.length, b.length); s++) {
        a[s]?.();
        b[s]?.();
      }
    }
    readings.forEach((reading, i) => expect(reading, `article ${i}`).toEqual(alone[i]));
  });

  it('one analyzer reading every article, in reverse order, gives what each gets alone', () => {
    const analyzer = createAnalyzer();
    const readings = ARTICLES.map((): Partial<Reading> => ({}));
    for (let i = ARTICLES.length - 1; i >= 0; i--) {
      for (const step of readingSteps(analyzer, ARTICLES[i]!, readings[i]!)) step();
    }
    readings.forEach((reading, i) => expect(reading, `article ${i}`).toEqual(alone[i]));
  });

  it('an analyzer that read other articles in between still gives the same reading of the same article', () => {
    const busy = createAnalyzer();
    const before = busy.analyze(ARTICLES[0]!);
    for (const article of ARTICLES.slice(1)) busy.analyze(article);
    expect(busy.analyze(ARTICLES[0]!)).toEqual(before);
    expect(before).toEqual(alone[0]!.analysis);
  });
});
