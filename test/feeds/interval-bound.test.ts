// `/feed add interval` and `herald feed add --interval` are one setting in minutes: both accept the same
// range, so a feed set up from Discord can be set up the same way from the shell and back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feed } from '../../commands/feed.js';
import { ConfigError, parseConfig } from '../../src/config.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

interface OptionJson {
  name: string;
  min_value?: number;
  max_value?: number;
  options?: OptionJson[];
}

function intervalOption(): OptionJson {
  const add = ((feed.data.options ?? []) as OptionJson[]).find((o) => o.name === 'add');
  const interval = add?.options?.find((o) => o.name === 'interval');
  if (!interval) throw new Error('/feed add has no interval option');
  return interval;
}

/** The CLI's answer to `feed add … --interval VALUE` (refused before any fetch when out of range). */
function cliInterval(value: string): { code: number | null; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'herald-interval-'));
  try {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'herald'), 'feed', 'add', 'not a url', '--interval', value],
      { env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'herald.db') }, encoding: 'utf8' },
    );
    return { code: run.status, err: run.stderr.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('feed interval bounds', () => {
  it('the slash command and the CLI accept the same minutes', () => {
    const { min_value: min, max_value: max } = intervalOption();
    expect([min, max]).toEqual([1, 10080]);
    for (const outside of [String((max ?? 0) + 1), '0']) {
      expect(cliInterval(outside)).toEqual({
        code: 1,
        err: `herald: --interval must be a whole number from ${min} to ${max} (got ${outside})`,
      });
    }
    // At the bound the interval is accepted: the command goes on to read the URL, and refuses that.
    for (const inside of [String(min), String(max)]) {
      expect(cliInterval(inside)).toEqual({
        code: 1,
        err: 'herald: cannot add not a url: "not a url" is not a URL',
      });
    }
  }, 60_000);

  it('bound the default interval setting the same way', () => {
    const { max_value: max } = intervalOption();
    const read = (value: string) =>
      parseConfig({ FEED_DEFAULT_INTERVAL: value }, { requireToken: false }).feeds.defaultIntervalMinutes;
    expect(read(String(max))).toBe(max);
    let problems: string[] = [];
    try {
      read(String((max ?? 0) + 1));
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([`FEED_DEFAULT_INTERVAL: must be at most ${max}`]);
  });
});
