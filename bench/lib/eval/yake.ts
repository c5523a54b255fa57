// YAKE, the unsupervised single-document keyword extractor of Campos et al. (ECIR 2018; Information
// Sciences 509, 2020), written here as a baseline for the keyword eval. Each word gets five features —
// casing (T_Case), position (T_Position: log log of 3 + the median index of the sentences it is in),
// frequency (T_FNorm: its count over mean + one standard deviation of the non-stop words' counts),
// relatedness to context (T_Rel: how many different words stand left and right of it) and spread over
// sentences (T_Sentence) — and a score S(t) = T_Rel·T_Position / (T_Case + (T_FNorm + T_Sentence) / T_Rel),
// lower is better. Candidates are n-grams of up to 3 words inside a chunk (punctuation ends a chunk), with
// no stop word at either end and no number-like or unusual word; a candidate scores
// ∏S(t) / (TF(kw)·(1 + ΣS(t))), a stop word inside counting by how often it joins its neighbours. The
// ranked list is then deduplicated: a candidate too similar (Levenshtein ratio above 0.9) to one already
// kept is dropped. Defaults are the paper's and the reference implementation's (n = 3, window 1,
// threshold 0.9); words shorter than three characters count as stop words, and a final "s" on words longer
// than three is dropped when words are counted, as the reference implementation does.
// Checked by hand against the reference implementation's own test (LIAAD/yake tests/test_yake.py, the
// n = 3 English case): given its English stop list, this gives the same 20 keyphrases in the same order.

const MAX_WORDS = 3;
const DEDUP_THRESHOLD = 0.9;

type Tag = 'd' | 'u' | 'a' | 'n' | 'p';

interface Term {
  id: number;
  stopword: boolean;
  tf: number;
  /** Occurrences written as an acronym, and as a capitalised word that does not open its sentence. */
  tfAcronym: number;
  tfName: number;
  sentences: Set<number>;
  score: number;
}

interface Candidate {
  terms: Term[];
  tf: number;
  /** Whether any occurrence had no number-like ('d') or unusual ('u') word. */
  clean: boolean;
  score: number;
}

/** Sentences of the text as token lists; a blank line (between title and body, paragraphs) ends one too. */
function sentencesOf(text: string): string[][] {
  const sentences: string[][] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const flat = block.replace(/\s+/g, ' ').trim();
    if (flat === '') continue;
    // A terminal mark (with any closing quote or bracket) before a space and a capital, digit or opening quote.
    for (const piece of flat.split(/(?<=[.!?]['"’”)\]]*)\s+(?=["“‘'([]?[\p{Lu}\p{N}])/u)) {
      const tokens = tokensOf(piece);
      if (tokens.length > 0) sentences.push(tokens);
    }
  }
  return sentences;
}

/** Words (with inner apostrophes, hyphens, dots and commas: "U.S.", "1,000", "far-right") and marks. */
function tokensOf(sentence: string): string[] {
  const tokens: string[] = [];
  for (const match of sentence.matchAll(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu)) {
    let token = match[0];
    // A trailing dot belongs to the word only for abbreviations such as "U.S." or "Jan.".
    if (token.endsWith('.') && !/^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{1,3}\.$/u.test(token)) {
      tokens.push(token.slice(0, -1), '.');
      continue;
    }
    // A possessive "'s" is left out, as the reference tokenizer's contraction split does.
    token = token.replace(/['’]s$/iu, '');
    if (token !== '') tokens.push(token);
  }
  return tokens;
}

const isMark = (token: string): boolean => !/[\p{L}\p{N}]/u.test(token);

function tagOf(word: string, position: number): Tag {
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word.replace(/,/g, ''))) return 'd';
  const digits = (word.match(/\p{N}/gu) ?? []).length;
  const letters = (word.match(/\p{L}/gu) ?? []).length;
  const marks = (word.match(/[^\p{L}\p{N}]/gu) ?? []).length;
  if ((digits > 0 && letters > 0) || (digits === 0 && letters === 0) || marks > 1) return 'u';
  if ([...word].every((c) => c !== c.toLowerCase())) return 'a';
  const capitals = [...word].filter((c) => c !== c.toLowerCase()).length;
  const first = word[0] ?? '';
  if (capitals === 1 && word.length > 1 && first !== first.toLowerCase() && position > 0) return 'n';
  return 'p';
}

/** Levenshtein similarity 1 − distance / longer length (the reference implementation's "seqm"). */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(
        Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    previous = row;
  }
  return 1 - previous[b.length]! / longer;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** YAKE's keyphrases for `text`, best first, lower case, at most `top` of them. */
export function yakeKeyphrases(text: string, stopwords: ReadonlySet<string>, top = 20): string[] {
  const terms = new Map<string, Term>();
  // Co-occurrence counts, left word → right word, over adjacent words (window 1) inside a chunk.
  const edges = new Map<Term, Map<Term, number>>();
  const incoming = new Map<Term, Map<Term, number>>();
  const candidates = new Map<string, Candidate>();
  const termOf = (word: string): Term => {
    const lower = word.toLowerCase();
    const key = lower.endsWith('s') && lower.length > 3 ? lower.slice(0, -1) : lower;
    let term = terms.get(key);
    if (!term) {
      const bare = key.replace(/[^\p{L}\p{N}]/gu, '');
      const stopword = stopwords.has(lower) || stopwords.has(key) || bare.length < 3;
      term = { id: terms.size, stopword, tf: 0, tfAcronym: 0, tfName: 0, sentences: new Set(), score: 0 };
      terms.set(key, term);
    }
    return term;
  };
  const link = (left: Term, right: Term): void => {
    const out = edges.get(left) ?? new Map<Term, number>();
    edges.set(left, out.set(right, (out.get(right) ?? 0) + 1));
    const into = incoming.get(right) ?? new Map<Term, number>();
    incoming.set(right, into.set(left, (into.get(left) ?? 0) + 1));
  };

  const sentences = sentencesOf(text);
  sentences.forEach((tokens, sentence) => {
    let chunk: Array<{ word: string; tag: Tag; term: Term }> = [];
    tokens.forEach((word, position) => {
      if (isMark(word)) {
        chunk = [];
        return;
      }
      const tag = tagOf(word, position);
      const term = termOf(word);
      term.tf++;
      term.sentences.add(sentence);
      if (tag === 'a') term.tfAcronym++;
      if (tag === 'n') term.tfName++;
      const previous = chunk[chunk.length - 1];
      const discarded = (t: Tag): boolean => t === 'd' || t === 'u';
      if (previous && !discarded(tag) && !discarded(previous.tag)) link(previous.term, term);
      chunk.push({ word, tag, term });
      for (let n = 1; n <= MAX_WORDS && n <= chunk.length; n++) {
        const gram = chunk.slice(chunk.length - n);
        const key = gram.map((g) => g.word.toLowerCase()).join(' ');
        const found = candidates.get(key) ?? {
          terms: gram.map((g) => g.term),
          tf: 0,
          clean: false,
          score: 0,
        };
        found.tf++;
        found.clean ||= gram.every((g) => !discarded(g.tag));
        candidates.set(key, found);
      }
    });
  });
  if (sentences.length === 0) return [];

  const all = [...terms.values()];
  const counts = all.filter((t) => !t.stopword).map((t) => t.tf);
  if (counts.length === 0) return [];
  const meanTf = counts.reduce((s, c) => s + c, 0) / counts.length;
  const stdTf = Math.sqrt(counts.reduce((s, c) => s + (c - meanTf) ** 2, 0) / counts.length);
  const maxTf = Math.max(...all.map((t) => t.tf));
  // Distinct neighbours over all co-occurrences on one side (1 when every neighbour differs).
  const spreadOf = (neighbours: Map<Term, number> | undefined): number => {
    if (!neighbours || neighbours.size === 0) return 0;
    let total = 0;
    for (const c of neighbours.values()) total += c;
    return neighbours.size / total;
  };
  for (const t of all) {
    const relatedness =
      0.5 + spreadOf(incoming.get(t)) * (t.tf / maxTf) + 0.5 + spreadOf(edges.get(t)) * (t.tf / maxTf);
    const frequency = t.tf / (meanTf + stdTf);
    const spread = t.sentences.size / sentences.length;
    const casing = Math.max(t.tfAcronym, t.tfName) / (1 + Math.log(t.tf));
    const position = Math.log(Math.log(3 + median([...t.sentences])));
    t.score = (position * relatedness) / (casing + frequency / relatedness + spread / relatedness);
  }

  const ranked: Array<[string, number]> = [];
  for (const [key, c] of candidates) {
    const first = c.terms[0]!;
    const last = c.terms[c.terms.length - 1]!;
    if (!c.clean || first.stopword || last.stopword) continue;
    let sum = 0;
    let product = 1;
    c.terms.forEach((t, i) => {
      if (!t.stopword) {
        sum += t.score;
        product *= t.score;
        return;
      }
      // A stop word inside weighs by the chance that it follows its left word and precedes its right one.
      const left = c.terms[i - 1]!;
      const right = c.terms[i + 1]!;
      const before = (edges.get(left)?.get(t) ?? 0) / left.tf;
      const after = (edges.get(t)?.get(right) ?? 0) / right.tf;
      const probability = before * after;
      product *= 2 - probability;
      sum -= 1 - probability;
    });
    c.score = product / ((sum + 1) * c.tf);
    ranked.push([key, c.score]);
  }
  // A stable sort: ties keep the order candidates first appeared in, as the reference implementation's.
  ranked.sort((a, b) => a[1] - b[1]);

  const kept: string[] = [];
  for (const [key] of ranked) {
    if (kept.some((k) => similarity(key, k) > DEDUP_THRESHOLD)) continue;
    kept.push(key);
    if (kept.length === top) break;
  }
  return kept;
}
