// How many queued jobs the pool gives a worker: enough to cover the writer's thread being away (reading
// or committing a batch), never more than half of what waits, so the writer's thread is not left idle
// behind a worker's backlog at the end of a load.
import { describe, expect, it } from 'vitest';
import { handOut } from '../../src/ingest/pool.js';

describe('handing jobs to a worker', () => {
  it.each([
    // [held, queued, given]
    [0, 400, 64],
    [16, 400, 48],
    [63, 400, 1],
    [64, 400, 0],
    [0, 90, 45],
    [20, 90, 25],
    [30, 40, 0],
    [0, 3, 2],
    [1, 1, 0],
    [0, 1, 1],
    [0, 0, 0],
    [5, 0, 0],
  ])('a worker holding %i, with %i queued, gets %i more', (held, queued, given) => {
    expect(handOut(held, queued)).toBe(given);
  });

  it('keeps to the limit it is given', () => {
    expect([0, 10, 12, 20].map((held) => handOut(held, 500, 12))).toEqual([12, 2, 0, 0]);
  });
});
