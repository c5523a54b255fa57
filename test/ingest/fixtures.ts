// Article files varied enough to show a mix-up (each with its own headline, length, format and a token
// found in no other), a CLI runner, and a real second process that holds a real SQLite write lock.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const PLACES = [
  'Harbour',
  'Valley',
  'Council',
  'Airport',
  'Museum',
  'Stadium',
  'Library',
  'Railway',
  'Market',
  'Hospital',
  'Bridge',
];
const EVENTS = [
  'reopens',
  'expands',
  'closes early',
  'wins award',
  'faces delay',
  'gets funding',
  'hires staff',
];
const SENTENCES = [
  'Officials said the work took longer than planned, but the budget held.',
  'Residents had waited for news since the spring, a local group said.',
  '"We are pleased with the result," said the director, Maria Lopez.',
  'The council will review the plans again at its next meeting in March.',
  'Traffic in the area was light on Monday morning, police reported.',
  'A spokesperson declined to comment on the final cost of the project.',
];

/** A word no other fixture article holds: the index in letters between "zq" and "x" (no stemmer trims it). */
export function tokenOf(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `zq${s}x`;
}

export function headlineOf(i: number): string {
  return `${PLACES[i % PLACES.length]} ${EVENTS[i % EVENTS.length]} ${tokenOf(i)}`;
}

/** The i-th article as plain text: its own headline, 2 to 7 sentences, its token in the body too. */
export function articleText(i: number): string {
  const count = 2 + (i % 6);
  const body = Array.from({ length: count }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
  return `${headlineOf(i)}\n\nThe ${tokenOf(i)} story begins here. ${body}\n`;
}

/**
 * Writes articles `first` … `first + count - 1` under `folder` in turn as .txt, .md, .json and .jsonl (two
 * records a file), every fifth file in a subfolder. Returns the files, and each article's file by index.
 */
export function writeArticles(
  folder: string,
  count: number,
  first = 0,
): { files: number; pathOf: Map<number, string> } {
  let files = 0;
  const pathOf = new Map<number, string>();
  const bodyOf = (k: number) => articleText(k).split('\n\n')[1] as string;
  for (let i = first; i < first + count; i++) {
    const sub = files % 5 === 0 ? join(folder, `part${files % 3}`) : folder;
    mkdirSync(sub, { recursive: true });
    const kind = files % 4;
    const path = join(sub, `a${i}.${['txt', 'md', 'json', 'jsonl'][kind]}`);
    pathOf.set(i, path);
    if (kind === 0) writeFileSync(path, articleText(i));
    else if (kind === 1) writeFileSync(path, `# ${headlineOf(i)}\n\n${bodyOf(i)}`);
    else if (kind === 2) writeFileSync(path, JSON.stringify({ title: headlineOf(i), text: bodyOf(i) }));
    else {
      const records = i + 1 < first + count ? [i, i + 1] : [i];
      const lines = records.map((k) => JSON.stringify({ title: headlineOf(k), text: bodyOf(k) }));
      writeFileSync(path, lines.join('\n') + '\n');
      pathOf.set(i + 1, path);
      i += records.length - 1;
    }
    files += 1;
  }
  return { files, pathOf };
}

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** Runs bin/herald (the compiled code; npm test builds it first). */
export function herald(args: string[], env: Record<string, string>, cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'herald'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Starts bin/herald without waiting for it. */
export function startHerald(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'herald'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<CliResult>((r) => child.on('exit', (code) => r({ code, out, err })));
  return { child, done };
}

const HOLD_LOCK = `
const Database = require(process.argv[1] + '/node_modules/better-sqlite3');
const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.exec('BEGIN IMMEDIATE');
db.exec("CREATE TABLE IF NOT EXISTS lock_probe (x)");
process.stdout.write('locked\\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[3]));
db.exec('COMMIT');
db.close();
`;

/**
 * A second process that takes the database's write lock, holds it for `ms`, then commits. Resolves once
 * the lock is held; `released` resolves when the process has ended.
 */
export async function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  mkdirSync(dirname(path), { recursive: true });
  const child = spawn(process.execPath, ['-e', HOLD_LOCK, ROOT, path, String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const released = new Promise<void>((r) => child.on('exit', () => r()));
  await new Promise<void>((resolveLocked, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('locked') && resolveLocked());
    child.on('exit', (code) => reject(new Error(`the lock holder ended early (${code})`)));
  });
  return { released };
}
