// `herald filter FILTER` as a user runs it: bin/herald over the compiled code (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(resolve(import.meta.dirname, '..'), 'bin', 'herald');
let dir: string;

function herald(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_PATH: join(dir, 'herald.db'),
      ARTICLES_DIR: join(dir, 'articles'),
    },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const FILES: Record<string, string> = {
  'ban.txt':
    'Export ban on chips widens\n\nThe government widened its export ban on Monday, officials said.\n',
  'ferry.txt': 'Ferry timetable changes\n\nThe island ferry leaves earlier from Monday, the company said.\n',
  'controls.txt':
    'New export controls for equipment\n\nExport controls now cover lithography tools, the ministry said.\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-filter-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, 'articles', name), text);
  expect(herald(['ingest']).code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('herald filter', () => {
  it('lists each stored article the filter matches, with the term and field that matched', () => {
    const { code, out } = herald(['filter', '/export (ban|controls)/i', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      checked: number;
      matches: Array<{ title: string; reasons: Array<{ term: string; field: string }> }>;
      timedOut: string[];
    };
    expect(result.checked).toBe(3);
    expect(result.timedOut).toEqual([]);
    expect(
      result.matches
        .map((m) => `${m.title}: ${m.reasons.map((r) => `${r.term} in ${r.field}`).join(', ')}`)
        .sort(),
    ).toEqual([
      'Export ban on chips widens: /export (ban|controls)/i in title',
      'New export controls for equipment: /export (ban|controls)/i in title',
    ]);
  });

  it('refuses a catastrophic pattern with exit 1, naming what is wrong and where', () => {
    const { code, out, err } = herald(['filter', 'ferry /(\\w+)*$/']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      'herald: the filter is not valid: a regular expression could take forever on some texts (a repeat inside a repeat, like (a+)+); write it without nesting, at character 7 (“/(\\w+)*$/”)\n',
    );
  });
});
