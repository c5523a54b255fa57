// Same-story evaluation. Positive pairs are an article and a copy made from it the way aggregators and
// republishers change text (boilerplate lines, dropped paragraphs, the first half only, light word edits,
// a new headline, and mixes of these); negative pairs are different articles, including the hardest ones
// the corpus offers: same source and date, same section with the most words in common, and two different
// articles wrapped in the same boilerplate. Everything is derived deterministically from the article ids.
// Targets: precision ≥ 0.99, recall ≥ 0.95.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/core/analyze.js';
import { groupStories, isSameStory, type StoryInput } from '../src/core/story/index.js';
import { STOPWORDS } from '../src/core/text/index.js';
import type { EvalRow } from './eval-types.js';
import { evaluateCrossOutlet } from './eval-cross-outlet.js';

interface Article {
  id: string;
  source: string;
  publisher: string | null;
  date: string | null;
  section?: string;
  title: string | null;
  text: string;
}

const DATASET = 'same-story (corpus-derived pairs)';
const SYSTEM = 'minhash+event';
const SAMPLE_EVERY = 6;
const MIN_WORDS = 80;

const BOILERPLATE = [
  'Advertisement',
  'Share this article',
  'Follow us on Twitter and Facebook for the latest updates from our newsroom.',
  'Sign up for our morning newsletter and get the day’s top stories delivered to your inbox.',
  '(With inputs from agencies)',
  'Copyright 2024 Example Media Group. All rights reserved. This material may not be published or redistributed.',
  'Read more: our full coverage of this developing story, with analysis and live updates.',
  'Click here to download our app for breaking news alerts on your phone.',
  // Furniture no filter knows about, so the signature itself has to tolerate it.
  'The views expressed in this piece are those of the author and do not reflect the position of this site.',
  'Got a tip? Our team reads every message and answers within two working days.',
];

/** mulberry32: a small seeded generator, so every copy is the same on every run. */
function createRandom(seed: string): () => number {
  let a = 0;
  for (let i = 0; i < seed.length; i++) a = Math.imul(a ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function splitParagraphs(text: string): string[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length >= 4) return paragraphs;
  return text.split(/(?<=[.!?])\s+/).filter(Boolean);
}

function addBoilerplate(text: string, random: () => number): string {
  const parts = splitParagraphs(text);
  for (let k = 0; k < 3; k++) {
    const at = 1 + Math.floor(random() * parts.length);
    parts.splice(at, 0, BOILERPLATE[Math.floor(random() * BOILERPLATE.length)]!);
  }
  parts.push(BOILERPLATE[2]!, BOILERPLATE[8]!, BOILERPLATE[9]!);
  return parts.join('\n\n');
}

function dropParagraphs(text: string, random: () => number): string {
  const parts = splitParagraphs(text);
  const kept = parts.filter((_, i) => i === 0 || random() >= 0.3);
  return kept.join('\n\n');
}

function truncateHalf(text: string): string {
  const words = text.split(/(\s+)/);
  return words.slice(0, Math.ceil(words.length / 2)).join('');
}

const EDITS = ['reportedly', 'the', 'officials', 'new', 'major', 'local'];

/** About one word in twenty deleted, replaced, or given an extra word. */
function editWords(text: string, random: () => number): string {
  return text
    .split(/(\s+)/)
    .map((piece) => {
      if (/^\s*$/.test(piece) || random() >= 0.05) return piece;
      const r = random();
      if (r < 0.33) return '';
      if (r < 0.66) return EDITS[Math.floor(random() * EDITS.length)]!;
      return `${piece} ${EDITS[Math.floor(random() * EDITS.length)]!}`;
    })
    .join('');
}

function changeHeadline(article: Article): { title: string; text: string } {
  const title = `UPDATE: ${(article.title ?? 'News').split(' ').reverse().join(' ')}`;
  const lines = article.text.split('\n');
  if (article.title && lines[0]?.trim() === article.title.trim()) lines[0] = title;
  else lines.unshift(title, '');
  return { title, text: lines.join('\n') };
}

type Copy = (a: Article, random: () => number) => { title: string; text: string };

const COPIES: Record<string, Copy> = {
  boilerplate: (a, r) => ({ title: a.title ?? '', text: addBoilerplate(a.text, r) }),
  'dropped paragraphs': (a, r) => ({ title: a.title ?? '', text: dropParagraphs(a.text, r) }),
  'first half': (a) => ({ title: a.title ?? '', text: truncateHalf(a.text) }),
  'light edits': (a, r) => ({ title: a.title ?? '', text: editWords(a.text, r) }),
  'changed headline': (a) => changeHeadline(a),
  'boilerplate+dropped+edits+headline': (a, r) => {
    const h = changeHeadline(a);
    return { title: h.title, text: editWords(dropParagraphs(addBoilerplate(h.text, r), r), r) };
  },
  'first half+boilerplate+edits': (a, r) => ({
    title: a.title ?? '',
    text: editWords(addBoilerplate(truncateHalf(a.text), r), r),
  }),
};

const analyzer = createAnalyzer();

function toInput(title: string, text: string): StoryInput {
  return { ...analyzer.sketchStory(text), title, entities: analyzer.extractEntities(text) };
}

function collectContentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) if (!STOPWORDS.has(m[0])) words.add(m[0]);
  return words;
}

/** Exact share of the smaller text's word 3-grams found in the other: the corpus's own duplicates. */
function measureExactContainment(a: string, b: string): number {
  const grams = (t: string): Set<string> => {
    const w = t.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
    const out = new Set<string>();
    for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return small.size === 0 ? 0 : shared / small.size;
}

function loadArticles(corpusDir: string): Article[] {
  return readFileSync(path.join(corpusDir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article)
    .filter((a) => a.text.split(/\s+/).length >= MIN_WORDS);
}

function row(metric: string, value: number, target: string | null, met: boolean | null): EvalRow {
  return { dataset: DATASET, system: SYSTEM, metric, value: Math.round(value * 10000) / 10000, target, met };
}

export async function evaluateSameStory(corpusDir = path.resolve('../shared/corpus')): Promise<EvalRow[]> {
  const articles = loadArticles(corpusDir);
  const sample = articles.filter((_, i) => i % SAMPLE_EVERY === 0);
  const inputs = new Map<string, StoryInput>();
  const inputOf = (a: Article): StoryInput => {
    let input = inputs.get(a.id);
    if (!input) inputs.set(a.id, (input = toInput(a.title ?? '', a.text)));
    return input;
  };

  // Positives.
  const recallByCopy = new Map<string, [number, number]>();
  const batch: Array<{ story: string; input: StoryInput }> = [];
  for (const a of sample) {
    for (const [name, copy] of Object.entries(COPIES)) {
      const c = copy(a, createRandom(`${a.id}/${name}`));
      const input = toInput(c.title, c.text);
      const hit = isSameStory(inputOf(a), input);
      const tally = recallByCopy.get(name) ?? [0, 0];
      recallByCopy.set(name, [tally[0] + (hit ? 1 : 0), tally[1] + 1]);
      if (batch.length < 600 && name !== 'light edits') batch.push({ story: a.id, input });
    }
  }

  // Negatives.
  const negatives: Array<[string, Article, Article]> = [];
  const random = createRandom('negatives');
  for (const a of sample) {
    for (let k = 0; k < 6; k++)
      negatives.push(['random', a, articles[Math.floor(random() * articles.length)]!]);
  }
  const byKey = new Map<string, Article[]>();
  for (const a of articles) {
    const key = a.date ? `${a.source}|${a.date}` : a.section ? `${a.source}|${a.section}` : '';
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), a]);
  }
  for (const group of byKey.values()) {
    if (group[0]!.date) {
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++)
          negatives.push(['same source and date', group[i]!, group[j]!]);
    }
  }
  const words = new Map(articles.map((a) => [a.id, collectContentWords(a.text)]));
  for (const a of sample) {
    const key = a.date ? `${a.source}|${a.date}` : a.section ? `${a.source}|${a.section}` : '';
    let best: Article | undefined;
    let bestShared = -1;
    for (const b of byKey.get(key) ?? []) {
      if (b.id === a.id) continue;
      let shared = 0;
      for (const w of words.get(a.id)!) if (words.get(b.id)!.has(w)) shared++;
      if (shared > bestShared) [best, bestShared] = [b, shared];
    }
    if (best) negatives.push(['same section, most words shared', a, best]);
  }

  let excluded = 0;
  const falseByKind = new Map<string, [number, number]>();
  const falsePairs: string[] = [];
  const countNegative = (kind: string, x: StoryInput, y: StoryInput, label: string): void => {
    const hit = isSameStory(x, y);
    const tally = falseByKind.get(kind) ?? [0, 0];
    falseByKind.set(kind, [tally[0] + (hit ? 1 : 0), tally[1] + 1]);
    if (hit && falsePairs.length < 10) falsePairs.push(label);
  };
  for (const [kind, a, b] of negatives) {
    if (a.id === b.id || a.text === b.text) continue;
    // The corpus holds some republished articles: true duplicates are not negatives.
    if (measureExactContainment(a.text, b.text) >= 0.3) {
      excluded++;
      continue;
    }
    countNegative(kind, inputOf(a), inputOf(b), `${kind}: ${a.id} ~ ${b.id}`);
  }
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const [a, b] = [sample[i]!, sample[i + 1]!];
    const r = createRandom(`${a.id}+${b.id}`);
    countNegative(
      'both in the same boilerplate',
      toInput(a.title ?? '', addBoilerplate(a.text, r)),
      toInput(b.title ?? '', addBoilerplate(b.text, r)),
      `boilerplate: ${a.id} ~ ${b.id}`,
    );
  }

  const sum = (m: Map<string, [number, number]>): [number, number] =>
    [...m.values()].reduce<[number, number]>((s, [h, n]) => [s[0] + h, s[1] + n], [0, 0]);
  const [tp, positives] = sum(recallByCopy);
  const [fp, negativeCount] = sum(falseByKind);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp / positives;

  // Grouping: originals plus their copies in one batch; pairwise agreement with the true stories.
  const storyIds = [...new Set(batch.map((b) => b.story))];
  // Republished duplicates inside the corpus are one story, whatever their ids.
  const canonical = new Map(storyIds.map((id) => [id, id]));
  const textOf = new Map(sample.map((a) => [a.id, a.text]));
  for (let i = 0; i < storyIds.length; i++) {
    for (let j = i + 1; j < storyIds.length; j++) {
      if (measureExactContainment(textOf.get(storyIds[i]!)!, textOf.get(storyIds[j]!)!) >= 0.3) {
        canonical.set(storyIds[j]!, canonical.get(storyIds[i]!)!);
      }
    }
  }
  const items = storyIds.map((id) => ({ story: canonical.get(id)!, input: inputs.get(id)! }));
  const all = [...items, ...batch.map((b) => ({ story: canonical.get(b.story)!, input: b.input }))];
  const keys = groupStories(all.map((x) => x.input));
  let pairTp = 0,
    pairFp = 0,
    pairFn = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const same = all[i]!.story === all[j]!.story;
      const grouped = keys[i] === keys[j];
      if (same && grouped) pairTp++;
      else if (grouped) pairFp++;
      else if (same) pairFn++;
    }
  }

  const rows: EvalRow[] = [
    row('precision', precision, '>= 0.99', precision >= 0.99),
    row('recall', recall, '>= 0.95', recall >= 0.95),
    row('positive pairs', positives, null, null),
    row('negative pairs', negativeCount, null, null),
    row('false positives', fp, null, null),
    row('corpus duplicates left out of negatives', excluded, null, null),
  ];
  for (const [name, [h, n]] of recallByCopy) rows.push(row(`recall: ${name}`, h / n, null, null));
  for (const [name, [h, n]] of falseByKind)
    rows.push(row(`false-positive rate: ${name} (${n} pairs)`, h / n, null, null));
  const groupPrecision = pairTp / Math.max(1, pairTp + pairFp);
  const groupRecall = pairTp / Math.max(1, pairTp + pairFn);
  rows.push(
    row(
      `groupStories pair precision (${all.length} items)`,
      groupPrecision,
      '>= 0.99',
      groupPrecision >= 0.99,
    ),
  );
  rows.push(
    row(`groupStories pair recall (${all.length} items)`, groupRecall, '>= 0.95', groupRecall >= 0.95),
  );
  if (process.env.EVAL_VERBOSE) {
    console.error(falsePairs.join('\n'));
    const stories = new Map<string, Set<string>>();
    all.forEach((x, i) => stories.set(keys[i]!, (stories.get(keys[i]!) ?? new Set()).add(x.story)));
    for (const [key, members] of stories)
      if (members.size > 1) console.error('group', key, [...members].slice(0, 8).join(' '), members.size);
  }
  // Real reports of one event by different outlets, with hard negatives (bench/eval-cross-outlet.ts).
  rows.push(...evaluateCrossOutlet(corpusDir));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await evaluateSameStory(process.argv[2] ?? path.resolve('../shared/corpus'));
  for (const r of rows) {
    const mark = r.met === null ? '' : r.met ? ' ✓' : ' ✗';
    console.log(
      `${r.metric.padEnd(62)} ${String(r.value).padStart(8)}${r.target ? `  (${r.target})` : ''}${mark}`,
    );
  }
}
