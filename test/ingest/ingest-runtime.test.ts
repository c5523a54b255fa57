// What bin/herald adds when it runs `herald ingest` again (scripts/node-runtime.js): a small young
// generation and one malloc arena, unless the caller set its own; nothing for any other command.
import { describe, expect, it } from 'vitest';
import { ingestRuntime } from '../../scripts/node-runtime.js';

describe('the runtime of herald ingest', () => {
  it('adds the young generation flag and one malloc arena to a plain ingest', () => {
    expect(ingestRuntime('ingest', ['--cpu-prof'], { PATH: '/bin' })).toEqual({
      flags: ['--max-semi-space-size=8'],
      env: { MALLOC_ARENA_MAX: '1' },
    });
  });

  it("keeps the caller's own young generation and arena count", () => {
    expect(ingestRuntime('ingest', ['--max-semi-space-size=32'], { MALLOC_ARENA_MAX: '4' })).toEqual({
      flags: [],
      env: {},
    });
    expect(ingestRuntime('ingest', ['--max-semi-space-size=32'], {})).toEqual({
      flags: [],
      env: { MALLOC_ARENA_MAX: '1' },
    });
    expect(ingestRuntime('ingest', [], { MALLOC_ARENA_MAX: '8' })).toEqual({
      flags: ['--max-semi-space-size=8'],
      env: {},
    });
  });

  it('adds nothing to other commands', () => {
    for (const command of ['latest', 'search', 'feed', undefined]) {
      expect(ingestRuntime(command, [], {})).toEqual({ flags: [], env: {} });
    }
  });
});
