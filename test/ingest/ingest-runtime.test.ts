// What bin/herald adds when it runs `herald ingest` again (scripts/node-runtime.js): a small young
// generation, a slowly growing old one and one malloc arena, each unless the caller set its own; nothing
// for any other command.
import { describe, expect, it } from 'vitest';
import { ingestRuntime } from '../../scripts/node-runtime.js';

const YOUNG = '--max-semi-space-size=8';
const GROWING = '--heap-growing-percent=60';

describe('the runtime of herald ingest', () => {
  it('adds the heap flags and one malloc arena to a plain ingest', () => {
    expect(ingestRuntime('ingest', ['--cpu-prof'], { PATH: '/bin' })).toEqual({
      flags: [YOUNG, GROWING],
      env: { MALLOC_ARENA_MAX: '1' },
    });
  });

  it("keeps the caller's own young generation, heap growth and arena count", () => {
    expect(
      ingestRuntime('ingest', ['--max-semi-space-size=32', '--heap-growing-percent=20'], {
        MALLOC_ARENA_MAX: '4',
      }),
    ).toEqual({ flags: [], env: {} });
    expect(ingestRuntime('ingest', ['--max-semi-space-size=32'], {})).toEqual({
      flags: [GROWING],
      env: { MALLOC_ARENA_MAX: '1' },
    });
    expect(ingestRuntime('ingest', ['--heap-growing-percent=20'], { MALLOC_ARENA_MAX: '8' })).toEqual({
      flags: [YOUNG],
      env: {},
    });
  });

  it('adds nothing to other commands', () => {
    for (const command of ['latest', 'search', 'feed', undefined]) {
      expect(ingestRuntime(command, [], {})).toEqual({ flags: [], env: {} });
    }
  });
});
