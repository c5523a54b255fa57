// The scored candidates in the order a stable sort by score (highest first), then by first appearance,
// gives, handed out one at a time. The pick reads a few dozen candidates of the hundreds an article
// has, so a heap, built in linear time, costs less than sorting them all.
import type { ScoredPhrase } from './keyword-pick.js';

const byScore = (a: ScoredPhrase, b: ScoredPhrase): number => b.score - a.score || a.first - b.first;

export function* bestFirst(scored: readonly ScoredPhrase[]): Generator<ScoredPhrase, void, undefined> {
  // With a score that is not a number, a sort's order depends on its algorithm: such a list is sorted.
  if (scored.some((p) => p.score !== p.score)) {
    yield* [...scored].sort(byScore);
    return;
  }
  /** Whether candidate a comes before b: higher score, then earlier, then earlier in the list. */
  const before = (a: number, b: number): boolean => {
    const pa = scored[a]!;
    const pb = scored[b]!;
    if (pa.score !== pb.score) return pa.score > pb.score;
    return pa.first !== pb.first ? pa.first < pb.first : a < b;
  };
  const heap = new Int32Array(scored.length);
  for (let i = 0; i < heap.length; i++) heap[i] = i;
  let size = heap.length;
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, heap[at]!)) return;
      const swap = heap[at]!;
      heap[at] = heap[child]!;
      heap[child] = swap;
      at = child;
    }
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  while (size > 0) {
    const top = heap[0]!;
    heap[0] = heap[--size]!;
    siftDown(0);
    yield scored[top]!;
  }
}
