// `npm run eval [-- --data DIR] [--corpus DIR] [--out FILE]`: every quality figure in one table —
// summaries (ours, Lead-N, TextRank, the shipped abstractive systems), keywords (F1@10 on KPCrowd
// beside TF-IDF, TextRank and YAKE), quotes, sentence boundaries
// (the Golden Rules from Pragmatic Segmenter, MIT, © Kevin S. Dias), same-story grouping and, per
// language, sentences, quotes, keywords and detection on an own gold — each beside its target, and the
// same rows as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { EvalRow } from './eval-types.js';
import { evaluateKeywords } from './eval-keywords.js';
import { evaluateLanguages, FRESH_DATASET, FRESH_LANGUAGE_GOLD } from './eval-languages.js';
import { evaluateQuotes, evaluateTrainSpeakers } from './eval-quotes.js';
import { evaluateSameStory } from './eval-same-story.js';
import { evaluateSentences } from './eval-sentences.js';
import { evaluateSummaries } from './eval-summaries.js';

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
}

function formatTable(rows: EvalRow[]): string {
  const cells = rows.map((r) => [
    r.dataset,
    r.system,
    r.metric,
    Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(4),
    r.target ?? '',
    r.met === null ? '' : r.met ? 'met' : 'NOT MET',
  ]);
  const head = ['dataset', 'system', 'metric', 'value', 'target', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const dataDir = resolve(option('data', '../shared/eval'));
const corpusDir = resolve(option('corpus', resolve(dataDir, '..', 'corpus')));
const out = resolve(option('out', 'bench/eval-results.json'));

const sections: Array<[string, () => Promise<EvalRow[]>]> = [
  ['sentences', () => evaluateSentences(dataDir)],
  ['summaries', () => evaluateSummaries(dataDir)],
  ['keywords', () => evaluateKeywords(dataDir)],
  ['quotes', () => evaluateQuotes(dataDir)],
  ['speakers (train sample)', () => evaluateTrainSpeakers(dataDir)],
  ['speakers (train sample b)', () => evaluateTrainSpeakers(dataDir, 'train-speakers-b')],
  ['speakers (train sample c)', () => evaluateTrainSpeakers(dataDir, 'train-speakers-c')],
  ['speakers (train sample d)', () => evaluateTrainSpeakers(dataDir, 'train-speakers-d')],
  ['speakers (train sample e)', () => evaluateTrainSpeakers(dataDir, 'train-speakers-e')],
  ['speakers (train sample f)', () => evaluateTrainSpeakers(dataDir, 'train-speakers-f')],
  ['same story', () => evaluateSameStory(corpusDir)],
  ['languages', () => evaluateLanguages()],
  ['languages (second gold)', () => evaluateLanguages(FRESH_LANGUAGE_GOLD, FRESH_DATASET)],
];

const rows: EvalRow[] = [];
let failed = false;
for (const [name, evaluate] of sections) {
  const started = Date.now();
  try {
    rows.push(...(await evaluate()));
    process.stderr.write(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`${name}: could not run: ${(error as Error).message}\n`);
  }
}

process.stdout.write(`${formatTable(rows)}\n`);
const targets = rows.filter((r) => r.met !== null);
process.stdout.write(`\n${targets.filter((r) => r.met).length} of ${targets.length} targets met\n`);
// A missed target is named again under the table, so it cannot pass unseen in a long run.
for (const r of targets.filter((t) => !t.met))
  process.stdout.write(`NOT MET: ${r.dataset}, ${r.system}, ${r.metric} ${r.value} (target ${r.target})\n`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ dataDir, corpusDir, rows }, null, 2)}\n`);
process.stdout.write(`written to ${out}\n`);
if (failed) process.exitCode = 1;
