// A set of word ids (small non-negative integers) for one pass over one text: open addressing in a
// typed array, which costs far less per add than a Set<number> when most adds are repeats.

export interface IdSet {
  add(id: number): void;
  has(id: number): boolean;
}

/** An empty set; it grows as needed, so `expected` is only a hint. */
export function createIdSet(expected = 256): IdSet {
  let size = 64;
  while (size < expected * 2) size *= 2;
  // Slot holds id + 1; 0 means free.
  let cells = new Int32Array(size);
  let count = 0;

  const find = (table: Int32Array, id: number): number => {
    const mask = table.length - 1;
    let s = (Math.imul(id, 0x9e3779b1) >>> 0) & mask;
    while (table[s] !== 0 && table[s] !== id + 1) s = (s + 1) & mask;
    return s;
  };

  const grow = (): void => {
    const old = cells;
    cells = new Int32Array(old.length * 2);
    for (const cell of old) if (cell !== 0) cells[find(cells, cell - 1)] = cell;
  };

  return {
    add(id) {
      const s = find(cells, id);
      if (cells[s] !== 0) return;
      cells[s] = id + 1;
      if (++count * 2 > cells.length) grow();
    },
    has(id) {
      return cells[find(cells, id)] !== 0;
    },
  };
}
