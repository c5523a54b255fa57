// Synthetic archives: the analysed corpus articles, then variants of them (paragraphs dropped from the
// end, words swapped for others of the same length so every stored offset stays true, headlines
// changed, fresh ids, times spread over two years, some quotes credited to other speakers). The
// variants' analysis is derived from their seed's instead of recomputed, which keeps building 100,000
// rows to a couple of minutes while the rows stay realistic: real text (FTS-indexed), sentences,
// summary, keywords, entities, quotes with speakers.
import { createHash } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Quote } from '../../src/core/types.js';
import { READER_VERSION } from '../../src/ingest/reader-version.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import type { StoredArticle } from '../../src/store/types.js';
import type { Seed } from './seeds.js';

const DAY = 86_400_000;
/** Where synthetic time ends: a fixed instant, so a cached archive stays valid; callers may shift it. */
export const SYNTH_EPOCH = Date.UTC(2026, 0, 1);

export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Vocabulary {
  byLength: Map<number, string[]>;
  firstNames: string[];
  lastNames: string[];
}

/** Words of the seeds grouped by length, and the name parts of their speakers. */
export function buildVocabulary(seeds: Seed[]): Vocabulary {
  const sets = new Map<number, Set<string>>();
  for (const seed of seeds.slice(0, 1500)) {
    for (const word of seed.body.match(/\b[a-z]{4,12}\b/g) ?? []) {
      let set = sets.get(word.length);
      if (!set) sets.set(word.length, (set = new Set()));
      set.add(word);
    }
  }
  const first = new Set<string>();
  const last = new Set<string>();
  for (const seed of seeds) {
    for (const q of seed.analysis.quotes) {
      const parts = q.speaker?.name?.split(' ') ?? [];
      if (parts.length >= 2 && parts.every((p) => /^\p{Lu}[\p{L}'-]+$/u.test(p))) {
        first.add(parts[0]!);
        last.add(parts[parts.length - 1]!);
      }
    }
  }
  const byLength = new Map([...sets].map(([n, set]) => [n, [...set]]));
  return { byLength, firstNames: [...first], lastNames: [...last] };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function swapWords(text: string, share: number, vocab: Vocabulary, random: () => number): string {
  return text.replace(/\b[a-z]{4,12}\b/g, (word) => {
    if (random() >= share) return word;
    const same = vocab.byLength.get(word.length);
    return same && same.length > 0 ? pick(same, random) : word;
  });
}

function swapTitle(title: string, vocab: Vocabulary, random: () => number): string {
  return title.replace(/\b[A-Za-z]{4,12}\b/g, (word) => {
    if (random() >= 0.35) return word;
    const same = vocab.byLength.get(word.length);
    if (!same || same.length === 0) return word;
    const next = pick(same, random);
    return /^[A-Z]/.test(word) ? next[0]!.toUpperCase() + next.slice(1) : next;
  });
}

/** Article number `n` of an archive: the seed itself below seeds.length, else a variant of one. */
export function makeArticle(seeds: Seed[], n: number, total: number, vocab: Vocabulary): StoredArticle {
  const seed = seeds[n % seeds.length]!;
  const random = createRandom(n * 7919 + 17);
  const original = n < seeds.length;
  const a = seed.analysis;
  let body = seed.body;
  let cut = body.length;
  if (!original) {
    // Drop up to two trailing paragraphs, keeping at least one.
    const breaks = [...body.matchAll(/\n\s*\n/g)].map((m) => m.index);
    const drop = Math.min(breaks.length, Math.floor(random() * 3));
    if (drop > 0) cut = breaks[breaks.length - drop]!;
    body = swapWords(body.slice(0, cut), 0.06, vocab, random);
  }
  const sentences = a.sentences.filter((s) => s[1] <= cut);
  const summary = a.summary.filter((i) => i < sentences.length);
  if (summary.length === 0 && sentences.length > 0) summary.push(0);
  const quotes: Quote[] = a.quotes
    .filter((q) => q.end <= cut)
    .map((q) => {
      const text = original ? q.text : swapWords(q.text, 0.06, vocab, random);
      if (!q.speaker || original || random() >= 0.3 || vocab.firstNames.length === 0) return { ...q, text };
      // Credit some quotes to other people, so the speaker list grows with the archive as a real one does.
      const name = `${pick(vocab.firstNames, random)} ${pick(vocab.lastNames, random)}`;
      return { ...q, text, speaker: { ...q.speaker, name, mention: name } };
    });
  const first = summary[0];
  const span = first === undefined ? undefined : sentences[first];
  // Newest first by number: article 0 is the newest; times spread evenly over two years, with jitter.
  const published = SYNTH_EPOCH - Math.round(((n + random()) / total) * 730 * DAY);
  return {
    id: original ? `c${n.toString(36)}` : `s${n.toString(36)}`,
    title: original ? seed.title : swapTitle(seed.title, vocab, random),
    standfirst: null,
    text: body,
    url: seed.url && !original ? `${seed.url}?v=${n}` : seed.url,
    source: seed.source,
    author: null,
    published,
    ingestedAt: published + Math.round(random() * 3_600_000),
    tags: [],
    filePath: null,
    sentences,
    summary,
    headlineSummary: span ? body.slice(span[0], span[1]) : '',
    keywords: a.keywords,
    entities: a.entities,
    signature: a.signature,
    storyKey: null,
    quotes,
  };
}

/** How a stored article is written as a file: headline, blank line, body. */
export function fileTextOf(article: StoredArticle): string {
  return `${article.title}\n\n${article.text}\n`;
}

export interface BuildOptions {
  total: number;
  dbPath: string;
  /** When set, every article is also written there as a .txt file and recorded as loaded. */
  filesDir?: string;
  onProgress?: (done: number) => void;
}

/** Writes an archive of `total` articles through the store (and, optionally, their files). */
export function buildArchive(seeds: Seed[], vocab: Vocabulary, options: BuildOptions): Store {
  const store = openSqliteStore(options.dbPath);
  const BATCH = 1000;
  for (let from = 0; from < options.total; from += BATCH) {
    const batch: StoredArticle[] = [];
    const files: Array<{ path: string; hash: string; id: string }> = [];
    for (let n = from; n < Math.min(options.total, from + BATCH); n++) {
      const article = makeArticle(seeds, n, options.total, vocab);
      if (options.filesDir) {
        const folder = join(options.filesDir, String(Math.floor(n / 1000)).padStart(3, '0'));
        if (n % 1000 === 0) mkdirSync(folder, { recursive: true });
        const path = resolve(folder, `${article.id}.txt`);
        const bytes = Buffer.from(fileTextOf(article));
        writeFileSync(path, bytes);
        files.push({ path, hash: createHash('sha1').update(bytes).digest('hex'), id: article.id });
        article.filePath = path;
      }
      batch.push(article);
    }
    store.transaction(() => {
      store.articles.upsert(batch);
      for (const f of files) {
        const stat = statSync(f.path);
        store.files.put({
          path: f.path,
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          hash: f.hash,
          articleIds: [f.id],
          readerVersion: READER_VERSION,
        });
      }
    });
    options.onProgress?.(Math.min(options.total, from + BATCH));
  }
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return store;
}
