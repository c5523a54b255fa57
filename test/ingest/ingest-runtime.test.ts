// What bin/herald adds when it runs `herald ingest` again (scripts/node-runtime.js): a small young
// generation, a slowly growing old one and one malloc arena, each unless the caller set its own; nothing
// for any other command.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestRuntime } from '../../scripts/node-runtime.js';
import { ROOT } from './fixtures.js';

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

describe('bin/herald running ingest again', () => {
  it('runs it in place of itself, leaving no parent process waiting beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-reexec-'));
    try {
      mkdirSync(join(dir, 'articles'));
      writeFileSync(
        join(dir, 'articles', 'one.txt'),
        'Harbour reopens\n\nThe harbour opened again on Monday.\n',
      );
      // Loaded by --import in the first process and, since the caller's flags go along, in the one that
      // runs the command: each writes its process id, its parent's and whether it is the second run.
      const probe = join(dir, 'probe.mjs');
      const log = join(dir, 'pids.txt');
      writeFileSync(
        probe,
        `import { appendFileSync } from 'node:fs';\n` +
          `appendFileSync(${JSON.stringify(log)}, [process.pid, process.ppid, process.env.HERALD_REEXEC ?? '-'].join(' ') + '\\n');\n`,
      );
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          pathToFileURL(probe).href,
          join(ROOT, 'bin', 'herald'),
          'ingest',
          '--json',
          join(dir, 'articles'),
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, DATABASE_PATH: join(dir, 'db.sqlite'), LOG_LEVEL: 'error' },
        },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ files: 1, loaded: 1, stored: 1 });
      const runs = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' '));
      expect(runs.map((run) => run[2])).toEqual(['-', '1']);
      // The same process, with the same parent (this test's), both times.
      expect(runs[1]![0]).toBe(runs[0]![0]);
      expect(runs[1]![1]).toBe(runs[0]![1]);
      expect(runs[0]![1]).toBe(String(process.pid));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
