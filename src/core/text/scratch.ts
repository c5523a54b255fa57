// Typed arrays a reader needs on every call, sized by the text: one kept per reader and handed out again,
// instead of a new one per call. A typed array of its own costs an allocation outside the JavaScript heap
// and a free after the next collection, which is slower than the zeroing and, with the analysis pool's
// threads all at it, does not scale with cores.

type Typed = Int32Array | Float64Array | Uint8Array;

/** The smallest storage kept, and how large it may stay for a shorter text: a long one's is let go. */
const MIN_SIZE = 1024;
const SLACK = 4;

/**
 * A source of `n` numbers set to `value` (0 unless given): a view of storage reused by the next call, so
 * one array at a time from each source, valid until that source is asked again.
 */
export function createScratch<T extends Typed>(make: (size: number) => T): (n: number, value?: number) => T {
  let storage = make(MIN_SIZE);
  return (n, value = 0) => {
    if (storage.length < n || storage.length > SLACK * Math.max(n, MIN_SIZE)) {
      let size = MIN_SIZE;
      while (size < n) size *= 2;
      storage = make(size);
    }
    return storage.subarray(0, n).fill(value) as T;
  };
}

export const int32Scratch = () => createScratch((n) => new Int32Array(n));
export const uint8Scratch = () => createScratch((n) => new Uint8Array(n));
export const float64Scratch = () => createScratch((n) => new Float64Array(n));
