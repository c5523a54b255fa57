import { describe, it, expect } from 'vitest';
import { createIdSet } from '../../src/core/text/index.js';

describe('createIdSet', () => {
  it('holds what was added and nothing else', () => {
    const set = createIdSet(4);
    for (const id of [0, 7, 7, 1 << 20]) set.add(id);
    expect([0, 7, 1 << 20].every((id) => set.has(id))).toBe(true);
    expect([1, 6, 8, (1 << 20) + 1].some((id) => set.has(id))).toBe(false);
  });

  it('keeps every id while growing past its first size', () => {
    const set = createIdSet(2);
    for (let id = 0; id < 5000; id += 3) set.add(id);
    let found = 0;
    for (let id = 0; id < 5000; id++) if (set.has(id)) found++;
    expect(found).toBe(Math.ceil(5000 / 3));
    expect(set.has(1)).toBe(false);
  });
});
