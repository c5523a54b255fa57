// The `herald` CLI as a user runs it: bin/herald over the compiled code (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
let dir: string;

function herald(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'herald'), ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'herald.db'), ARTICLES_DIR: join(dir, 'articles') },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const ARTICLE = `Chip maker welcomed back

China's Commerce Minister, Wang Wentao, met the chief executive of Micron Technology Inc. on Wednesday.

"We welcome Micron to continue to grow in the Chinese market," said Wang. The company did not comment.

Officials from both countries are preparing a summit later this month.
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-cli-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'chip.txt'), ARTICLE);
  writeFileSync(join(dir, 'articles', 'broken.json'), '{"title": ');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('herald', () => {
  it('ingests ARTICLES_DIR, naming the bad file, and then finds, shows and summarises', () => {
    const ingest = herald(['ingest']);
    expect(ingest.code).toBe(0);
    expect(ingest.out).toMatch(/1 loaded/);
    expect(ingest.err).toMatch(/broken\.json/);

    const latest = herald(['latest', '--json']);
    const [first] = latest.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; title: string });
    expect(first?.title).toBe('Chip maker welcomed back');

    const search = herald(['search', 'micron']);
    expect(search.code).toBe(0);
    expect(search.out).toContain(first!.id);
    expect(herald(['search', '"a" OR (']).code).toBe(0);

    const summary = herald(['summary', first!.id]);
    expect(summary.out.match(/Chip maker welcomed back/g)).toHaveLength(1);
    expect(summary.out).toMatch(/“We welcome Micron[^”]*” — Wang Wentao/);
    expect(herald(['show', first!.id]).out).toContain('Officials from both countries');
    expect(herald(['quotes', join(dir, 'articles', 'chip.txt')]).out).toMatch(/Wang Wentao/);
  });

  it('exits 1 with a message on bad usage or an unknown id', () => {
    expect(herald(['frobnicate']).code).toBe(1);
    const missing = herald(['show', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope/);
    expect(herald(['latest', '--limit', 'x']).err).toMatch(/--limit/);
  });

  it('analyze writes one line per record, in order, with offsets into the text given', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      'not json',
      JSON.stringify({ id: 'b', title: 'Given title', text: 'One sentence here. Another one there. A third.' }),
      JSON.stringify({ id: 'c' }),
    ].join('\n');
    const { code, out } = herald(['analyze', '--sentences', '2'], input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[3]).toHaveProperty('error');
    const a = lines[0] as { sentences: [number, number][]; summary: number[]; quotes: Array<{ text: string; start: number; end: number; speaker: { mention: string; start: number; end: number; name: string } }> };
    expect(a.summary).toHaveLength(2);
    // The headline is not a body sentence: no sentence starts at 0.
    expect(a.sentences[0]![0]).toBeGreaterThan(0);
    const q = a.quotes[0]!;
    expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
    expect(ARTICLE.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
    expect(q.speaker.name).toBe('Wang Wentao');
    const b = lines[2] as { sentences: [number, number][]; summary: number[] };
    expect(b.sentences).toHaveLength(3);
    expect(b.summary).toHaveLength(2);
  });

  it('group gives copies of a story one key and a different story another', () => {
    const copy = ARTICLE.replace('Chip maker welcomed back', 'Beijing opens door to Micron') + '\nAdvertisement\n';
    const other = 'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after six months of repairs, ending long detours for commuters across the city.\n';
    const input = [ARTICLE, copy, other].map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n');
    const lines = herald(['group'], input).out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
    expect(lines.map((l) => l.id)).toEqual(['r0', 'r1', 'r2']);
    expect(lines[0]!.story).toBe(lines[1]!.story);
    expect(lines[2]!.story).not.toBe(lines[0]!.story);
  });
});
