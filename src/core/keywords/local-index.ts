// Stem id → the article's own word number, stamped with the call that set it (a per-token Map lookup cost
// more than the rest of the keyword reader's token loop); the arrays are kept and reused by each call.

export interface LocalIndex {
  /** Starts a call: every number set before is forgotten. */
  next(): number;
  /** The word number set for `key` in `call`, or -1. */
  get(key: number, call: number): number;
  set(key: number, call: number, value: number): void;
}

export function createLocalIndex(): LocalIndex {
  let localIndex = new Int32Array(1 << 12);
  let localStamp = new Int32Array(1 << 12);
  let localCalls = 0;
  return {
    next() {
      if (localCalls === 0x7fffffff) {
        localStamp.fill(0);
        localCalls = 0;
      }
      return ++localCalls;
    },
    get(key, call) {
      return key < localStamp.length && localStamp[key] === call ? localIndex[key]! : -1;
    },
    set(key, call, value) {
      if (key >= localStamp.length) {
        let size = localStamp.length * 2;
        while (size <= key) size *= 2;
        const index = new Int32Array(size);
        const stamp = new Int32Array(size);
        index.set(localIndex);
        stamp.set(localStamp);
        localIndex = index;
        localStamp = stamp;
      }
      localStamp[key] = call;
      localIndex[key] = value;
    },
  };
}
