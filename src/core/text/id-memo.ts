// Per-word caches of derived values, by word id, for an analyzer's word table (word-ids.ts): each is
// dropped whenever the table is (its generation moves on). A yes/no or a word id is kept in a typed array,
// a byte or four a word, so a token's lookups stay within a few cache lines instead of one pointer-sized
// slot of a large array each; any other value in a plain array.

/** Typed storage with room for index `id`: doubled until it fits, contents kept. */
function withRoom<T extends Uint8Array | Int32Array>(array: T, id: number, make: (size: number) => T): T {
  if (id < array.length) return array;
  let size = array.length * 2;
  while (size <= id) size *= 2;
  const bigger = make(size);
  bigger.set(array);
  return bigger;
}

/** Makes per-word caches that are dropped when `generation()` changes. */
export function createIdMemos(generation: () => number) {
  /** A cache of any value (undefined is never cached). */
  function memoizeById<T>(derive: (id: number) => T): (id: number) => T {
    let cache: Array<T | undefined> = [];
    let seen = generation();
    return (id) => {
      if (seen !== generation()) {
        cache = [];
        seen = generation();
      }
      // Kept dense (filled up to the id): an array written at scattered indices far past its end turns
      // into a dictionary, and every lookup into a hash probe.
      while (cache.length <= id) cache.push(undefined);
      let value = cache[id];
      if (value === undefined) {
        value = derive(id);
        cache[id] = value;
      }
      return value;
    };
  }

  /** A cache of a yes/no: a byte a word, 0 until known, then 1 (no) or 2 (yes). */
  function memoizeFlagById(derive: (id: number) => boolean): (id: number) => boolean {
    const make = (size: number) => new Uint8Array(size);
    let cache = make(1024);
    let seen = generation();
    return (id) => {
      if (seen !== generation()) {
        cache = make(1024);
        seen = generation();
      }
      cache = withRoom(cache, id, make);
      let known = cache[id]!;
      if (known === 0) {
        known = derive(id) ? 2 : 1;
        cache[id] = known;
      }
      return known === 2;
    };
  }

  /** A cache of a word id (or any number from 0 to 2^31 - 2): kept plus one, 0 until known. */
  function memoizeIdById(derive: (id: number) => number): (id: number) => number {
    const make = (size: number) => new Int32Array(size);
    let cache = make(1024);
    let seen = generation();
    return (id) => {
      if (seen !== generation()) {
        cache = make(1024);
        seen = generation();
      }
      cache = withRoom(cache, id, make);
      let known = cache[id]!;
      if (known === 0) {
        known = derive(id) + 1;
        cache[id] = known;
      }
      return known - 1;
    };
  }

  /**
   * A cache of a number (an IDF weight): eight bytes a word beside a byte saying it is known, where a
   * plain array would hold each as a pointer to a boxed number elsewhere in the heap.
   */
  function memoizeNumberById(derive: (id: number) => number): (id: number) => number {
    let values = new Float64Array(1024);
    let known = new Uint8Array(1024);
    let seen = generation();
    return (id) => {
      if (seen !== generation()) {
        values = new Float64Array(1024);
        known = new Uint8Array(1024);
        seen = generation();
      }
      if (id >= known.length) {
        // Grown here, not by withRoom: a third kind of array there slows every other cache's lookups.
        let size = known.length * 2;
        while (size <= id) size *= 2;
        const moreValues = new Float64Array(size);
        const moreKnown = new Uint8Array(size);
        moreValues.set(values);
        moreKnown.set(known);
        values = moreValues;
        known = moreKnown;
      }
      if (known[id] === 1) return values[id]!;
      const value = derive(id);
      values[id] = value;
      known[id] = 1;
      return value;
    };
  }

  return { memoizeById, memoizeFlagById, memoizeIdById, memoizeNumberById };
}
