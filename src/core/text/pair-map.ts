// A map from pairs of small non-negative integers to integers, for hot loops that would otherwise build a
// string key per lookup. Open addressing over typed arrays; cleared in O(1) by moving to a new stamp.

export interface PairMap {
  /** The value for (a, b), or -1. */
  get(a: number, b: number): number;
  set(a: number, b: number, value: number): void;
  clear(): void;
}

function slotOf(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

export function createPairMap(initialCapacity = 1024): PairMap {
  let capacity = initialCapacity;
  let keysA = new Int32Array(capacity);
  let keysB = new Int32Array(capacity);
  let values = new Int32Array(capacity);
  let stamps = new Int32Array(capacity);
  let stamp = 1;
  let size = 0;

  const find = (a: number, b: number): number => {
    const mask = capacity - 1;
    let s = slotOf(a, b, mask);
    while (stamps[s] === stamp && (keysA[s] !== a || keysB[s] !== b)) s = (s + 1) & mask;
    return s;
  };

  const grow = (): void => {
    const oldA = keysA;
    const oldB = keysB;
    const oldValues = values;
    const oldStamps = stamps;
    const oldStamp = stamp;
    capacity *= 2;
    keysA = new Int32Array(capacity);
    keysB = new Int32Array(capacity);
    values = new Int32Array(capacity);
    stamps = new Int32Array(capacity);
    stamp = 1;
    for (let s = 0; s < oldStamps.length; s++) {
      if (oldStamps[s] !== oldStamp) continue;
      const t = find(oldA[s]!, oldB[s]!);
      keysA[t] = oldA[s]!;
      keysB[t] = oldB[s]!;
      values[t] = oldValues[s]!;
      stamps[t] = stamp;
    }
  };

  return {
    get(a, b) {
      const s = find(a, b);
      return stamps[s] === stamp ? values[s]! : -1;
    },
    set(a, b, value) {
      const s = find(a, b);
      if (stamps[s] !== stamp) {
        stamps[s] = stamp;
        keysA[s] = a;
        keysB[s] = b;
        size++;
      }
      values[s] = value;
      if (size * 2 > capacity) grow();
    },
    clear() {
      size = 0;
      stamp++;
    },
  };
}
