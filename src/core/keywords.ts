// Key phrases: candidates are runs of content words between stopwords and punctuation (as in RAKE), but
// scored by how often the phrase and its words recur, with a boost for appearing early and in the
// headline; RAKE's degree score alone favours long one-off phrases. Phrases keep the casing the article
// uses mid-sentence, so names stay capitalised and ordinary words are lower case.

import { STOPWORDS } from './stopwords.js';

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MAX_PHRASE_WORDS = 4;
const MIN_WORD_LENGTH = 2;
/** Tokens that start with a digit ("2004", "13bn") are figures, not topics; "G7" and "COVID-19" are kept. */
const NUMERIC = /^\p{N}/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** Frequent in news but empty as a keyword on their own (they may still sit inside a phrase). */
const WEAK_WORDS = new Set(
  `get got make made take took going want think know like people time year way thing lot day week month
  sen rep gov lost come came go went see saw look need put use used just really back first second last`.split(/\s+/),
);

interface WordStats {
  count: number;
  first: number;
  /** Mid-sentence spellings, to choose a display form: "Micron" stays capitalised, "market" does not. */
  forms: Map<string, number>;
  /** The spelling at a sentence start, used only when the word never appears elsewhere. */
  initialForm?: string;
}

interface Phrase {
  stems: string[];
  count: number;
  first: number;
}

/** Folds simple plurals so "markets" and "market" count together. */
function stem(word: string): string {
  const n = word.length;
  if (n > 3 && word.charCodeAt(n - 1) === 115 && !/(ss|us|is)$/.test(word)) {
    return word.endsWith('ies') && word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  }
  return word;
}

function normalise(raw: string): string {
  const lower = raw.toLowerCase();
  const n = lower.length;
  const possessive = n > 2 && lower.charCodeAt(n - 1) === 115 && (lower[n - 2] === "'" || lower[n - 2] === '’');
  return possessive ? lower.slice(0, -2) : lower;
}

function pickForm(stats: WordStats | undefined, fallback: string): string {
  if (!stats) return fallback;
  let best = stats.initialForm ?? fallback;
  let bestCount = 0;
  for (const [form, n] of stats.forms) {
    if (n > bestCount) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

function collectTitleStems(title: string | undefined): Set<string> {
  const stems = new Set<string>();
  if (!title) return stems;
  for (const m of title.matchAll(TOKEN)) {
    const word = normalise(m[0]);
    if (!STOPWORDS.has(word)) stems.add(stem(word));
  }
  return stems;
}

function containsRun(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

export function extractKeywords(text: string, title?: string, limit = 10): string[] {
  const words = new Map<string, WordStats>();
  const phrases = new Map<string, Phrase>();
  const total = Math.max(1, text.length);
  let run: string[] = [];
  let runStarts: number[] = [];

  const closeRun = (): void => {
    // Every stretch of two to four words of the run is a candidate, so "commerce minister" is counted
    // in "commerce minister Wang Wentao" too.
    for (let i = 0; i < run.length; i++) {
      for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const stems = run.slice(i, i + n);
        const key = stems.join(' ');
        const phrase = phrases.get(key);
        if (phrase) phrase.count++;
        else phrases.set(key, { stems, count: 1, first: runStarts[i]! });
      }
    }
    run = [];
    runStarts = [];
  };

  const headline = title?.trim().toLowerCase();
  let offset = 0;
  for (const line of text.split('\n')) {
    // A headline repeated in the body would otherwise count its words twice; the title boost covers it.
    if (headline && line.trim().toLowerCase() === headline) {
      offset += line.length + 1;
      continue;
    }
    let previousEnd = 0;
    for (const m of line.matchAll(TOKEN)) {
      // Most gaps are one space: no punctuation to test.
      const plainGap = m.index === previousEnd + 1 && line.charCodeAt(previousEnd) === 32;
      const gap = plainGap ? ' ' : line.slice(previousEnd, m.index);
      const initial = previousEnd === 0 || (!plainGap && /[.!?:"“‘]/.test(gap));
      if (!plainGap && /[^\s]/.test(gap)) closeRun();
      previousEnd = m.index + m[0].length;
      const word = normalise(m[0]);
      if (STOPWORDS.has(word) || NUMERIC.test(word) || word.length < MIN_WORD_LENGTH) {
        closeRun();
        continue;
      }
      const key = stem(word);
      let stats = words.get(key);
      if (!stats) {
        stats = { count: 0, first: offset + m.index, forms: new Map() };
        words.set(key, stats);
      }
      stats.count++;
      const surface = m[0].replace(/['’]s$/, '');
      // A capital that only starts a sentence says nothing about the word, so it does not vote.
      if (!initial || UPPER_FIRST.test(surface.slice(1))) stats.forms.set(surface, (stats.forms.get(surface) ?? 0) + 1);
      else stats.initialForm ??= surface;
      runStarts.push(offset + m.index);
      run.push(key);
      if (/['’]s$/.test(m[0])) closeRun();
    }
    closeRun();
    offset += line.length + 1;
  }

  // Single words are candidates in their own right, counted wherever they occur.
  for (const [key, stats] of words) {
    const phrase = phrases.get(key);
    if (phrase) phrase.count = stats.count;
    else phrases.set(key, { stems: [key], count: stats.count, first: stats.first });
  }

  const titleStems = collectTitleStems(title);
  const scored = [...phrases.values()].map((p) => {
    let wordFrequency = 0;
    let inTitle = 0;
    for (const s of p.stems) {
      wordFrequency += words.get(s)?.count ?? 0;
      if (titleStems.has(s)) inTitle++;
    }
    const n = p.stems.length;
    // A phrase seen once is only worth showing when its words recur elsewhere.
    const score =
      p.count *
      (1 + 0.3 * (n - 1)) *
      Math.sqrt(wordFrequency / n) *
      (1 + 0.5 * (1 - Math.min(p.first, total) / total)) *
      (1 + (0.8 * inTitle) / n);
    return { phrase: p, score };
  });
  scored.sort((a, b) => b.score - a.score || a.phrase.first - b.phrase.first);

  const chosen: string[][] = [];
  const result: string[] = [];
  for (const { phrase } of scored) {
    if (result.length >= limit) break;
    // A one-off is worth showing only as a headline phrase of several words.
    if (phrase.count < 2 && (phrase.stems.length === 1 || !phrase.stems.every((s) => titleStems.has(s)))) continue;
    if (phrase.stems.length === 1 && WEAK_WORDS.has(phrase.stems[0]!)) continue;
    if (chosen.some((c) => containsRun(c, phrase.stems))) continue;
    chosen.push(phrase.stems);
    result.push(phrase.stems.map((s) => pickForm(words.get(s), s)).join(' '));
  }
  return result;
}
