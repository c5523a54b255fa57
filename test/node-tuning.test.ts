import { describe, expect, it } from 'vitest';
import { botTuning, needsRestart } from '../src/node-tuning.js';

describe('the bot’s Node settings', () => {
  it('adds each setting the caller did not give, and keeps the caller’s own', () => {
    expect(botTuning([], {})).toEqual({
      flags: ['--max-semi-space-size=8', '--heap-growing-percent=60'],
      env: { MALLOC_ARENA_MAX: '1' },
    });
    expect(botTuning(['--max-semi-space-size=32', '--cpu-prof'], { MALLOC_ARENA_MAX: '4' })).toEqual({
      flags: ['--heap-growing-percent=60'],
      env: {},
    });
    expect(
      botTuning(['--heap-growing-percent=20', '--max-semi-space-size=4'], { MALLOC_ARENA_MAX: '2' }),
    ).toEqual({
      flags: [],
      env: {},
    });
  });

  it('starts again only once, only where Node can replace its process, and only when something is missing', () => {
    const missing = botTuning([], {});
    expect(needsRestart(missing, {}, true)).toBe(true);
    expect(needsRestart(missing, { HERALD_TUNED: '1' }, true)).toBe(false);
    expect(needsRestart(missing, {}, false)).toBe(false);
    expect(needsRestart({ flags: [], env: {} }, {}, true)).toBe(false);
  });
});
