// The README documents the command line as it is: every command and option of `herald --help`, and
// every field of every `--json` output. Each command runs through bin/herald (npm test builds dist/)
// on a store filled for the purpose and on feeds served from 127.0.0.1; each key it prints, at any
// depth, must be named in the README's row for that command (a quote's keys in the paragraph on quotes).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, send, startFeedServer, type FeedServer } from './feeds/feed-server.js';
import { createPgDatabase, pgIncluded } from './helpers/pg.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'herald');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
let dir: string;
let feeds: FeedServer;

/** Runs bin/herald in a child process, without blocking: the feed server answers from this one. */
function herald(args: string[], input = '', extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_PATH: join(dir, 'herald.db'),
      ARTICLES_DIR: join(dir, 'articles'),
      FEEDS_ALLOW_PRIVATE: 'true',
      ...extra,
    },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.end(input);
  return new Promise<{ code: number | null; out: string; err: string }>((done) =>
    child.on('close', (code) => done({ code, out, err })),
  );
}

/** Every JSON value a `--json` run printed, one a line. */
async function jsonOf(args: string[], input?: string): Promise<unknown[]> {
  const run = await herald([...args, '--json'], input);
  expect(run.out.trim(), `herald ${args.join(' ')} --json (${run.err})`).not.toBe('');
  return run.out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

/** The names written in backticks in a piece of README text (`{id, url}` names id and url). */
function namesIn(text: string): Set<string> {
  const spans = [...text.matchAll(/`([^`]+)`/g)].map(([, span = '']) => span);
  return new Set(spans.flatMap((span) => span.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []));
}

/** The README table row whose first cell names this command, as `feed add` or `feed items ID`. */
function readmeRow(command: string): string {
  const row = README.split('\n').find((line) => {
    const first = line.split('|')[1] ?? '';
    return line.startsWith('| `') && first.includes(`\`${command}`) && /\|.*\|.*\|/.test(line);
  });
  expect(row, `a README row for herald ${command} --json`).toBeDefined();
  return row ?? '';
}

const QUOTE_NAMES = namesIn(/^A quote is [\s\S]*?\n\n/m.exec(README)?.[0] ?? '');

/** Each key of a JSON value with the place it was found, `quote` for keys inside a quote. */
function keysOf(
  value: unknown,
  inQuote = false,
  at = '',
): Array<{ key: string; at: string; inQuote: boolean }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => keysOf(item, inQuote, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    { key, at: `${at}.${key}`, inQuote },
    ...keysOf(inner, inQuote || key === 'quote' || key === 'quotes', `${at}.${key}`),
  ]);
}

/** Fails on any key the README's row (or, inside a quote, the paragraph on quotes) does not name. */
function expectDocumented(command: string, values: unknown[]): void {
  const names = namesIn(readmeRow(command));
  const missing = values
    .flatMap((value) => keysOf(value))
    .filter(({ key, inQuote }) => !(inQuote ? QUOTE_NAMES : names).has(key))
    .map(({ at }) => at);
  expect([...new Set(missing)], `herald ${command} --json: fields the README does not name`).toEqual([]);
}

const BRIDGE = `Harbour bridge reopens after repairs

The harbour bridge in Port Ellis reopened on Tuesday after six months of repairs, the city council said.

"We are glad to have our bridge back," said Mayor Dana Whitlock, who cut the ribbon at noon.

Traffic engineers expect the crossing to carry about 40,000 vehicles a day once the work is finished.
`;

const ORCHARD = `---
title: Orchard growers expect a record apple harvest
url: https://news.example/orchard
source: Valley Courier
published: 2026-11-21T09:30:00Z
author: Lee Tanaka
tags: [farming, weather]
---
Orchard growers in the Marrow Valley expect their largest apple harvest in a decade after a mild spring.

"The trees have never looked better," said Priya Osei, chair of the growers' cooperative.

Buyers from three supermarket chains visited the valley last week, according to the cooperative.
`;

const FERRY_TEXT =
  'The island ferry will run four crossings a day from December, the operator of the Skerry Line announced on Monday.\n\n' +
  '"Fewer sailings let us keep fares steady through the winter," said Tom Brandt, the line\'s operations manager.\n\n' +
  'Residents of Holm Island asked for an earlier morning crossing so that pupils reach school on time.';

/** The same ferry report from two outlets: one story, so `latest` lists the second under `others`. */
const FERRIES = [
  { title: 'Ferry cuts winter crossings', source: 'Island Gazette', url: 'https://news.example/ferry-a' },
  { title: 'Skerry Line trims its timetable', source: 'Coast Post', url: 'https://news.example/ferry-b' },
].map((f, i) => ({ ...f, text: FERRY_TEXT, published: `2026-11-2${2 + i}T07:00:00Z`, author: 'Ana Ruiz' }));

const WIRE = rss('Test Wire', [
  {
    title: 'Council approves new library',
    link: 'https://news.example/library',
    guid: 'library-1',
    pubDate: 'Mon, 30 Nov 2026 10:00:00 GMT',
    description:
      'The city council approved plans for a new library on Monday. "Books matter," said councillor Ruth Anand.',
    categories: ['city'],
  },
  {
    title: 'Snow closes mountain pass',
    link: 'https://news.example/pass',
    guid: 'pass-1',
    pubDate: 'Tue, 01 Dec 2026 08:00:00 GMT',
    description: 'Heavy snow closed the mountain pass overnight, the roads agency said.',
  },
]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'herald-cli-readme-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'bridge.txt'), BRIDGE);
  writeFileSync(join(dir, 'articles', 'orchard.md'), ORCHARD);
  writeFileSync(join(dir, 'articles', 'ferries.json'), JSON.stringify(FERRIES));
  feeds = await startFeedServer();
  feeds.route('/wire', send(WIRE));
  feeds.route('/other', send(rss('Other Wire', [])));
});

afterAll(async () => {
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the README on the herald command line', () => {
  it('names every command and option of herald --help', async () => {
    const help = await herald(['--help']);
    expect(help.code).toBe(0);
    const cli =
      README.split(/^## The `herald` command line$/m)[1]?.split(/^## What Herald promises$/m)[0] ?? '';
    const feedSection = README.split(/^## Feeds$/m)[1]?.split(/^## /m)[0] ?? '';
    const documented = cli + feedSection;
    const commands = [...help.out.matchAll(/^ {2}([a-z]+)\b/gm)].map(([, name = '']) => name);
    expect(commands.length).toBeGreaterThan(10);
    for (const name of commands) expect(documented, `herald ${name}`).toContain(`./bin/herald ${name}`);
    const subcommands = [...help.out.matchAll(/^ {2}(feed|db) (.+?)(?: {2,}|$)/gm)].flatMap(
      ([, group, rest = '']) => [...rest.matchAll(/(?:^|\| )([a-z]+)/g)].map(([, sub]) => `${group} ${sub}`),
    );
    expect(subcommands).toEqual(
      expect.arrayContaining(['feed add', 'feed import', 'feed export', 'db copy']),
    );
    for (const name of subcommands) {
      const [group, sub] = name.split(' ');
      const synopsis = new RegExp(`^\\./bin/herald ${group} (?:.* )?${sub}\\b`, 'm');
      expect(documented, `herald ${name}`).toMatch(synopsis);
    }
    const options = new Set([...help.out.matchAll(/--[a-z][a-z-]*/g)].map(([option]) => option));
    for (const option of options) expect(documented, option).toContain(option);
  });

  it('names every field of the article commands’ --json output', async () => {
    const ingest = await jsonOf(['ingest']);
    expect(ingest).toEqual([expect.objectContaining({ loaded: 3, articles: 4, stored: 4 })]);
    expectDocumented('ingest', ingest);

    const latest = (await jsonOf(['latest'])) as Array<{ id: string; others: unknown[] }>;
    expect(latest).toHaveLength(3);
    expect(latest.some((story) => story.others.length === 1)).toBe(true);
    expectDocumented('latest', latest);
    expectDocumented('search', await jsonOf(['search', 'ferry crossings']));

    const ids = latest.map((story) => story.id);
    for (const id of ids) {
      expectDocumented('show', await jsonOf(['show', id]));
      expectDocumented('summary', await jsonOf(['summary', id]));
      expectDocumented('quotes', await jsonOf(['quotes', id]));
    }
    expectDocumented(
      'summary',
      await jsonOf(['summary', join(dir, 'articles', 'orchard.md'), '--sentences', '2']),
    );
    expectDocumented('quotes', await jsonOf(['quotes', join(dir, 'articles', 'ferries.json')]));
    expectDocumented('filter', await jsonOf(['filter', 'title:bridge OR source:courier OR tag:farming']));
    expectDocumented('filter', await jsonOf(['filter', '-snow']));

    const records = [
      { id: 'r1', title: 'Bridge reopens', text: BRIDGE.split('\n\n').slice(1).join('\n\n'), lang: 'en' },
      { id: 2, text: FERRY_TEXT, published: '2026-11-22T07:00:00Z' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    expectDocumented('analyze', await jsonOf(['analyze'], records));
    expectDocumented('group', await jsonOf(['group'], records));
  });

  it('names every field of the feed commands’ --json output', async () => {
    const added = await jsonOf(['feed', 'add', feeds.url('/wire'), '--name', 'Wire', '--interval', '30']);
    expect(added).toEqual([expect.objectContaining({ title: 'Wire', items: 2 })]);
    expectDocumented('feed add', added);
    const other = (await jsonOf(['feed', 'add', feeds.url('/other'), '--full-text', 'off']))[0] as {
      id: number;
    };
    expectDocumented('feed list', await jsonOf(['feed', 'list']));
    expectDocumented('feed items ID', await jsonOf(['feed', 'items', '1', '--limit', '5']));
    expectDocumented('feed poll', await jsonOf(['feed', 'poll', '--all']));
    expectDocumented('feed pause ID', await jsonOf(['feed', 'pause', String(other.id)]));
    expectDocumented('feed poll', await jsonOf(['feed', 'poll', String(other.id)]));
    expectDocumented('feed resume ID', await jsonOf(['feed', 'resume', String(other.id)]));
    const exported = await jsonOf(['feed', 'export']);
    expectDocumented('feed export', exported);
    const opml = await herald(['feed', 'export']);
    writeFileSync(join(dir, 'feeds.opml'), opml.out);
    expectDocumented('feed remove ID', await jsonOf(['feed', 'remove', String(other.id)]));
    const imported = (await jsonOf(['feed', 'import', join(dir, 'feeds.opml')])) as Array<{
      added: unknown[];
      skipped: unknown[];
    }>;
    expect([imported[0]?.added.length, imported[0]?.skipped.length]).toEqual([1, 1]);
    expectDocumented('feed import FILE', imported);
  });

  it.runIf(pgIncluded('herald db copy --json fields'))(
    'names every field of db copy’s --json output, a refusal’s too',
    async () => {
      const database = await createPgDatabase();
      try {
        await herald(['ingest']);
        const copied = await jsonOf(['db', 'copy', '--to', database.url]);
        expect(copied).toEqual([expect.objectContaining({ ok: true })]);
        expectDocumented('db copy', copied);
        const refused = await herald(['db', 'copy', '--to', database.url, '--json']);
        expect(refused.code).toBe(1);
        const refusal = JSON.parse(refused.out) as unknown;
        expect(refusal).toEqual(expect.objectContaining({ ok: false, code: 'not-empty' }));
        expectDocumented('db copy', [refusal]);
      } finally {
        await database.drop();
      }
    },
    60_000,
  );
});
