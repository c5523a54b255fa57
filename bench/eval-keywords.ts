// Keyword quality: F1@10 of Herald's keywords against the crowd-picked keyphrases of 500N-KPCrowd
// (Marujo et al. 2012), matched the usual way (Gallina, Boudin & Daille 2020; pke): lower case,
// punctuation dropped, every word Porter-stemmed, exact match of the whole phrase, duplicates counted once.
// Beside it, three baselines computed here: TF-IDF over n-grams of content words (document frequencies
// from the set's other articles, as pke computes them), TextRank (Mihalcea & Tarau 2004: a window-2
// co-occurrence graph of content words, phrases scored by the sum of their words' ranks) and YAKE
// (Campos et al. 2020, lib/eval/yake.ts), all three with the same English stop words.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stemPorter } from './lib/eval/porter-stem.js';
import { yakeKeyphrases } from './lib/eval/yake.js';
import { createAnalyzer } from '../src/core/analyze.js';
import { frequencyKey, type DocumentFrequencies } from '../src/core/keywords/index.js';
import { STOPWORDS } from '../src/core/text/index.js';
import { languageOf } from '../src/ingest/language.js';
import type { EvalRow } from './eval-types.js';

const K = 10;
const DATASET = 'kpcrowd.dev (F1@10, stemmed)';

export interface KeyphraseDoc {
  id: string;
  title: string;
  text: string;
  gold: string[];
}

export async function loadKeyphraseDocs(dataDir: string): Promise<KeyphraseDoc[]> {
  const raw = await readFile(resolve(dataDir, 'keyphrases', 'kpcrowd.dev.jsonl'), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { id: string; title: string; text: string; keyphrases: string[] };
      return { id: row.id, title: row.title, text: row.text, gold: row.keyphrases };
    });
}

/** A phrase as matching sees it: lower case, marks inside words dropped, each word stemmed. */
export function matchForm(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(stemPorter)
    .join(' ');
}

/** F1 of the first K distinct predictions against the distinct gold phrases. */
export function f1AtK(predicted: string[], gold: string[], k = K): number {
  const goldSet = new Set(gold.map(matchForm).filter((g) => g !== ''));
  const top: string[] = [];
  for (const p of predicted.map(matchForm)) {
    if (p !== '' && !top.includes(p)) top.push(p);
    if (top.length === k) break;
  }
  if (top.length === 0 || goldSet.size === 0) return 0;
  const hits = top.filter((p) => goldSet.has(p)).length;
  const precision = hits / top.length;
  const recall = hits / goldSet.size;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Runs of content words between stopwords and punctuation, as lower-case word lists. */
function contentRuns(text: string): string[][] {
  const runs: string[][] = [];
  for (const piece of text.toLowerCase().split(/[^\p{L}\p{N}\s'’-]+/u)) {
    let run: string[] = [];
    for (const raw of piece.split(/\s+/)) {
      const word = raw.replace(/^['’-]+|['’-]+$/g, '').replace(/['’]s$/, '');
      if (word.length < 2 || STOPWORDS.has(word) || /^\p{N}/u.test(word)) {
        if (run.length) runs.push(run);
        run = [];
      } else run.push(word);
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

/** Every n-gram of 1 to 3 words inside a run, with its count. */
function nGrams(runs: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs)
    for (let i = 0; i < run.length; i++)
      for (let n = 1; n <= 3 && i + n <= run.length; n++) {
        const g = run.slice(i, i + n).join(' ');
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
  return counts;
}

/** TF-IDF over n-grams, document frequencies from `df` over `documents` articles. */
function tfIdf(text: string, df: Map<string, number>, documents: number): string[] {
  const counts = nGrams(contentRuns(text));
  return [...counts]
    .map(([g, tf]) => [g, tf * Math.log(documents / (1 + (df.get(g) ?? 0)))] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([g]) => g);
}

const DAMPING = 0.85;

/** TextRank over content words; phrases are maximal runs scored by the sum of their words' ranks. */
function textRank(text: string): string[] {
  const runs = contentRuns(text);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  };
  // Window 2 over the text's content words: adjacent ones are linked, also across a stopword.
  const sequence = runs.flat();
  for (let i = 0; i + 1 < sequence.length; i++) link(sequence[i]!, sequence[i + 1]!);
  let rank = new Map([...neighbours.keys()].map((w) => [w, 1]));
  for (let iter = 0; iter < 50; iter++) {
    const next = new Map<string, number>();
    for (const [w, ns] of neighbours) {
      let sum = 0;
      for (const n of ns) sum += rank.get(n)! / neighbours.get(n)!.size;
      next.set(w, 1 - DAMPING + DAMPING * sum);
    }
    rank = next;
  }
  const phrases = new Map<string, number>();
  for (const run of runs)
    phrases.set(
      run.join(' '),
      run.reduce((s, w) => s + (rank.get(w) ?? 0), 0),
    );
  return [...phrases].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
}

export async function evaluateKeywords(
  dataDir = resolve(process.cwd(), '../shared/eval'),
): Promise<EvalRow[]> {
  const docs = await loadKeyphraseDocs(dataDir);
  const bodies = docs.map((d) => `${d.title}\n\n${d.text}`);
  // Document frequencies of n-grams over the whole set; each article's own count is taken out (leave-one-out).
  const grams = bodies.map((b) => new Set(nGrams(contentRuns(b)).keys()));
  const df = new Map<string, number>();
  for (const set of grams) for (const g of set) df.set(g, (df.get(g) ?? 0) + 1);
  // The archive Herald would have: the other articles' words, keyed as the store's index keys them.
  const keys = bodies.map((b) => new Set((b.match(/[\p{L}\p{N}]+/gu) ?? []).map(frequencyKey)));
  const archive = new Map<string, number>();
  for (const set of keys) for (const k of set) archive.set(k, (archive.get(k) ?? 0) + 1);
  const analyzer = createAnalyzer();
  // What Herald stores: the analysis's keywords (names made whole from its entities), language as ingest reads it.
  const extractKeywords = (text: string, title: string, frequencies?: DocumentFrequencies): string[] =>
    analyzer.analyze({
      text,
      title,
      ...languageOf(`${title}\n\n${text}`),
      documentFrequencies: frequencies,
    }).keywords;
  const scores = {
    herald: [] as number[],
    shipped: [] as number[],
    tfidf: [] as number[],
    textrank: [] as number[],
    yake: [] as number[],
  };
  docs.forEach((doc, i) => {
    scores.shipped.push(f1AtK(extractKeywords(doc.text, doc.title), doc.gold));
    for (const k of keys[i]!) archive.set(k, archive.get(k)! - 1);
    const frequencies = { documents: docs.length - 1, counts: archive };
    scores.herald.push(f1AtK(extractKeywords(doc.text, doc.title, frequencies), doc.gold));
    for (const k of keys[i]!) archive.set(k, archive.get(k)! + 1);
    const own = grams[i]!;
    for (const g of own) df.set(g, df.get(g)! - 1);
    scores.tfidf.push(f1AtK(tfIdf(bodies[i]!, df, docs.length - 1), doc.gold));
    for (const g of own) df.set(g, df.get(g)! + 1);
    scores.textrank.push(f1AtK(textRank(bodies[i]!), doc.gold));
    scores.yake.push(f1AtK(yakeKeyphrases(bodies[i]!, STOPWORDS), doc.gold));
  });
  const tfidf = mean(scores.tfidf);
  const textrank = mean(scores.textrank);
  const yake = mean(scores.yake);
  const target = `> tf-idf ${tfidf.toFixed(4)}, > textrank ${textrank.toFixed(4)} and > yake ${yake.toFixed(4)}`;
  const row = (system: string, value: number): EvalRow => ({
    dataset: DATASET,
    system,
    metric: 'F1@10',
    value,
    target,
    met: value > tfidf && value > textrank && value > yake,
  });
  return [
    row('herald (archive: the other articles)', mean(scores.herald)),
    row('herald (shipped table only)', mean(scores.shipped)),
    { dataset: DATASET, system: 'tf-idf', metric: 'F1@10', value: tfidf, target: null, met: null },
    { dataset: DATASET, system: 'textrank', metric: 'F1@10', value: textrank, target: null, met: null },
    { dataset: DATASET, system: 'yake', metric: 'F1@10', value: yake, target: null, met: null },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await evaluateKeywords(resolve(process.cwd(), process.argv[2] ?? '../shared/eval'));
  console.table(rows.map((r) => ({ ...r, value: Number(r.value.toFixed(4)) })));
}
