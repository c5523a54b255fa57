// The name shown to users for each direct quote, against a hand-resolved gold on PolNeAR's dev split
// (bench/gold/polnear-dev-speakers.tsv: article id, attribution id, content start, the speaker as a reader
// would name them — empty when the speaker is not a person or cannot be known from the article).
// Two figures: the share of gold quotes with the right person (an empty gold is right when no name is
// shown), and the precision of the names shown (a name shown for an empty gold is wrong; no name shown
// is not counted).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quote } from '../src/core/types.js';

export interface ResolvedGold {
  article: string;
  attribution: string;
  start: number;
  name: string;
}

export const SPEAKER_GOLD = fileURLToPath(new URL('./gold/polnear-dev-speakers.tsv', import.meta.url));
/** The same, built the same way on every 10th article of PolNeAR's train split (see bench/gold/README.md). */
export const TRAIN_SPEAKER_GOLD = fileURLToPath(
  new URL('./gold/polnear-train-speakers.tsv', import.meta.url),
);
/**
 * A second train sample, disjoint from the first and resolved after the speaker rules were last changed:
 * every 10th article from the 6th (offset 5) on, in id order (see bench/gold/README.md).
 */
export const TRAIN_B_SPEAKER_GOLD = fileURLToPath(
  new URL('./gold/polnear-train-speakers-b.tsv', import.meta.url),
);
/**
 * A third train sample, disjoint from both, resolved before any system output on it was looked at:
 * every 10th article from the 3rd (offset 2) on, in id order (see bench/gold/README.md).
 */
export const TRAIN_C_SPEAKER_GOLD = fileURLToPath(
  new URL('./gold/polnear-train-speakers-c.tsv', import.meta.url),
);
/**
 * A fourth train sample, disjoint from the other three, resolved before any system output on it was looked
 * at: every 10th article from the 8th (offset 7) on, in id order (see bench/gold/README.md).
 */
export const TRAIN_D_SPEAKER_GOLD = fileURLToPath(
  new URL('./gold/polnear-train-speakers-d.tsv', import.meta.url),
);
/**
 * A fifth train sample, disjoint from the other four, resolved before any system output on it was looked
 * at: every 10th article from the 10th (offset 9) on, in id order (see bench/gold/README.md).
 */
export const TRAIN_E_SPEAKER_GOLD = fileURLToPath(
  new URL('./gold/polnear-train-speakers-e.tsv', import.meta.url),
);
/**
 * A sixth train sample, disjoint from the other five, resolved before any system output on it was looked
 * at: every 10th article from the 5th (offset 4) on, in id order (see bench/gold/README.md).
 */
export const TRAIN_F_SPEAKER_GOLD = fileURLToPath(
  new URL('./gold/polnear-train-speakers-f.tsv', import.meta.url),
);

export function readResolvedGold(file: string = SPEAKER_GOLD): ResolvedGold[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  return lines
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      const [article, attribution, start, name] = l.split('\t');
      if (article === undefined || attribution === undefined || start === undefined)
        throw new Error(`${file}: line ${i + 2} has fewer than 3 fields`);
      return { article, attribution, start: Number(start), name: (name ?? '').trim() };
    });
}

const TITLES = new Set(
  'mr mrs ms miss dr sen rep gov gen del rev sir president senator representative governor former the'.split(
    ' ',
  ),
);

/** The words that identify a person: lower case, straight apostrophes, no titles, initials or suffixes. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’`]/gu, "'")
    .split(/[\s,]+/u)
    .map((w) => w.replace(/[.()]/gu, '').replace(/'s$/u, ''))
    .filter((w) => w.length > 1 && !TITLES.has(w) && !/^(?:jr|sr|ii|iii|iv)$/u.test(w));
}

/**
 * True when `shown` names the gold person: every word shown belongs to the gold name and the gold's last
 * word (the surname) is among them, so "Obama" and "Barack Obama" name Barack Obama but "Bill Clinton"
 * does not name Hillary Clinton.
 */
export function isSamePerson(shown: string, gold: string): boolean {
  const s = nameWords(shown);
  const g = nameWords(gold);
  const surname = g[g.length - 1];
  return s.length > 0 && surname !== undefined && s.includes(surname) && s.every((w) => g.includes(w));
}

export interface ResolvedCounts {
  gold: number;
  right: number;
  shown: number;
  shownRight: number;
  errors: string[];
}

/** Score one gold quote given the system's quote matched to it (or null when none was). */
export function scoreResolved(gold: ResolvedGold, match: Quote | null, counts: ResolvedCounts): void {
  counts.gold++;
  const shown = match?.speaker?.name ?? null;
  const right = shown === null ? gold.name === '' : gold.name !== '' && isSamePerson(shown, gold.name);
  if (right) counts.right++;
  if (shown !== null) {
    counts.shown++;
    if (right) counts.shownRight++;
  }
  if (!right)
    counts.errors.push(`${gold.article} ${gold.attribution} gold=«${gold.name}» shown=«${shown ?? 'none'}»`);
}

export function newResolvedCounts(): ResolvedCounts {
  return { gold: 0, right: 0, shown: 0, shownRight: 0, errors: [] };
}
