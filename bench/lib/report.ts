// What every benchmark returns and how a run prints it: one row per figure, with its target and
// whether it was met, so run-all can gather them into one table and one JSON file.

export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  /** What the value must be, as text ("≤ 20 ms"); '' when the figure is only informative. */
  target: string;
  /** null when the figure has no target. */
  met: boolean | null;
}

export interface BenchOptions {
  /** The smaller version run by `npm run bench -- --quick`. */
  quick: boolean;
}

export function readOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  return { quick: argv.includes('--quick') };
}

export function atMost(figure: string, value: number, unit: string, limit: number): BenchRow {
  return { figure, value: round(value), unit, target: `≤ ${limit} ${unit}`.trim(), met: value <= limit };
}

export function atLeast(figure: string, value: number, unit: string, limit: number): BenchRow {
  return { figure, value: round(value), unit, target: `≥ ${limit} ${unit}`.trim(), met: value >= limit };
}

export function info(figure: string, value: number, unit: string): BenchRow {
  return { figure, value: round(value), unit, target: '', met: null };
}

/** A yes/no check, shown as 1 (yes) or 0 (no). */
export function check(figure: string, ok: boolean, target: string): BenchRow {
  return { figure, value: ok ? 1 : 0, unit: ok ? 'yes' : 'no', target, met: ok };
}

function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => [
    r.figure,
    `${Number.isFinite(r.value) ? r.value : 'n/a'} ${r.unit}`.trim(),
    r.target || '—',
    r.met === null ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const head = ['figure', 'value', 'target', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Runs a benchmark module on its own: prints its table, exits non-zero only when it crashed. */
export async function runAlone(run: (options: BenchOptions) => Promise<BenchRow[]>): Promise<void> {
  try {
    const rows = await run(readOptions());
    process.stdout.write(`${formatTable(rows)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}

/** True when this module is the script node was started with (not imported by run-all). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const path = new URL(moduleUrl).pathname;
  return path === entry || path.replace(/\.ts$/, '') === entry.replace(/\.ts$/, '');
}
