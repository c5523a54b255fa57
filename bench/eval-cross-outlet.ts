// Same story across outlets, measured on real articles: the 1,012 US-politics articles of the corpus
// (seven publishers, 2015–16) are grouped in one batch, as a digest would group them, and the pairs hand
// labelled in bench/gold/polnear-same-story-pairs.tsv (our annotation: ids and a label, no text) are
// checked. Positives are one event reported by two outlets (and a few same-publisher versions); negatives
// are the hard ones: same topic and other event within days, same topic weeks apart, template headlines
// ("X wins Y primary"), a shared byline or editor's note. Targets: pair precision ≥ 0.95, recall ≥ 0.70.
// Run alone: npx tsx bench/eval-cross-outlet.ts [corpusDir] [--errors]

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/core/analyze.js';
import { groupStories, type StoryInput } from '../src/core/story/index.js';
import type { EvalRow } from './eval-types.js';
import { makeAtLeastRow } from './lib/eval/at-least-row.js';

interface CorpusArticle {
  id: string;
  source: string;
  date: string | null;
  title: string | null;
  text: string;
}

interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
}

const DATASET = 'cross-outlet (PolNeAR corpus, hand-labelled pairs)';
const SYSTEM = 'groupStories';
const TARGETS = { precision: 0.95, recall: 0.7 };
export const PAIRS_FILE = fileURLToPath(new URL('./gold/polnear-same-story-pairs.tsv', import.meta.url));

export function readPairs(file: string = PAIRS_FILE): LabelledPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const [a = '', b = '', same = '', kind = ''] = l.split('\t');
      return { a, b, same: same === '1', kind };
    });
}

const row = makeAtLeastRow(DATASET, SYSTEM);

/** The corpus's political articles as a digest would hand them to groupStories. */
function readInputs(corpusDir: string): { ids: string[]; titles: string[]; inputs: StoryInput[] } {
  const analyzer = createAnalyzer();
  const articles = readFileSync(path.join(corpusDir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusArticle)
    .filter((a) => a.source === 'PolNeAR corpus');
  const inputs = articles.map((a) => {
    const title = a.title ?? '';
    // The corpus repeats the headline as the text's first line; the store keeps them apart.
    const body = a.text.startsWith(title) ? a.text.slice(title.length).replace(/^[.\s]+/u, '') : a.text;
    const analysis = analyzer.analyze({ text: body, title });
    return {
      signature: analysis.signature,
      title,
      entities: analysis.entities,
      text: body,
      published: a.date === null ? null : Date.parse(`${a.date}T12:00:00Z`),
    };
  });
  return { ids: articles.map((a) => a.id), titles: articles.map((a) => a.title ?? ''), inputs };
}

let lastErrors: string[] = [];

/** The file's pairs in two halves: lines 1, 3, 5… and lines 2, 4, 6… after the header. */
const HALF_NAMES = ['odd-line', 'even-line'];

/** Pairs grouped and labelled the same story, grouped but labelled apart, and labelled the same but not grouped. */
function countOutcomes(grouped: ReadonlyArray<{ pair: LabelledPair; joined: boolean }>): {
  tp: number;
  fp: number;
  fn: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { pair, joined } of grouped) {
    if (joined && pair.same) tp++;
    else if (joined) fp++;
    else if (pair.same) fn++;
  }
  return { tp, fp, fn };
}

export function evaluateCrossOutlet(corpusDir: string = path.resolve('../shared/corpus')): EvalRow[] {
  const { ids, titles, inputs } = readInputs(corpusDir);
  const keys = groupStories(inputs);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = readPairs();
  const grouped = pairs.map((pair) => {
    const i = index.get(pair.a);
    const j = index.get(pair.b);
    if (i === undefined || j === undefined)
      throw new Error(`same-story pairs: unknown id ${pair.a} or ${pair.b}`);
    return { pair, i, j, joined: keys[i] === keys[j] };
  });
  const errors: string[] = [];
  const wrongByKind = new Map<string, number>();
  for (const { pair, i, j, joined } of grouped) {
    if (joined === pair.same) continue;
    wrongByKind.set(pair.kind, (wrongByKind.get(pair.kind) ?? 0) + 1);
    errors.push(`${joined ? 'FP' : 'FN'} ${pair.kind}: ${titles[i]} || ${titles[j]}`);
  }
  const { tp, fp, fn } = countOutcomes(grouped);
  // Each half alone: a rule that holds on one half only was tuned to single pairs.
  const halves = [0, 1].map((rest) => countOutcomes(grouped.filter((_, n) => n % 2 === rest)));
  lastErrors = errors;
  const joined = new Map<string, number>();
  for (const k of keys) joined.set(k, (joined.get(k) ?? 0) + 1);
  const groups = [...joined.values()].filter((n) => n > 1).length;
  const rows = [
    row('pair precision', tp / Math.max(1, tp + fp), TARGETS.precision),
    row('pair recall', tp / Math.max(1, tp + fn), TARGETS.recall),
    ...halves.flatMap((h, n) => [
      row(`pair precision, ${HALF_NAMES[n]} half`, h.tp / Math.max(1, h.tp + h.fp), null),
      row(`pair recall, ${HALF_NAMES[n]} half`, h.tp / Math.max(1, h.tp + h.fn), null),
    ]),
    row('labelled pairs: same story', tp + fn, null),
    row('labelled pairs: different stories', pairs.length - tp - fn, null),
    row(`groups formed over ${ids.length} articles`, groups, null),
  ];
  for (const [kind, n] of wrongByKind) rows.push(row(`wrong: ${kind}`, n, null));
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir =
    process.argv[2] !== undefined && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
  for (const r of evaluateCrossOutlet(dir))
    console.log(`${r.metric.padEnd(44)} ${r.value}  ${r.target ?? ''}`);
  if (process.argv.includes('--errors')) for (const e of lastErrors) console.log(e);
}
