// Percentiles and timers for benchmarks.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Milliseconds taken by fn, and its result. */
export function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

export function timeMany(count: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    fn(i);
    out.push(performance.now() - start);
  }
  return out;
}

/** Peak resident memory of a process in MB (VmHWM), or NaN when /proc cannot tell. */
export function peakRssMb(pid: number | 'self' = 'self'): number {
  return readStatusKb(pid, 'VmHWM') / 1024;
}

export function rssMb(pid: number | 'self' = 'self'): number {
  return readStatusKb(pid, 'VmRSS') / 1024;
}

function readStatusKb(pid: number | 'self', key: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : NaN;
  } catch {
    return NaN;
  }
}
