// Runs the real bot as a child process (`node dist/src/main.js`), as users do, against the stand-in,
// and reads its log lines from stderr.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './corpus.js';

export interface BotProcess {
  child: ChildProcess;
  pid: number;
  /** performance.now() just before the process was spawned. */
  spawnedAt: number;
  lines: Array<{ at: number; text: string }>;
  /** Resolves with the first log line matching, and when it arrived (performance.now()). */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<{ at: number; text: string }>;
  stop(): Promise<void>;
}

export interface BotEnv {
  apiBase: string;
  articlesDir: string;
  databasePath: string;
  /** Working folder: keeps a developer's .env out of the run. */
  cwd: string;
  extra?: Record<string, string>;
}

export const MAIN_JS = join(REPO_ROOT, 'dist', 'src', 'main.js');

export function startBot(env: BotEnv): BotProcess {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`npm run build\` first`);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: env.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'test',
      DISCORD_API_BASE: env.apiBase,
      ARTICLES_DIR: env.articlesDir,
      DATABASE_PATH: env.databasePath,
      LOG_LEVEL: 'info',
      ...env.extra,
    },
  });
  const lines: Array<{ at: number; text: string }> = [];
  const waiters = new Set<() => void>();
  let rest = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    const at = performance.now();
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const text of parts) lines.push({ at, text });
    waiters.forEach((w) => w());
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
    waiters.forEach((w) => w());
  });

  return {
    child,
    pid: child.pid!,
    spawnedAt,
    lines,
    waitForLine(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find((l) => pattern.test(l.text));
          if (found) return done(() => resolve(found));
          if (exited) done(() => reject(new Error(`bot exited before ${pattern}:\n${tail(lines)}`)));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${tail(lines)}`))),
          timeoutMs,
        );
        const done = (then: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          then();
        };
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

function tail(lines: Array<{ text: string }>): string {
  return lines
    .slice(-15)
    .map((l) => `  ${l.text}`)
    .join('\n');
}

/** The key=value fields of a log line (values as written, quotes removed). */
export function fieldsOf(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of line.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)) out[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  return out;
}
