// The `herald` CLI as a user runs it: bin/herald over the compiled code (npm test builds it first).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_MARKS,
  snippetPieces,
  variedFile,
  variedText,
  variedTitle,
} from './helpers/varied-articles.js';

const ROOT = resolve(import.meta.dirname, '..');
let dir: string;

const BIN = join(ROOT, 'bin', 'herald');

function envFor(base: string, extra: Record<string, string> = {}) {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_PATH: join(base, 'herald.db'),
    ARTICLES_DIR: join(base, 'articles'),
    ...extra,
  };
}

function herald(
  args: string[],
  input?: string,
  options: { base?: string; env?: Record<string, string> } = {},
) {
  const base = options.base ?? dir;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: base,
    input,
    encoding: 'utf8',
    env: envFor(base, options.env),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Runs herald with its stdout a pipe whose reading end is already closed, as `| head` leaves it. */
function heraldIntoClosedPipe(
  args: string[],
  base: string,
  input = '',
): Promise<{ code: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: base,
      env: envFor(base),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdin.end(input);
    child.on('close', (code) => done({ code, err }));
  });
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
    expect(ingest.out).toBe(
      '2 files: 1 loaded (1 article), 0 unchanged, 1 skipped, 0 removed; 1 article stored\n',
    );
    expect(ingest.err).toMatch(/broken\.json/);

    const latest = herald(['latest', '--json']);
    const items = latest.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; title: string });
    expect(items.map((a) => a.title)).toEqual(['Chip maker welcomed back']);
    const first = items[0];

    const search = herald(['search', 'micron']);
    expect(search.code).toBe(0);
    expect(search.out).toMatch(/^1 article matches "micron" · page 1 of 1:/);
    expect(search.out).toContain(first!.id);
    expect(herald(['search', '"a" OR (']).code).toBe(0);

    const summary = herald(['summary', first!.id]);
    expect(summary.out.match(/Chip maker welcomed back/g)).toHaveLength(1);
    expect(summary.out).toMatch(/“We welcome Micron[^”]*” — Wang Wentao/);
    expect(herald(['show', first!.id]).out).toContain('Officials from both countries');
    expect(herald(['quotes', join(dir, 'articles', 'chip.txt')]).out).toMatch(/Wang Wentao/);
    const quotes = JSON.parse(herald(['quotes', first!.id, '--json']).out) as {
      id: string;
      quotes: Array<{ text: string; speaker: { name: string } | null }>;
    };
    expect(quotes.id).toBe(first!.id);
    expect(quotes.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We welcome Micron to continue to grow in the Chinese market,', 'Wang Wentao'],
    ]);
  });

  it('prints a snippet that runs across paragraphs on one line of its hit', () => {
    const search = herald(['search', 'welcome']);
    expect(search.code).toBe(0);
    const [heading, hit, ...rest] = search.out.trim().split('\n\n');
    expect(heading).toBe('1 article matches "welcome" · page 1 of 1:');
    expect(rest).toEqual([]);
    const [title = '', , snippet = '', ...more] = (hit ?? '').split('\n');
    expect(title).toMatch(/^[0-9a-f]{12} {2}Chip maker welcomed back$/);
    expect(more).toEqual([]);
    // The paragraph before the match and the match's own, with one space where the break was.
    expect(snippet).toContain('on Wednesday. "We *welcome* Micron to continue');
  });

  it('exits 1 with a message on bad usage or an unknown id', () => {
    expect(herald(['frobnicate']).code).toBe(1);
    const missing = herald(['show', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope/);
    expect(herald(['latest', '--limit', 'x']).err).toMatch(/--limit/);
  });

  it('refuses an option the command does not have and names the ones it has', () => {
    const cases: Array<[string[], RegExp]> = [
      [['ingest', 'articles', '--db', 'other.db'], /ingest has no option --db \(its options: --json\)/],
      [['latest', '--sort', 'new'], /latest has no option --sort \(its options: --topic, --limit, --json\)/],
      [['search', 'bridge', '--limit=5'], /search has no option --limit \(its options: --page, --json\)/],
      [['feed', 'add', 'http://127.0.0.1:9/x', '--every', '5'], /feed has no option --every/],
    ];
    for (const [args, message] of cases) {
      const result = herald(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err, args.join(' ')).toMatch(message);
      expect(result.err, args.join(' ')).toMatch(/\.env/);
    }
  });

  it("agrees with the README's command lines: the same commands, options and record fields", () => {
    // `feed list | items ID [--limit N]` is two commands: each piece after a ` | ` is a subcommand.
    const commands = (line: string) => {
      const [first = '', ...more] = line.trim().split(' | ');
      const [name = '', sub = ''] = first.split(' ');
      const subOf = (piece: string) => (name === 'feed' || name === 'db' ? piece.split(' ')[0] : '');
      return [
        { key: `${name} ${subOf(sub)}`, text: first },
        ...more.map((piece) => ({ key: `${name} ${subOf(piece)}`, text: piece })),
      ];
    };
    const usage = herald(['--help'])
      .out.split('\n')
      .filter((l) => /^ {2}[a-z]/.test(l))
      .flatMap(commands);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const lines = [...readme.matchAll(/^\.\/bin\/herald ([^#\n]*)(#.*)?$/gm)];
    expect(lines.length).toBeGreaterThan(15);
    const options = (text: string) => new Set(text.match(/--[a-z-]+/g) ?? []);
    const fields = (text: string) => text.match(/\{[^}]*\}/)?.[0] ?? null;
    for (const [, line = '', comment = ''] of lines) {
      for (const { key, text } of commands(line)) {
        const own = usage.filter((u) => u.key === key);
        expect(own, key).toHaveLength(1);
        expect(options(own[0]?.text ?? ''), key).toEqual(options(text));
        if (key === 'analyze ' || key === 'group ')
          expect(fields(own[0]?.text ?? ''), key).toBe(fields(comment));
      }
    }
  });

  it('analyze writes one line per good record, in order, with offsets into the text given', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      JSON.stringify({
        id: 'b',
        title: 'Given title',
        text: 'One sentence here. Another one there. A third.',
      }),
    ].join('\n');
    const { code, out, err } = herald(['analyze', '--sentences', '2'], input);
    expect([code, err]).toEqual([0, '']);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    const a = lines[0] as {
      sentences: [number, number][];
      summary: number[];
      quotes: Array<{
        text: string;
        start: number;
        end: number;
        speaker: { mention: string; start: number; end: number; name: string } | null;
      }>;
    };
    expect(a.summary).toHaveLength(2);
    // The headline is not a body sentence: no sentence starts at 0.
    expect(a.sentences.every(([start]) => start > 0)).toBe(true);
    for (const [start, end] of a.sentences) expect(ARTICLE.slice(start, end).trim()).not.toBe('');
    expect(a.quotes.length).toBeGreaterThan(0);
    for (const q of a.quotes) {
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(ARTICLE.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
    }
    expect(a.quotes.map((q) => q.speaker?.name)).toContain('Wang Wentao');
    const b = lines[1] as { sentences: [number, number][]; summary: number[] };
    const bText = 'One sentence here. Another one there. A third.';
    expect(b.sentences.map(([start, end]) => bText.slice(start, end))).toEqual([
      'One sentence here.',
      'Another one there.',
      'A third.',
    ]);
    expect(b.summary).toHaveLength(2);
  });

  it('analyze takes the language a record declares, and names a record whose lang is no language code', () => {
    // Too short to detect: without `lang` it is read as English, where "Dott." is no abbreviation.
    const text = 'Dott. Bo arriva. Poi va.';
    const input = [
      JSON.stringify({ id: 'it', text, lang: 'it-IT' }),
      JSON.stringify({ id: 'plain', text }),
      JSON.stringify({ id: 'bad', text, lang: 'Italiano!' }),
    ].join('\n');
    const { code, out, err } = herald(['analyze'], input);
    expect(code).toBe(1);
    expect(err).toContain('line 3: "lang" must be a language code');
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; sentences: [number, number][] });
    const split = (l: { sentences: [number, number][] }) => l.sentences.map(([s, e]) => text.slice(s, e));
    expect(lines.map((l) => l.id)).toEqual(['it', 'plain']);
    expect(split(lines[0]!)).toEqual(['Dott. Bo arriva.', 'Poi va.']);
    expect(split(lines[1]!)).toEqual(['Dott.', 'Bo arriva.', 'Poi va.']);
  });

  it.each([
    ['analyze', ['analyze']],
    ['group', ['group']],
  ])(
    '%s names each bad line on stderr by its number, exits 1, and still answers the good lines',
    (_name, args) => {
      const input = [
        'not json',
        JSON.stringify({ text: 'No id here. Two sentences.' }),
        '',
        JSON.stringify({ id: 'good', text: 'Harbour bridge reopens\n\nThe bridge reopened on Monday.' }),
        JSON.stringify({ id: 'no-text' }),
        '[1, 2]',
        JSON.stringify({ id: 7, text: 'Council budget passes\n\nThe council passed its budget.' }),
      ].join('\n');
      const { code, out, err } = herald(args, input);
      expect(code).toBe(1);
      expect(
        out
          .trim()
          .split('\n')
          .map((l) => (JSON.parse(l) as { id: unknown }).id),
      ).toEqual(['good', 7]);
      expect(err).toMatch(/line 1: not valid JSON/);
      expect(err).toMatch(/line 2: the record has no "id"/);
      expect(err).toMatch(/line 5: the record has no "text"/);
      expect(err).toMatch(/line 6: not a JSON object/);
      expect(err).not.toMatch(/line [347]\b/);
      expect(err).toMatch(/4 lines were left out/);
    },
  );

  it('group gives copies of a story one key and a different story another', () => {
    const copy =
      ARTICLE.replace('Chip maker welcomed back', 'Beijing opens door to Micron') + '\nAdvertisement\n';
    const other =
      'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after six months of repairs, ending long detours for commuters across the city.\n';
    const input = [ARTICLE, copy, other].map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n');
    const lines = herald(['group'], input)
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; story: string });
    expect(lines.map((l) => l.id)).toEqual(['r0', 'r1', 'r2']);
    expect(lines.every((l) => typeof l.story === 'string' && l.story !== '')).toBe(true);
    expect(lines[0]!.story).toBe(lines[1]!.story);
    expect(lines[2]!.story).not.toBe(lines[0]!.story);
  });

  it('group reads "published": one event six weeks apart is two stories, the same day one', () => {
    const TEXTS = [
      'Hillary Clinton won the Missouri Democratic primary over Bernie Sanders, the Associated Press said.',
      'Bernie Sanders narrowly lost Missouri to Hillary Clinton after a recount of the Democratic vote.',
    ];
    const record = (i: number, published: string) =>
      JSON.stringify({
        id: `r${i}`,
        title: 'Hillary Clinton Wins Missouri Democratic Primary',
        text: TEXTS[i],
        published,
      });
    const storiesOf = (published: [string, string]) =>
      herald(['group'], `${record(0, published[0])}\n${record(1, published[1])}`)
        .out.trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { story: string }).story);
    const apart = storiesOf(['2016-03-16T12:00:00Z', '2016-04-27T12:00:00Z']);
    expect(apart[0]).not.toBe(apart[1]);
    const sameDay = storiesOf(['2016-03-16T12:00:00Z', '2016-03-16T20:00:00Z']);
    expect(sameDay[0]).toBe(sameDay[1]);
  });

  it('group names a record whose "published" is not a date', () => {
    const { err } = herald(
      ['group'],
      JSON.stringify({ id: 'x', text: 'Some text here.', published: 'soon' }),
    );
    expect(err).toMatch(/line 1: "published" must be an ISO 8601 date/);
  });
});

describe('herald over many varied articles', () => {
  const ARTICLES = 64;
  let base: string;
  const textByTitle = new Map(Array.from({ length: ARTICLES }, (_, i) => [variedTitle(i), variedText(i)]));

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'herald-cli-varied-'));
    mkdirSync(join(base, 'articles'));
    for (let i = 0; i < ARTICLES; i++) {
      const published = new Date(Date.UTC(2026, 10, 20, 8, 0) - i * 3_600_000).toISOString();
      writeFileSync(
        join(base, 'articles', `v${i}.txt`),
        `---\npublished: ${published}\n---\n${variedFile(i)}`,
      );
    }
    expect(herald(['ingest'], undefined, { base }).code).toBe(0);
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  interface JsonHit {
    id: string;
    title: string;
    snippet: string;
    highlights: Array<[number, number]>;
  }

  it.each([
    ['said', 1],
    ['said', 4],
    ['council', 2],
    ['market said', 1],
    ['"the minister"', 3],
  ])(
    "--json search %j page %d: every hit has its own article's snippet, plain, with highlight offsets",
    (query, page) => {
      const run = herald(['search', query, '--page', String(page), '--json'], undefined, { base });
      expect(run.code).toBe(0);
      const result = JSON.parse(run.out) as {
        total: number;
        capped: boolean;
        page: number;
        pages: number;
        hits: JsonHit[];
      };
      expect(result.page).toBe(page);
      expect(result.pages).toBe(Math.ceil(result.total / 5));
      expect(result.hits).toHaveLength(Math.min(5, result.total - (page - 1) * 5));
      // A highlight is one query word, or a whole quoted phrase.
      const words = [...query.replace(/"/g, '').split(' '), query.replace(/"/g, '')].map((w) =>
        w.toLowerCase(),
      );
      for (const hit of result.hits) {
        const own = textByTitle.get(hit.title);
        expect(own, hit.title).toBeDefined();
        expect(hit.snippet).not.toMatch(new RegExp(HIGHLIGHT_MARKS.source));
        for (const piece of snippetPieces(hit.snippet)) expect(own, `${hit.id}: ${piece}`).toContain(piece);
        expect(hit.highlights.length).toBeGreaterThan(0);
        const chars = Array.from(hit.snippet);
        for (const [start, end] of hit.highlights)
          expect(words).toContain(chars.slice(start, end).join('').toLowerCase());
      }
    },
  );

  it('text search shows every hit on a page with a snippet from its own article', () => {
    for (const page of [1, 2, 7]) {
      const run = herald(['search', 'said', '--page', String(page)], undefined, { base });
      expect(run.code).toBe(0);
      const blocks = run.out.trim().split('\n\n').slice(1);
      expect(blocks).toHaveLength(5);
      for (const block of blocks) {
        const [head = '', , snippet = ''] = block.split('\n');
        const own = textByTitle.get(head.replace(/^\S+ {2}/, ''));
        expect(own, head).toBeDefined();
        for (const piece of snippetPieces(snippet.trim(), /\*/g)) expect(own, piece).toContain(piece);
      }
    }
  });

  it('past the last page says there is no such page and how many there are', () => {
    const pages = Math.ceil(
      (JSON.parse(herald(['search', 'said', '--json'], undefined, { base }).out) as { total: number }).total /
        5,
    );
    const run = herald(['search', 'said', '--page', String(pages + 3)], undefined, { base });
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      `herald: there is no page ${pages + 3} for "said": ${ARTICLES} articles match, on ${pages} pages\n`,
    );
  });

  it('refuses a query of a thousand words with the cap in the message', () => {
    const query = Array.from({ length: 1000 }, (_, i) => ['the', 'said', 'council'][i % 3]).join(' ');
    const run = herald(['search', query], undefined, { base });
    expect(run.code).toBe(1);
    expect(run.err).toBe('herald: the query has 1000 words; at most 32 are searched, so leave some out\n');
    expect(herald(['latest', '--topic', query], undefined, { base }).err).toMatch(
      /the topic has 1000 words; at most 32/,
    );
  });

  it('latest lists stories by publication time, not load time, with copies of a story under one line', () => {
    const own = mkdtempSync(join(tmpdir(), 'herald-cli-latest-'));
    try {
      mkdirSync(join(own, 'articles'));
      const day = 86_400_000;
      const iso = (ms: number) => new Date(ms).toISOString();
      const record = (title: string, text: string, published: number, source: string) =>
        JSON.stringify({
          title,
          text,
          published: iso(published),
          source,
          url: `https://${source.toLowerCase().replace(/\s/g, '')}.example/${title.length}`,
        });
      const harbour = variedText(3);
      const lines = [
        record('Archive piece about the tram strike', variedText(11), Date.now() - 3650 * day, 'Old Times'),
        record(variedTitle(3), harbour, Date.now() - 2 * 3_600_000, 'Harbour Post'),
        record('Budget vote set for Thursday', variedText(17), Date.now() - 5 * 3_600_000, 'City Desk'),
      ];
      writeFileSync(join(own, 'articles', 'feed.jsonl'), lines.join('\n') + '\n');
      // The same story from another outlet, loaded last.
      writeFileSync(
        join(own, 'articles', 'copy.json'),
        record(
          variedTitle(3),
          `${harbour}\n\nThe Bay Courier's reporter attended the meeting.`,
          Date.now() - 3 * 3_600_000,
          'Bay Courier',
        ),
      );
      expect(herald(['ingest'], undefined, { base: own }).code).toBe(0);
      const run = herald(['latest', '--json'], undefined, { base: own });
      const items = run.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { title: string; source: string; others: Array<{ source: string }> });
      expect(items.map((i) => [i.title, i.source, i.others.map((o) => o.source)])).toEqual([
        [variedTitle(3), 'Bay Courier', ['Harbour Post']],
        ['Budget vote set for Thursday', 'City Desk', []],
        ['Archive piece about the tram strike', 'Old Times', []],
      ]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('latest on a topic nothing matches says so, not that nothing is stored', () => {
    const run = herald(['latest', '--topic', 'nonexistentxyz'], undefined, { base });
    expect([run.code, run.out]).toEqual([0, 'No stored article matches the topic "nonexistentxyz".\n']);
  });

  it.each([
    ['Asia/Kolkata', '2026-11-20 13:30 +05:30'],
    ['America/New_York', '2026-11-20 03:00 -05:00'],
    ['UTC', '2026-11-20 08:00 +00:00'],
  ])('prints times in the local zone TZ=%s with its offset', (tz, shown) => {
    const run = herald(['latest', '--limit', '1'], undefined, { base, env: { TZ: tz } });
    expect(run.out.split('\n')[1]).toBe(`    ${shown}`);
    const summary = herald(['summary', join(base, 'articles', 'v0.txt')], undefined, {
      base,
      env: { TZ: tz },
    });
    expect(summary.out.split('\n')[1]).toBe(shown);
  });

  it.each([
    ['latest', ['latest', '--limit', '50']],
    ['search', ['search', 'said']],
    ['summary FILE', ['summary', 'articles/v1.txt']],
    ['a failing show', ['show', '--json', 'v-unknown']],
    ['ingest', ['ingest']],
    ['analyze', ['analyze']],
  ])('%s into a closed pipe ends quietly with the status it would have had', async (name, args) => {
    const input = JSON.stringify({ id: 'x', text: variedFile(1) });
    const run = await heraldIntoClosedPipe(args, base, input);
    if (name === 'a failing show')
      expect(run).toEqual({
        code: 1,
        err: 'herald: no stored article has the id "v-unknown", and no such file exists\n',
      });
    else expect(run).toEqual({ code: 0, err: '' });
  });
});
