import type { EvalRow } from '../../eval-types.js';

/** A table row whose figure is held to a floor (`>= target`), or only reported when the target is null. */
export function makeAtLeastRow(
  dataset: string,
  system: string,
): (metric: string, value: number, target: number | null) => EvalRow {
  return (metric, value, target) => ({
    dataset,
    system,
    metric,
    value: Math.round(value * 10000) / 10000,
    target: target === null ? null : `>= ${target}`,
    met: target === null ? null : value >= target,
  });
}
