// Issue 19 §8: a large article is analysed at a cost in proportion to its length. Shown by counting work
// (summary candidates, name lookups, entity comparisons) on generated articles of growing length, never by
// timing; and the analysis of a long article still finds what is in it, at its end as at its start.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { findQuotes } from '../../src/core/quotes/index.js';
import { splitSentences } from '../../src/core/text/index.js';
import { MAX_SUMMARY_SENTENCES } from '../../src/core/summary/index.js';
import { createWorkCount, type WorkCount } from '../../src/core/work.js';
import { generateArticle } from './large-article-fixture.js';

const { analyze: analyzeText, summarize } = createAnalyzer();

function workFor(paragraphs: number): WorkCount {
  const work = createWorkCount();
  const { text } = generateArticle(paragraphs);
  analyzeText({ text, title: 'Cities review their spending' }, { work });
  summarize(text, splitSentences(text), { count: 1, title: 'Cities review their spending', work });
  return work;
}

describe('analysis of a large article', () => {
  it('the summariser reads at most MAX_SUMMARY_SENTENCES sentences, however long the article', () => {
    // Each candidate is then scored in passes over its own words (no pair of sentences is compared), so
    // the one-line summary's work is bounded with the sentences read.
    for (const paragraphs of [300, 600, 1200]) {
      const { text } = generateArticle(paragraphs);
      const work = createWorkCount();
      summarize(text, splitSentences(text), { count: 1, work });
      expect(work.summaryCandidates).toBe(MAX_SUMMARY_SENTENCES);
    }
  });

  it('summarises an article of 150,000 sentences (about what a 20 MB file holds) from its opening', () => {
    const sentences = Array.from(
      { length: 150_000 },
      (_, i) => `Report ${i} says the ${i % 2 ? 'harbour' : 'railway'} budget grew.`,
    );
    const text = sentences.join(' ');
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const sentence of sentences) {
      spans.push([at, at + sentence.length]);
      at += sentence.length + 1;
    }
    for (const count of [1, 3]) {
      const picked = summarize(text, spans, { count });
      expect(picked).toHaveLength(count);
      for (const i of picked) {
        expect(i).toBeLessThan(MAX_SUMMARY_SENTENCES);
        expect(text.slice(...spans[i]!)).toBe(sentences[i]);
      }
    }
  });

  it('name lookups for quote speakers and entity comparisons grow in proportion to the article', () => {
    const [small, double, quadruple] = [200, 400, 800].map(workFor) as [WorkCount, WorkCount, WorkCount];
    for (const counter of ['nameLookups', 'entityComparisons'] as const) {
      expect(small[counter]).toBeGreaterThan(200);
      // Twice the text, about twice the work (a comparison of all pairs would be four times).
      expect(double[counter] / small[counter]).toBeLessThan(2.3);
      expect(quadruple[counter] / double[counter]).toBeLessThan(2.3);
    }
  });

  describe('still finds what a long article holds (800 reports, 300,000 characters)', () => {
    const title = 'Cities review their spending';
    const { text, reports } = generateArticle(800);
    const analysis = analyzeText({ text, title });
    const written = new Set(reports.flatMap((r) => r.sentences));
    const sentenceAt = (i: number) => text.slice(...analysis.sentences[i]!);

    it('splits every sentence of every report', () => {
      expect(analysis.sentences.map((_, i) => sentenceAt(i))).toEqual(reports.flatMap((r) => r.sentences));
    });

    it('summarises with sentences the article really has, in document order', () => {
      const oneLine = summarize(text, analysis.sentences, { count: 1, title });
      for (const indices of [analysis.summary, oneLine]) {
        expect(indices.length).toBeGreaterThan(0);
        expect([...indices].sort((a, b) => a - b)).toEqual(indices);
        for (const i of indices) expect(written.has(sentenceAt(i))).toBe(true);
      }
      expect(analysis.summary).toHaveLength(3);
      expect(oneLine).toHaveLength(1);
    });

    it('gives exactly as many sentences as asked even past the part the summariser reads', () => {
      const indices = summarize(text, analysis.sentences, { count: MAX_SUMMARY_SENTENCES + 50 });
      expect(indices).toHaveLength(MAX_SUMMARY_SENTENCES + 50);
      expect(new Set(indices).size).toBe(indices.length);
      for (const i of indices) expect(written.has(sentenceAt(i))).toBe(true);
    });

    it('finds every quote, to the last, with its speaker and role', () => {
      expect(analysis.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.role])).toEqual(
        reports.map((r) => [r.quote, r.speaker, r.role]),
      );
    });

    it('finds every quote of an article written as one long paragraph too', () => {
      const single = generateArticle(800, { oneParagraph: true });
      expect(findQuotes(single.text).map((q) => [q.text, q.speaker?.name])).toEqual(
        single.reports.map((r) => [r.quote, r.speaker]),
      );
    });

    it('lists people by mentions, each full name with its short form folded in', () => {
      // Every speaker is named twice (full name, then surname alone): the first twenty by appearance.
      expect(analysis.entities.people).toEqual(reports.slice(0, 20).map((r) => r.speaker));
      expect(analysis.entities.places).toEqual([...new Set(reports.map((r) => r.place))]);
    });

    it('gives keywords written in the article', () => {
      expect(analysis.keywords.length).toBeGreaterThan(0);
      for (const keyword of analysis.keywords) expect(text.toLowerCase()).toContain(keyword.toLowerCase());
    });
  });
});
