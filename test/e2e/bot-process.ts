// The bot as users run it, in a child process: `node dist/src/main.js` (what `npm start` runs), and the
// CLI (`bin/herald`), configured only through the environment. npm test builds dist/ first.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');

export interface BotProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

export function startProcess(env: Record<string, string>, script = MAIN, args: string[] = []): BotProcess {
  const output: string[] = [];
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output, exited };
}

export async function waitForLine(p: BotProcess, pattern: RegExp, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!pattern.test(p.output.join(''))) {
    if (Date.now() > until) throw new Error(`no ${pattern} in output:\n${p.output.join('')}`);
    if (p.child.exitCode !== null) throw new Error(`bot exited (${p.child.exitCode}):\n${p.output.join('')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Ends every process still running (SIGKILL) and waits for each; empties the list. */
export async function killAll(processes: BotProcess[]): Promise<void> {
  for (const p of processes.splice(0)) {
    if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await p.exited;
  }
}
