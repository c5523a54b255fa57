// Joining other outlets' reports of one event into groups: pairs of dated reports within the event
// window are taken strongest first, and two groups join only when their members are alike on average
// (average link), so a chain of stories each a little like the next never becomes one story.

import type { DocumentFrequencies } from '../keywords/index.js';
import { createEventVectors, type EventVectorMemo } from './event-vectors.js';
import { isWithinEventWindow, type StoryInput } from './story-input.js';

/** Cosine of weighted terms at which two dated reports within the event window tell one event. */
const EVENT_LINK = 0.4;
/** Average cosine two groups' members must reach to join. */
const EVENT_AVERAGE_LINK = 0.35;
/**
 * Two short reports (feed descriptions) that share two rare words are one event from this cosine of all
 * their words on (see event-vectors.ts); an average link may fall as far below it as for long texts.
 */
const SHORT_LINK = 0.2;
/** Members per group read for the average: enough to see a chain, bounded for very large groups. */
const AVERAGE_LINK_MEMBERS = 40;

/** Union-find over item indices. */
export function createUnionFind(n: number): {
  find: (i: number) => number;
  union: (i: number, j: number) => void;
} {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  return { find, union };
}

export type UnionFind = ReturnType<typeof createUnionFind>;

/** A member list per group root. */
function collectMembers(n: number, find: (i: number) => number): Map<number, number[]> {
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
  return members;
}

/**
 * Other outlets' reports of one event, joined strongest pair first; two groups join only when their
 * members are alike on average too (average link), so a chain of stories each a little like the next
 * (the primary, the delegate count, the next primary) never becomes one story.
 */
export function joinEvents(
  items: readonly StoryInput[],
  groups: UnionFind,
  itemKeys: readonly string[],
  frequencies: DocumentFrequencies | undefined,
  isApart: (i: number, j: number) => boolean,
  memo?: EventVectorMemo,
): void {
  const vectors = createEventVectors(items, frequencies, memo);
  const floor = (i: number, j: number): number => (vectors.bothShort(i, j) ? SHORT_LINK : EVENT_LINK);
  const links = vectors.candidates
    .map(([i, j]) => ({ i, j, score: vectors.similarity(i, j) }))
    .filter(({ i, j, score }) => score >= floor(i, j) && !isApart(i, j))
    .sort((x, y) => y.score - x.score || compareLinks(itemKeys, x, y));
  if (links.length === 0) return;
  const members = collectMembers(items.length, groups.find);
  // How far the members are, on average, above the link threshold of each pair (for long texts alone:
  // the average cosine against EVENT_LINK).
  const averageMargin = (a: readonly number[], b: readonly number[]): number => {
    let sum = 0;
    let pairs = 0;
    for (const x of a.slice(0, AVERAGE_LINK_MEMBERS)) {
      if (!vectors.has(x)) continue;
      for (const y of b.slice(0, AVERAGE_LINK_MEMBERS)) {
        if (!vectors.has(y)) continue;
        pairs++;
        const score = isWithinEventWindow(items[x]!, items[y]!) ? vectors.similarity(x, y) : 0;
        sum += score - floor(x, y);
      }
    }
    return pairs === 0 ? -Infinity : sum / pairs;
  };
  for (const { i, j } of links) {
    const ri = groups.find(i);
    const rj = groups.find(j);
    if (ri === rj) continue;
    const a = members.get(ri)!;
    const b = members.get(rj)!;
    if (averageMargin(a, b) < EVENT_AVERAGE_LINK - EVENT_LINK) continue;
    groups.union(ri, rj);
    const root = groups.find(ri);
    members.set(
      root,
      [...a, ...b].sort((x, y) => x - y),
    );
    members.delete(root === ri ? rj : ri);
  }
}

/** Ties broken by the items' own keys, so the joins do not depend on input order. */
function compareLinks(
  keys: readonly string[],
  x: { i: number; j: number },
  y: { i: number; j: number },
): number {
  const kx = [keys[x.i]!, keys[x.j]!].sort().join('|');
  const ky = [keys[y.i]!, keys[y.j]!].sort().join('|');
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}
