// Quote extraction measured on PolNeAR (dev split): recall of gold direct quotes, precision against all
// gold attribution contents, and speaker accuracy on the matched quotes.
// Run alone: npx tsx bench/eval-quotes.ts [dataDir] [--errors N] [--split train-speakers|train-speakers-b|train-speakers-c|train-speakers-d|train-speakers-e|train-speakers-f]

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuotes } from '../src/core/quotes/index.js';
import type { Quote } from '../src/core/types.js';
import type { EvalRow } from './eval-types.js';
import { makeAtLeastRow } from './lib/eval/at-least-row.js';
import {
  newResolvedCounts,
  readResolvedGold,
  scoreResolved,
  SPEAKER_GOLD,
  TRAIN_B_SPEAKER_GOLD,
  TRAIN_C_SPEAKER_GOLD,
  TRAIN_D_SPEAKER_GOLD,
  TRAIN_E_SPEAKER_GOLD,
  TRAIN_F_SPEAKER_GOLD,
  TRAIN_SPEAKER_GOLD,
  type ResolvedCounts,
  type ResolvedGold,
} from './eval-speakers.js';

type Span = [number, number];

interface GoldQuote {
  type: string;
  content_spans: Span[];
  speaker_spans: Span[];
}

interface GoldArticle {
  id: string;
  text: string;
  attributions: { content: { spans: Span[] } | null }[] | null;
  quotes: (GoldQuote & { attribution_id?: string })[] | null;
}

const DATASET = 'polnear.dev';
const SYSTEM = 'herald-quotes';
const TARGETS = { recall: 0.97, precision: 0.95, speaker: 0.85, resolved: 0.85, shownPrecision: 0.9 };

/** Overlap of a span with a set of spans, matched when it covers at least half of the shorter side. */
function matches(a: Span, spans: Span[]): boolean {
  let overlap = 0;
  let total = 0;
  for (const [s, e] of spans) {
    overlap += Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));
    total += e - s;
  }
  const shorter = Math.min(a[1] - a[0], total);
  return shorter > 0 && overlap * 2 >= shorter;
}

function overlapOf(a: Span, spans: Span[]): number {
  let overlap = 0;
  for (const [s, e] of spans) overlap += Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));
  return overlap;
}

/** The system quote that covers most of a gold quote's content, or null when none matches it. */
function bestMatch(quotes: Quote[], g: GoldQuote): Quote | null {
  const hits = quotes.filter((q) => matches([q.start, q.end], g.content_spans));
  hits.sort(
    (a, b) => overlapOf([b.start, b.end], g.content_spans) - overlapOf([a.start, a.end], g.content_spans),
  );
  return hits[0] ?? null;
}

/** The resolved-name score: each hand-resolved gold quote against the name shown for its best match. */
function countResolved(
  articles: GoldArticle[],
  found: Map<string, Quote[]>,
  golds: ResolvedGold[],
): ResolvedCounts {
  const counts = newResolvedCounts();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const gold of golds) {
    const article = byId.get(gold.article);
    const g = article?.quotes?.find(
      (q) => q.attribution_id === gold.attribution && q.content_spans[0]?.[0] === gold.start,
    );
    if (article === undefined || g === undefined)
      throw new Error(`speaker gold: no quote ${gold.attribution} at ${gold.start} in ${gold.article}`);
    scoreResolved(gold, bestMatch(found.get(article.id) ?? [], g), counts);
  }
  return counts;
}

export interface QuoteCounts {
  gold: number;
  found: number;
  goldAll: number;
  foundAll: number;
  system: number;
  correct: number;
  matched: number;
  speakerRight: number;
  misses: string[];
  wrong: string[];
  badSpeakers: string[];
}

export function countArticle(article: GoldArticle, quotes: Quote[], counts: QuoteCounts): void {
  const { text } = article;
  const contents = (article.attributions ?? []).map((a) => a.content?.spans ?? []);
  for (const q of quotes) {
    counts.system++;
    const span: Span = [q.start, q.end];
    if (contents.some((c) => matches(span, c))) counts.correct++;
    else counts.wrong.push(`${article.id} «${text.slice(q.start, q.end).slice(0, 120)}»`);
  }
  for (const g of article.quotes ?? []) {
    const best = bestMatch(quotes, g);
    counts.goldAll++;
    if (best !== null) counts.foundAll++;
    if (g.type !== 'direct') continue;
    counts.gold++;
    const first = g.content_spans[0] ?? [0, 0];
    if (best === null) {
      counts.misses.push(`${article.id} «${text.slice(first[0], Math.min(first[1], first[0] + 120))}»`);
      continue;
    }
    counts.found++;
    counts.matched++;
    const sp = best.speaker;
    if (sp && (g.speaker_spans ?? []).length > 0 && matches([sp.start, sp.end], g.speaker_spans))
      counts.speakerRight++;
    else {
      const gs = (g.speaker_spans ?? []).map(([s, e]) => text.slice(s, e)).join(' | ');
      const ctx = text
        .slice(Math.max(0, first[0] - 80), Math.min(text.length, first[1] + 80))
        .replace(/\n/g, '¶');
      counts.badSpeakers.push(`${article.id} gold=«${gs}» sys=«${sp?.mention ?? 'null'}»\n    ${ctx}`);
    }
  }
}

async function readArticles(file: string): Promise<GoldArticle[]> {
  const raw = await readFile(file, 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldArticle);
}

export function newCounts(): QuoteCounts {
  return {
    gold: 0,
    found: 0,
    goldAll: 0,
    foundAll: 0,
    system: 0,
    correct: 0,
    matched: 0,
    speakerRight: 0,
    misses: [],
    wrong: [],
    badSpeakers: [],
  };
}

const row = makeAtLeastRow(DATASET, SYSTEM);

export async function evaluateQuotes(
  dataDir: string = path.resolve('../shared/eval'),
  split = 'dev',
): Promise<EvalRow[]> {
  const articles = await readArticles(path.join(dataDir, 'quotes', `polnear.${split}.jsonl`));
  const counts = newCounts();
  const found = new Map<string, Quote[]>();
  for (const a of articles) {
    const quotes = findQuotes(a.text);
    found.set(a.id, quotes);
    countArticle(a, quotes, counts);
  }
  lastCounts = counts;
  const resolved = split === 'dev' ? countResolved(articles, found, readResolvedGold(SPEAKER_GOLD)) : null;
  lastResolved = resolved;
  const rows = [
    row('direct quote recall', counts.found / Math.max(1, counts.gold), TARGETS.recall),
    row('quote precision', counts.correct / Math.max(1, counts.system), TARGETS.precision),
    row('speaker accuracy', counts.speakerRight / Math.max(1, counts.matched), TARGETS.speaker),
    row('direct+mixed recall', counts.foundAll / Math.max(1, counts.goldAll), null),
  ];
  if (resolved !== null) rows.push(...resolvedRows(row, resolved));
  return rows.map((r) => (split === 'dev' ? r : { ...r, dataset: `polnear.${split}` }));
}

function resolvedRows(rowOf: typeof row, resolved: ResolvedCounts): EvalRow[] {
  return [
    rowOf(
      `resolved name: right person (${resolved.gold} hand-resolved quotes)`,
      resolved.right / Math.max(1, resolved.gold),
      TARGETS.resolved,
    ),
    rowOf(
      `resolved name: precision of names shown (${resolved.shown})`,
      resolved.shownRight / Math.max(1, resolved.shown),
      TARGETS.shownPrecision,
    ),
  ];
}

/** The hand-resolved samples of PolNeAR's train split, by the name `--split` takes. */
const TRAIN_SAMPLES = {
  'train-speakers': { gold: TRAIN_SPEAKER_GOLD, label: 'every 10th article' },
  'train-speakers-b': { gold: TRAIN_B_SPEAKER_GOLD, label: 'every 10th article from offset 5' },
  'train-speakers-c': { gold: TRAIN_C_SPEAKER_GOLD, label: 'every 10th article from offset 2' },
  'train-speakers-d': { gold: TRAIN_D_SPEAKER_GOLD, label: 'every 10th article from offset 7' },
  'train-speakers-e': { gold: TRAIN_E_SPEAKER_GOLD, label: 'every 10th article from offset 9' },
  'train-speakers-f': { gold: TRAIN_F_SPEAKER_GOLD, label: 'every 10th article from offset 4' },
} as const;

export type TrainSample = keyof typeof TRAIN_SAMPLES;

/**
 * The resolved-name score on a hand-resolved sample of PolNeAR's train split (every 10th article, from
 * offset 0 or, for sample b, offset 5, for sample c, offset 2, for sample d, offset 7, for sample e,
 * offset 9, for sample f, offset 4): only the sampled articles are analysed.
 */
export async function evaluateTrainSpeakers(
  dataDir: string = path.resolve('../shared/eval'),
  sample: TrainSample = 'train-speakers',
): Promise<EvalRow[]> {
  const { gold, label } = TRAIN_SAMPLES[sample];
  const golds = readResolvedGold(gold);
  const wanted = new Set(golds.map((g) => g.article));
  const articles = (await readArticles(path.join(dataDir, 'quotes', 'polnear.train.jsonl'))).filter((a) =>
    wanted.has(a.id),
  );
  const found = new Map(articles.map((a) => [a.id, findQuotes(a.text)]));
  const resolved = countResolved(articles, found, golds);
  lastResolved = resolved;
  return resolvedRows(makeAtLeastRow(`polnear.train (${label}, ${articles.length})`, SYSTEM), resolved);
}

let lastCounts: QuoteCounts | null = null;
let lastResolved: ResolvedCounts | null = null;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const errIdx = args.indexOf('--errors');
  const showErrors = errIdx >= 0 ? Number(args[errIdx + 1] ?? '20') : 0;
  const splitIdx = args.indexOf('--split');
  const split = splitIdx >= 0 ? (args[splitIdx + 1] ?? 'dev') : 'dev';
  const dataDir = args[0] !== undefined && !args[0].startsWith('--') ? path.resolve(args[0]) : undefined;
  const rows =
    split in TRAIN_SAMPLES
      ? await evaluateTrainSpeakers(dataDir, split as TrainSample)
      : await evaluateQuotes(dataDir, split);
  for (const r of rows) {
    const mark = r.met === null ? '' : r.met ? '  met' : '  MISSED';
    console.log(`${r.dataset}  ${r.metric.padEnd(22)} ${r.value.toFixed(4)}  ${r.target ?? ''}${mark}`);
  }
  if (showErrors > 0 && lastCounts !== null) {
    const c = lastCounts;
    console.log(`\n-- misses (${c.misses.length})`);
    for (const m of c.misses.slice(0, showErrors)) console.log(m);
    console.log(`\n-- wrong (${c.wrong.length})`);
    for (const m of c.wrong.slice(0, showErrors)) console.log(m);
    console.log(`\n-- bad speakers (${c.badSpeakers.length})`);
    for (const m of c.badSpeakers.slice(0, showErrors)) console.log(m);
  }
  if (showErrors > 0 && lastResolved !== null) {
    console.log(`\n-- wrong resolved names (${lastResolved.errors.length})`);
    for (const m of lastResolved.errors.slice(0, showErrors)) console.log(m);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
