// Issue 3 §8: the time to analyse one article of about 800 words (everything an analyzer's analyze does), and
// the throughput over the whole corpus. `npm run bench:analysis`.
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../src/core/analyze.js';
import { bodyOf, readCorpus, wordCount } from './lib/corpus.js';
import { atMost, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { median, timeMany } from './lib/stats.js';

export async function runAnalysisBench(options: BenchOptions): Promise<BenchRow[]> {
  const analyzeText = createAnalyzer().analyze;
  const corpus = readCorpus().map((a) => ({ title: a.title ?? undefined, text: bodyOf(a) }));
  // The article nearest 800 words: the figure the issue names.
  const byDistance = [...corpus].sort(
    (a, b) => Math.abs(wordCount(a.text) - 800) - Math.abs(wordCount(b.text) - 800),
  );
  const typical = byDistance.slice(0, 10);
  const one = typical[0]!;

  // Warm up: let the JIT settle on every code path before anything is timed.
  for (let i = 0; i < (options.quick ? 200 : 500); i++) analyzeText(corpus[i % corpus.length]!);

  const repeats = options.quick ? 100 : 400;
  const single = median(timeMany(repeats, () => analyzeText(one)));
  const ten = median(timeMany(repeats, (i) => analyzeText(typical[i % typical.length]!)));

  // The quick run times a slice of the corpus; the full run all of it.
  const all = options.quick ? corpus.slice(0, 400) : corpus;
  const start = performance.now();
  let words = 0;
  for (const article of all) {
    analyzeText(article);
    words += wordCount(article.text);
  }
  const seconds = (performance.now() - start) / 1000;
  return [
    atMost(`analysis: one ${wordCount(one.text)}-word article, median`, single, 'ms', 1),
    atMost('analysis: ten ~800-word articles, median', ten, 'ms', 1),
    info(`analysis: throughput over ${all.length} corpus articles`, all.length / seconds, 'articles/s'),
    info('analysis: words per second', words / seconds, 'words/s'),
  ];
}

if (isMain(import.meta.url)) await runAlone(runAnalysisBench);
